/**
 * A single-page EHR moved to another page after the panel opened, or a framed EHR loaded
 * another page into the note field's frame since the note was written there
 * (lib/page-move.ts): the field there may be another client's chart. The notice says so
 * when the clinician comes back to the panel; the confirm asks before a note goes in there.
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
      {move.inFrame ? (
        // The top address did not change: closing and opening the panel brings this draft back.
        <p id="moved-text">
          This note was written while{' '}
          {action === 'Insert' ? 'the note field’s frame' : 'the frame of a field to fill'} showed{' '}
          <code>{move.from}</code>; it now shows <code>{move.to}</code>. Check the field belongs to this
          note’s client. To write a note for this client instead, press New note: this draft is kept.
        </p>
      ) : (
        <p id="moved-text">
          This note was opened on <code>{move.from}</code>; the page is now <code>{move.to}</code>. Check the
          field belongs to this note’s client. To write this page’s note instead, close the panel and open it
          again: this draft is kept.
        </p>
      )}
      <button type="button" onClick={onConfirm}>
        {action} here anyway
      </button>
      <button type="button" onClick={onCancel} autoFocus>
        Cancel
      </button>
    </div>
  );
}

/**
 * Shown while the panel holds a note opened on another page than the one now shown, or
 * written while the note field's frame showed another page (a framed EHR's other chart).
 */
export function PageMovedNotice({ move }: { move: PageMove }) {
  if (move.inFrame)
    return (
      <p className="moved-notice">
        This note was written while the note field’s frame showed <code>{move.from}</code>; it now shows{' '}
        <code>{move.to}</code>. Insert and Fill will ask first; for this client’s own note, press New note.
      </p>
    );
  return (
    <p className="moved-notice">
      The EHR page changed since this note was opened (<code>{move.from}</code> → <code>{move.to}</code>
      ). Insert and Fill will ask first; for this page’s own note, close the panel and open it again.
    </p>
  );
}
