/** Asks before a second copy of the note goes into a field that already has it. */
interface Props {
  onConfirm: () => void;
  onCancel: () => void;
}

export function DuplicateConfirm({ onConfirm, onCancel }: Props) {
  return (
    <div role="alertdialog" aria-labelledby="dup-title" aria-describedby="dup-text" className="confirm">
      <h2 id="dup-title">Insert a second copy?</h2>
      <p id="dup-text">This note is already in that field. Inserting again would add it twice.</p>
      <button type="button" onClick={onConfirm}>
        Insert second copy
      </button>
      <button type="button" onClick={onCancel} autoFocus>
        Cancel
      </button>
    </div>
  );
}
