/**
 * One section of a template, as the clinician edits it: title, prompt, chips (one per line),
 * record or private, required, hidden, and its place (Move up / Move down, never drag-only).
 * Risk keeps its rules (always shown, required, in the record): only its words change.
 */
import { CheckboxField, TextField } from '@/components/fields';
import type { SectionDef } from '@/lib/note/model';
import {
  chipsToText,
  LIMITS,
  NEW_CHIPS_LABEL,
  textToLines,
  type SectionPatch,
} from '@/lib/note/template-edit';

/** Focuses an element once React has rendered it. */
export const focusSoon = (elementId: string) =>
  requestAnimationFrame(() => document.getElementById(elementId)?.focus());

interface Props {
  section: SectionDef;
  position: number;
  count: number;
  onChange: (patch: SectionPatch) => void;
  onMove: (by: -1 | 1) => void;
  /** Present for sections the clinician added (built-in ones are hidden instead). */
  onRemove?: () => void;
}

export function SectionSettings({ section, position, count, onChange, onMove, onRemove }: Props) {
  const id = `tpl-section-${section.id}`;
  const isRisk = section.kind === 'risk';
  const groups = section.chipGroups ?? [];
  const setChips = (index: number, text: string) =>
    onChange({
      chipGroups: groups.map((g, i) => (i === index ? { ...g, chips: textToLines(text) } : g)),
    });

  return (
    <fieldset className="section-settings">
      <legend>
        Section {position} of {count}: {section.title.trim() || '(no title yet)'}
      </legend>
      <TextField
        id={`${id}-title`}
        label="Title"
        value={section.title}
        maxLength={LIMITS.title}
        onChange={(title) => onChange({ title })}
      />
      <TextField
        id={`${id}-prompt`}
        label="Prompt"
        value={section.prompt}
        maxLength={LIMITS.prompt}
        onChange={(prompt) => onChange({ prompt })}
      />
      {isRisk ? (
        <p className="hint">Risk is always shown, always required and always part of the record.</p>
      ) : (
        <div className="section-flags">
          <CheckboxField
            id={`${id}-private`}
            label="Private"
            hint="kept in the draft, inserted only when included for one note"
            checked={section.visibility === 'private'}
            onChange={(on) => onChange({ visibility: on ? 'private' : 'record' })}
          />
          <CheckboxField
            id={`${id}-required`}
            label="Required"
            hint="the note cannot be inserted while it is empty"
            checked={section.required}
            onChange={(required) => onChange({ required })}
          />
          <CheckboxField
            id={`${id}-hidden`}
            label="Hidden"
            hint="not shown in the panel and never in the note"
            checked={section.hidden === true}
            onChange={(hidden) => onChange({ hidden })}
          />
        </div>
      )}
      <div className="move">
        {/* aria-disabled, not disabled: a button that vanishes from the tab order would drop keyboard focus. */}
        <button type="button" aria-disabled={position === 1} onClick={() => onMove(-1)}>
          Move up
        </button>
        <button type="button" aria-disabled={position === count} onClick={() => onMove(1)}>
          Move down
        </button>
        {onRemove && (
          <button type="button" onClick={onRemove}>
            Remove section
          </button>
        )}
      </div>
      {groups.map((group, i) => (
        <div key={`${group.label}-${i}`} className="chips-box">
          <label htmlFor={`${id}-chips-${i}`}>Chips: {group.label} (one per line)</label>
          <textarea
            id={`${id}-chips-${i}`}
            rows={Math.min(8, Math.max(3, group.chips.length))}
            value={chipsToText(group.chips)}
            onChange={(e) => setChips(i, e.target.value)}
          />
        </div>
      ))}
      {groups.length === 0 && section.kind === 'text' && (
        <button
          type="button"
          onClick={() => {
            onChange({ chipGroups: [{ label: NEW_CHIPS_LABEL, chips: [] }] });
            // The button goes away: keep the keyboard where the work continues, in the new box.
            focusSoon(`${id}-chips-0`);
          }}
        >
          Add chips
        </button>
      )}
    </fieldset>
  );
}
