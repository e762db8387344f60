/**
 * One section of the note: title (the textbox's accessible name), prompt, chips, free
 * text; private sections say so and offer to include them in this one note.
 */
import type { SectionDef, SectionEntry } from '@/lib/note/model';
import { ChipPicker } from './ChipPicker';
import { GoalsEditor } from './GoalsEditor';
import { MentalStatusEditor } from './MentalStatusEditor';
import { RiskEditor } from './RiskEditor';
import { SectionExtras } from './SectionExtras';

interface Props {
  section: SectionDef;
  entry: SectionEntry | undefined;
  included: boolean;
  onChange: (entry: SectionEntry) => void;
  onIncludeChange: (include: boolean) => void;
  /** Present when last time's note has something for this section to carry forward. */
  carry?: () => void;
}

export function SectionEditor({ section, entry, included, onChange, onIncludeChange, carry }: Props) {
  const textId = `section-${section.id}`;
  const promptId = `${textId}-prompt`;
  const chips = entry?.chips ?? [];
  const toggleChip = (chip: string) =>
    onChange({ ...entry, chips: chips.includes(chip) ? chips.filter((c) => c !== chip) : [...chips, chip] });
  const isPrivate = section.visibility === 'private';

  return (
    <section className={`section${isPrivate ? ' private' : ''}`} aria-labelledby={`${textId}-label`}>
      <h2 className="section-title">
        <label id={`${textId}-label`} htmlFor={textId}>
          {section.title}
        </label>
        {isPrivate && <span className="badge">Private</span>}
        {section.required && <span className="badge required">Required</span>}
      </h2>
      <p id={promptId} className="prompt">
        {section.prompt}
      </p>
      {section.kind === 'risk' && <RiskEditor entry={entry} onChange={onChange} />}
      {section.kind === 'mentalStatus' && <MentalStatusEditor entry={entry} onChange={onChange} />}
      {section.kind === 'goals' && <GoalsEditor entry={entry} onChange={onChange} />}
      {section.chipGroups && (
        <ChipPicker
          sectionId={section.id}
          groups={section.chipGroups}
          selected={chips}
          onToggle={toggleChip}
        />
      )}
      {section.extras && <SectionExtras section={section} entry={entry} onChange={onChange} />}
      {carry && (
        <button type="button" className="carry" onClick={carry}>
          Carry forward {section.title} from last time
        </button>
      )}
      <textarea
        id={textId}
        aria-describedby={promptId}
        rows={3}
        value={entry?.text ?? ''}
        onChange={(e) => onChange({ ...entry, text: e.target.value })}
      />
      {isPrivate && (
        <div className="include-private">
          <input
            id={`${textId}-include`}
            type="checkbox"
            checked={included}
            onChange={(e) => onIncludeChange(e.target.checked)}
          />
          <label htmlFor={`${textId}-include`}>Include {section.title} in this note</label>
          {!included && <span className="hint"> — kept in your local draft only</span>}
        </div>
      )}
    </section>
  );
}
