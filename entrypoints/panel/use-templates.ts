/**
 * The templates the panel offers, as the clinician edited them in the options page (the
 * background keeps them). Asked when the panel opens, and again each time the hidden panel
 * is shown: edits apply to panels opened after saving.
 * Null while loading; the built-ins if the background cannot answer, so a note can still be written.
 */
import { useEffect, useState } from 'react';
import type { Template } from '@/lib/note/model';
import { BUILT_IN_TEMPLATES } from '@/lib/note/templates';
import { callBackground } from './api';
import { takeEarly } from './early';
import { onPanelShown } from './shown';

/** The background's answer as the panel offers it: the built-ins when it holds none. */
const offered = (answer: unknown): Template[] =>
  Array.isArray(answer) && answer.length > 0 ? (answer as Template[]) : BUILT_IN_TEMPLATES;

/** `arrived`: the answer the first frame is drawn with, when it came in time (early.ts). */
export function useTemplates(arrived?: Template[]): Template[] | null {
  const [templates, setTemplates] = useState<Template[] | null>(() => (arrived ? offered(arrived) : null));
  const [first] = useState(templates);
  useEffect(() => {
    let live = true;
    let known = first ? JSON.stringify(first) : '';
    const ask = () =>
      (takeEarly('templates') ?? callBackground('panel:getTemplates', {})).then(
        (answer) => {
          const next = offered(answer);
          // Unchanged templates keep their objects: the panel's memoized sections stay as they are.
          const text = JSON.stringify(next);
          if (live && text !== known) {
            known = text;
            setTemplates(next);
          }
        },
        () => live && !known && setTemplates(BUILT_IN_TEMPLATES),
      );
    if (!first) void ask();
    const stop = onPanelShown(() => void ask());
    return () => {
      live = false;
      stop();
    };
  }, [first]);
  return templates;
}
