/**
 * The last note for the same client label (any page), for the "last time" reference and
 * per-section carry-forward. Looked up when the label settles, not on every keystroke.
 */
import { useEffect, useState } from 'react';
import type { Draft } from '@/lib/messages';
import { callBackground } from './api';

const LABEL_SETTLE_MS = 400;

export function useLastNote(draft: Draft | null): Draft | null {
  const [last, setLast] = useState<Draft | null>(null);
  const label = draft?.clientLabel.trim() ?? '';
  const id = draft?.id ?? '';
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      if (!label) return setLast(null);
      callBackground('panel:lastNote', { clientLabel: label, excludeId: id }).then(
        (found) => live && setLast(found),
        () => live && setLast(null),
      );
    }, LABEL_SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [label, id]);
  return last;
}
