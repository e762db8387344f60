/**
 * The templates the panel offers, as the clinician edited them in the options page (the
 * background keeps them). Asked once per panel: edits apply to panels opened after saving.
 * Null while loading; the built-ins if the background cannot answer, so a note can still be written.
 */
import { useEffect, useState } from 'react';
import type { Template } from '@/lib/note/model';
import { BUILT_IN_TEMPLATES } from '@/lib/note/templates';
import { callBackground } from './api';

export function useTemplates(): Template[] | null {
  const [templates, setTemplates] = useState<Template[] | null>(null);
  useEffect(() => {
    let live = true;
    callBackground('panel:getTemplates', {}).then(
      (answer) =>
        live && setTemplates(Array.isArray(answer) && answer.length > 0 ? answer : BUILT_IN_TEMPLATES),
      () => live && setTemplates(BUILT_IN_TEMPLATES),
    );
    return () => {
      live = false;
    };
  }, []);
  return templates;
}
