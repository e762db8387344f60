/**
 * "Fill fields" state in the panel: this site's map, the part being picked, and the
 * calls that pick (by pointer on the page, or by keys here), forget and fill. Everything
 * it learns is said in the panel's one status region.
 */
import { useEffect, useState } from 'react';
import { frameName } from '@/lib/fill/frames';
import { fillReport, pickAnnouncement, pickedAnnouncement } from '@/lib/fill/report';
import type { NotePartMessage, SiteFieldMap } from '@/lib/messages';
import type { PageMove } from '@/lib/page-move';
import { callBackground, onBackgroundPush } from './api';

export interface FillFields {
  map: SiteFieldMap;
  picking: string | null;
  /** Reads this site's map (when the clinician opens "Fill fields"). */
  load(): void;
  pick(key: string): Promise<void>;
  step(delta: 1 | -1): Promise<void>;
  choose(): void;
  cancel(): void;
  forget(key: string): Promise<void>;
  /**
   * Fills every mapped part, says how it went; resolves to the insertions made, or to the
   * move of a field's frame (nothing filled, nothing said: the panel asks first).
   */
  fill(
    draftId: string,
    parts: NotePartMessage[],
    pageMovedOk: boolean,
  ): Promise<{ added: { fieldKey: string; at: number }[] } | { moved: PageMove }>;
}

export function useFillFields(pageKey: string, say: (text: string) => void): FillFields {
  const [map, setMap] = useState<SiteFieldMap>({});
  const [picking, setPicking] = useState<string | null>(null);

  // Tab / Shift+Tab on the page move the highlight too: said the same way as the arrow keys here.
  useEffect(
    () =>
      onBackgroundPush((msg) => {
        if (msg.type === 'bg:pickHighlight') say(pickAnnouncement(msg.highlight));
      }),
    [say],
  );

  const reload = async () => setMap(await callBackground('panel:fieldMap', { pageKey }));

  return {
    map,
    load: () => void reload().catch(() => say('Could not read the fields picked for this site')),
    picking,
    pick: async (key) => {
      setPicking(key);
      say(`Picking the field for ${key}: click it on the page, or press the arrow keys here and Enter`);
      try {
        const answer = await callBackground('panel:pickField', { pageKey, key });
        if (answer.picked) {
          const { frame } = answer.picked;
          say(pickedAnnouncement(key, answer.picked, frame && frameName(frame)));
          await reload();
        } else say(answer.reason);
      } catch {
        say('Picking stopped — Reverie lost contact with the page');
      } finally {
        setPicking(null);
      }
    },
    step: async (delta) => {
      const at = await callBackground('panel:pickStep', { step: delta });
      say(at ? pickAnnouncement(at) : 'No fields on this page');
    },
    choose: () => void callBackground('panel:pickChoose', {}),
    cancel: () => void callBackground('panel:pickCancel', {}),
    forget: async (key) => {
      await callBackground('panel:forgetField', { pageKey, key });
      await reload();
      say(`${key} has no field now`);
    },
    fill: async (draftId, parts, pageMovedOk) => {
      const answer = await callBackground('panel:fillFields', { pageKey, draftId, parts, pageMovedOk });
      if (answer.outcome === 'pageMoved')
        return { moved: { from: answer.from, to: answer.to, inFrame: answer.inFrame } };
      say(fillReport(answer.results));
      const at = Date.now();
      return {
        added: answer.results.flatMap((r) =>
          r.outcome === 'inserted' ? [{ fieldKey: r.fieldKey, at }] : [],
        ),
      };
    },
  };
}
