/** Progress toward goals: each goal with its status this session and the evidence. */
import type { GoalEntry, GoalStatus, SectionEntry } from '@/lib/note/model';

const STATUSES: GoalStatus[] = ['progressing', 'maintained', 'regressed', 'met', 'not addressed'];

interface Props {
  entry: SectionEntry | undefined;
  onChange: (entry: SectionEntry) => void;
}

export function GoalsEditor({ entry, onChange }: Props) {
  const goals = entry?.goals ?? [];
  const write = (next: GoalEntry[]) => onChange({ ...entry, goals: next });
  const patch = (index: number, change: Partial<GoalEntry>) =>
    write(goals.map((g, i) => (i === index ? { ...g, ...change } : g)));

  return (
    <div className="goals">
      {goals.map((goal, index) => {
        const n = index + 1;
        return (
          <fieldset key={index} className="goal">
            <legend>Goal {n}</legend>
            <label htmlFor={`goal-${n}`}>Goal {n}</label>
            <input
              id={`goal-${n}`}
              type="text"
              value={goal.goal}
              onChange={(e) => patch(index, { goal: e.target.value })}
            />
            <label htmlFor={`goal-${n}-status`}>Status of goal {n}</label>
            <select
              id={`goal-${n}-status`}
              value={goal.status ?? ''}
              onChange={(e) =>
                patch(index, { status: (e.target.value || undefined) as GoalStatus | undefined })
              }
            >
              <option value="">Not rated</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <label htmlFor={`goal-${n}-evidence`}>Evidence for goal {n}</label>
            <input
              id={`goal-${n}-evidence`}
              type="text"
              value={goal.evidence ?? ''}
              onChange={(e) => patch(index, { evidence: e.target.value })}
            />
            <button type="button" onClick={() => write(goals.filter((_, i) => i !== index))}>
              Remove goal {n}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => write([...goals, { goal: '' }])}>
        Add goal
      </button>
    </div>
  );
}
