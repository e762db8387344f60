/**
 * One section of the panel's form, memoized: a keystroke changes one section's entry, so
 * only that section re-renders (the others get the same props). Its callbacks are built
 * here from the stable `update`, not handed down fresh on every render.
 */
import { memo, useMemo } from 'react';
import { SectionEditor } from '@/components/SectionEditor';
import type { Draft } from '@/lib/messages';
import { carryForward } from '@/lib/note/carry-forward';
import { migrateContent, type SectionDef, type SectionEntry } from '@/lib/note/model';

interface Props {
  section: SectionDef;
  entry: SectionEntry | undefined;
  included: boolean;
  /** Last time's note for this client, or null. */
  lastNote: Draft | null;
  /** useDraft's `update`: stable for the panel's life. */
  update: (change: (draft: Draft) => Draft) => void;
}

export const SectionSlot = memo(function SectionSlot({ section, entry, included, lastNote, update }: Props) {
  const carried = useMemo(
    () => (lastNote ? carryForward(section, migrateContent(lastNote.content)) : undefined),
    [section, lastNote],
  );
  const setEntry = (next: SectionEntry) =>
    update((d) => ({
      ...d,
      content: { ...d.content, sections: { ...d.content.sections, [section.id]: next } },
    }));
  const setIncluded = (include: boolean) =>
    update((d) => {
      const others = d.content.includePrivate.filter((id) => id !== section.id);
      return { ...d, content: { ...d.content, includePrivate: include ? [...others, section.id] : others } };
    });
  return (
    <SectionEditor
      section={section}
      entry={entry}
      included={included}
      onChange={setEntry}
      onIncludeChange={setIncluded}
      carry={carried ? () => setEntry({ ...entry, ...carried }) : undefined}
    />
  );
});
