/** The small structured answers some sections carry: CCRT, insight, symptom course, medical necessity. */
import type { Insight, SectionDef, SectionEntry, SymptomCourse } from '@/lib/note/model';
import { SelectField, TextField } from './fields';

const INSIGHTS: Insight[] = ['none', 'intellectual', 'emotional'];
const SYMPTOM_COURSES: SymptomCourse[] = ['escalated', 'maintained', 'improved'];

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
            <TextField
              key={key}
              id={id(key)}
              label={label}
              value={entry?.ccrt?.[key]}
              onChange={(text) => onChange({ ...entry, ccrt: { ...entry?.ccrt, [key]: text } })}
            />
          ))}
        </fieldset>
      )}
      {extras.includes('insight') && (
        <SelectField<Insight>
          id={id('insight')}
          label="Insight reached"
          unset="Not rated"
          value={entry?.insight}
          options={INSIGHTS.map((i) => [i, i] as const)}
          onChange={(insight) => onChange({ ...entry, insight })}
        />
      )}
      {extras.includes('symptoms') && (
        <SelectField<SymptomCourse>
          id={id('symptoms')}
          label="Symptoms"
          unset="Not rated"
          value={entry?.symptoms}
          options={SYMPTOM_COURSES.map((c) => [c, c] as const)}
          onChange={(symptoms) => onChange({ ...entry, symptoms })}
        />
      )}
      {extras.includes('medicalNecessity') && (
        <TextField
          id={id('necessity')}
          label="Medical necessity"
          placeholder="Why continued treatment is needed, in one line"
          value={entry?.medicalNecessity}
          onChange={(medicalNecessity) => onChange({ ...entry, medicalNecessity })}
        />
      )}
    </div>
  );
}
