/**
 * "Last time": the previous note's goals, open themes and plan, for reference only. Nothing
 * enters this note unless the clinician carries a section forward (auditors flag clones).
 */
import type { Draft } from '@/lib/messages';
import { lastTimeReference, referenceLines } from '@/lib/note/carry-forward';
import { migrateContent } from '@/lib/note/model';

export function LastTime({ last }: { last: Draft }) {
  const lines = referenceLines(lastTimeReference(migrateContent(last.content)));
  if (lines.length === 0) return null;
  return (
    <aside className="last-time" aria-labelledby="last-time-title">
      <h2 id="last-time-title">Last time, for reference</h2>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </aside>
  );
}
