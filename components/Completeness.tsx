/** What blocks insertion and what only warns, kept in view while the note is written. */
import type { Validation } from '@/lib/note/validate';

export function Completeness({ validation }: { validation: Validation }) {
  const { blocking, warnings } = validation;
  if (blocking.length === 0 && warnings.length === 0) {
    return <p className="complete">Ready to insert.</p>;
  }
  return (
    <section className="completeness" aria-labelledby="completeness-title">
      <h2 id="completeness-title">Before inserting</h2>
      <ul>
        {blocking.map((p) => (
          <li key={`b-${p.sectionId}-${p.message}`} className="blocking">
            Needed: {p.message}
          </li>
        ))}
        {warnings.map((p) => (
          <li key={`w-${p.sectionId}-${p.message}`} className="warning">
            Check: {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
