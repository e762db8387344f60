/**
 * Mental status: one explicit "Within normal limits", an observation per item (the
 * exceptions, when WNL is ticked), "not assessed" per item. Nothing is pre-filled.
 */
import {
  MENTAL_STATUS_HINTS,
  MENTAL_STATUS_ITEMS,
  MENTAL_STATUS_LABELS,
  type MentalStatusAnswers,
  type MentalStatusItem,
} from '@/lib/note/mental-status';
import { capitalize } from '@/lib/note/phrases';
import type { SectionEntry } from '@/lib/note/model';

interface Props {
  entry: SectionEntry | undefined;
  onChange: (entry: SectionEntry) => void;
}

export function MentalStatusEditor({ entry, onChange }: Props) {
  const ms: MentalStatusAnswers = entry?.mentalStatus ?? {};
  const write = (next: MentalStatusAnswers) => onChange({ ...entry, mentalStatus: next });
  const notAssessed = ms.notAssessed ?? [];
  const toggleNotAssessed = (item: MentalStatusItem, on: boolean) =>
    write({ ...ms, notAssessed: on ? [...notAssessed, item] : notAssessed.filter((i) => i !== item) });

  return (
    <div className="mental-status">
      <div className="risk-quick">
        <input
          id="ms-wnl"
          type="checkbox"
          checked={ms.withinNormalLimits === true}
          onChange={(e) => write({ ...ms, withinNormalLimits: e.target.checked })}
        />
        <label htmlFor="ms-wnl">Within normal limits</label>
        <span className="hint"> — except what you type below</span>
      </div>
      <div className="ms-grid">
        {MENTAL_STATUS_ITEMS.map((item) => {
          const label = capitalize(MENTAL_STATUS_LABELS[item]);
          const off = notAssessed.includes(item);
          return (
            <div key={item} className="ms-item">
              <label htmlFor={`ms-${item}`}>{label}</label>
              <input
                id={`ms-${item}`}
                type="text"
                disabled={off}
                placeholder={MENTAL_STATUS_HINTS[item] ?? ''}
                value={ms.items?.[item] ?? ''}
                onChange={(e) => write({ ...ms, items: { ...ms.items, [item]: e.target.value } })}
              />
              <input
                id={`ms-${item}-na`}
                type="checkbox"
                checked={off}
                onChange={(e) => toggleNotAssessed(item, e.target.checked)}
              />
              <label htmlFor={`ms-${item}-na`} className="hint">
                {label} not assessed
              </label>
            </div>
          );
        })}
      </div>
    </div>
  );
}
