/**
 * The last note for the same client label (any page), for the "last time" reference and
 * per-section carry-forward. Looked up at once for a note just opened, and when a typed
 * label settles, not on every keystroke (lib/last-note-wait.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { lastNoteWaitMs } from '@/lib/last-note-wait';
import type { Draft } from '@/lib/messages';
import { callBackground } from './api';

export function useLastNote(draft: Draft | null): Draft | null {
  const [last, setLast] = useState<Draft | null>(null);
  /** The draft the last look-up was for: its label changing waits for the typing to settle. */
  const lookedUpFor = useRef<string | null>(null);
  const label = draft?.clientLabel.trim() ?? '';
  const id = draft?.id ?? '';
  useEffect(() => {
    let live = true;
    const wait = lastNoteWaitMs(lookedUpFor.current, id);
    lookedUpFor.current = id;
    const timer = setTimeout(() => {
      if (!label) return setLast(null);
      callBackground('panel:lastNote', { clientLabel: label, excludeId: id }).then(
        (found) => live && setLast(found),
        () => live && setLast(null),
      );
    }, wait);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [label, id]);
  return last;
}
