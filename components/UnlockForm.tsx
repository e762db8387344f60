/**
 * Shown instead of the note while Reverie is locked (encryption at rest is on). Whatever
 * was typed before the lock stays in the panel and is saved once unlocked. The outcome
 * goes to the panel's one status region through `onMessage`.
 */
import { useState, type FormEvent } from 'react';

interface Props {
  unlock: (passphrase: string) => Promise<{ ok: boolean; message: string }>;
  onMessage: (message: string) => void;
}

export function UnlockForm({ unlock, onMessage }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    onMessage('Unlocking…');
    try {
      const outcome = await unlock(passphrase);
      onMessage(outcome.message);
      if (outcome.ok) setPassphrase('');
    } catch {
      onMessage('Reverie could not unlock — close the panel and open it again. Nothing was changed.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="unlock" aria-labelledby="unlock-title" onSubmit={(e) => void submit(e)}>
      <h2 id="unlock-title">Reverie is locked</h2>
      <p>Your drafts are encrypted. Enter your passphrase to go on; anything you were typing is kept.</p>
      <label htmlFor="unlock-passphrase">Passphrase</label>
      <input
        id="unlock-passphrase"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <button type="submit" className="primary" disabled={busy || passphrase.length === 0}>
        Unlock
      </button>
    </form>
  );
}
