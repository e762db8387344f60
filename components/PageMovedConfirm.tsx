/**
 * Asks before a note goes into a page a single-page EHR moved to after the panel opened
 * (lib/page-move.ts): the field there may be another client's chart.
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
