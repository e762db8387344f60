/**
 * One section of the note: title (the textbox's accessible name), prompt, chips, free
 * text; private sections say so and offer to include them in this one note.
 */
import type { SectionDef, SectionEntry } from '@/lib/note/model';
import { ChipPicker } from './ChipPicker';

interface Props {
  section: SectionDef;
  entry: SectionEntry | undefined;
  included: boolean;
  onChange: (entry: SectionEntry) => void;
  onIncludeChange: (include: boolean) => void;
}

export function SectionEditor({ section, entry, included, onChange, onIncludeChange }: Props) {
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
      {section.kind === 'risk' && (
        <div className="risk-quick">
          <input
            id="risk-none"
            type="checkbox"
            checked={entry?.fields?.noRiskIndicated === true}
            onChange={(e) =>
              onChange({ ...entry, fields: { ...entry?.fields, noRiskIndicated: e.target.checked } })
            }
          />
          <label htmlFor="risk-none">No risk indicated</label>
          <span className="hint"> — no suicidal or homicidal ideation, no self-harm, low risk</span>
        </div>
      )}
      {section.chipGroups && (
        <ChipPicker
          sectionId={section.id}
          groups={section.chipGroups}
          selected={chips}
          onToggle={toggleChip}
        />
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
