/** The small structured answers some sections carry: CCRT, insight, symptom course, medical necessity. */
import type { Insight, SectionDef, SectionEntry, SymptomCourse } from '@/lib/note/model';

interface Props {
  section: SectionDef;
  entry: SectionEntry | undefined;
  onChange: (entry: SectionEntry) => void;
}

export function SectionExtras({ section, entry, onChange }: Props) {
  const extras = section.extras ?? [];
  const id = (name: string) => `${section.id}-${name}`;
  return (
    <div className="extras">
      {extras.includes('ccrt') && (
        <fieldset className="ccrt">
          <legend>Core conflictual relationship theme (optional)</legend>
          {(
            [
              ['wish', 'Wish'],
              ['responseOfOther', 'Response of other'],
              ['responseOfSelf', 'Response of self'],
            ] as const
          ).map(([key, label]) => (
            <div key={key} className="risk-field">
              <label htmlFor={id(key)}>{label}</label>
              <input
                id={id(key)}
                type="text"
                value={entry?.ccrt?.[key] ?? ''}
                onChange={(e) => onChange({ ...entry, ccrt: { ...entry?.ccrt, [key]: e.target.value } })}
              />
            </div>
          ))}
        </fieldset>
      )}
      {extras.includes('insight') && (
        <div className="risk-field">
          <label htmlFor={id('insight')}>Insight reached</label>
          <select
            id={id('insight')}
            value={entry?.insight ?? ''}
            onChange={(e) =>
              onChange({ ...entry, insight: (e.target.value || undefined) as Insight | undefined })
            }
          >
            <option value="">Not rated</option>
            <option value="none">none</option>
            <option value="intellectual">intellectual</option>
            <option value="emotional">emotional</option>
          </select>
        </div>
      )}
      {extras.includes('symptoms') && (
        <div className="risk-field">
          <label htmlFor={id('symptoms')}>Symptoms</label>
          <select
            id={id('symptoms')}
            value={entry?.symptoms ?? ''}
            onChange={(e) =>
              onChange({ ...entry, symptoms: (e.target.value || undefined) as SymptomCourse | undefined })
            }
          >
            <option value="">Not rated</option>
            <option value="escalated">escalated</option>
            <option value="maintained">maintained</option>
            <option value="improved">improved</option>
          </select>
        </div>
      )}
      {extras.includes('medicalNecessity') && (
        <div className="risk-field">
          <label htmlFor={id('necessity')}>Medical necessity</label>
          <input
            id={id('necessity')}
            type="text"
            placeholder="Why continued treatment is needed, in one line"
            value={entry?.medicalNecessity ?? ''}
            onChange={(e) => onChange({ ...entry, medicalNecessity: e.target.value })}
          />
        </div>
      )}
    </div>
  );
}
