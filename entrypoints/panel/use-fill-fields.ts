/**
 * "Fill fields" state in the panel: this site's map, the part being picked, and the
 * calls that pick (by pointer on the page, or by keys here), forget and fill. Everything
 * it learns is said in the panel's one status region.
 */
import { useEffect, useState } from 'react';
import { frameName } from '@/lib/fill/frames';
import { fillReport, pickAnnouncement, pickedAnnouncement } from '@/lib/fill/report';
import type { NotePartMessage, SiteFieldMap } from '@/lib/messages';
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
  /** Fills every mapped part, says how it went; resolves to the insertions made. */
  fill(draftId: string, parts: NotePartMessage[]): Promise<{ fieldKey: string; at: number }[]>;
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
    fill: async (draftId, parts) => {
      const results = await callBackground('panel:fillFields', { pageKey, draftId, parts });
      say(fillReport(results));
      const at = Date.now();
      return results.flatMap((r) => (r.outcome === 'inserted' ? [{ fieldKey: r.fieldKey, at }] : []));
    },
  };
}
