/**
 * A single-page EHR moved to another page after the panel opened (lib/page-move.ts): the
 * field there may be another client's chart. The notice says so when the clinician comes
 * back to the panel; the confirm asks before a note goes in there.
 */
import type { PageMove } from '@/lib/page-move';

interface Props {
  move: PageMove;
  /** What confirming does: `Insert` or `Fill`. */
  action: 'Insert' | 'Fill';
  onConfirm: () => void;
  onCancel: () => void;
}

export function PageMovedConfirm({ move, action, onConfirm, onCancel }: Props) {
  return (
    <div role="alertdialog" aria-labelledby="moved-title" aria-describedby="moved-text" className="confirm">
      <h2 id="moved-title">The EHR page changed</h2>
      <p id="moved-text">
        This note was opened on <code>{move.from}</code>; the page is now <code>{move.to}</code>. Check the
        field belongs to this note’s client. To write this page’s note instead, close the panel and open it
        again: this draft is kept.
      </p>
      <button type="button" onClick={onConfirm}>
        {action} here anyway
      </button>
      <button type="button" onClick={onCancel} autoFocus>
        Cancel
      </button>
    </div>
  );
}

/** Shown while the panel holds a note opened on another page than the one now shown. */
export function PageMovedNotice({ move }: { move: PageMove }) {
  return (
    <p className="moved-notice">
      The EHR page changed since this note was opened (<code>{move.from}</code> → <code>{move.to}</code>
      ). Insert and Fill will ask first; for this page’s own note, close the panel and open it again.
    </p>
  );
}
