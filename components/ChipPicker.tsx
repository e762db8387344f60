/** Quick-pick chips: real checkboxes (name = the chip's text), grouped by level. */
import type { ChipGroup } from '@/lib/note/model';

interface Props {
  sectionId: string;
  groups: ChipGroup[];
  selected: string[];
  onToggle: (chip: string) => void;
}

export function ChipPicker({ sectionId, groups, selected, onToggle }: Props) {
  return (
    <div className="chips">
      {groups.map((group) => (
        <fieldset key={group.label} className="chip-group">
          <legend>{group.label}</legend>
          {group.chips.map((chip) => {
            const id = `${sectionId}-chip-${chip.replace(/\W+/g, '-')}`;
            return (
              <span key={chip} className="chip">
                <input
                  id={id}
                  type="checkbox"
                  checked={selected.includes(chip)}
                  onChange={() => onToggle(chip)}
                />
                <label htmlFor={id}>{chip}</label>
              </span>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
