/**
 * The options page's "Encryption" section: turn encryption at rest on with a passphrase,
 * change the passphrase, turn it off, choose the auto-lock time, lock now, unlock. Every
 * rule is checked again by the background; this section only says what happened.
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/crypto/passphrase';
import type { EncryptionOutcome, EncryptionStatus } from '@/lib/messages';

export interface EncryptionApi {
  status(): Promise<EncryptionStatus>;
  turnOn(passphrase: string, confirmation: string): Promise<EncryptionOutcome>;
  turnOff(passphrase: string): Promise<EncryptionOutcome>;
  change(current: string, next: string, confirmation: string): Promise<EncryptionOutcome>;
  unlock(passphrase: string): Promise<EncryptionOutcome>;
  lockNow(): Promise<EncryptionOutcome>;
  setAutoLock(minutes: number): Promise<EncryptionOutcome>;
}

/** A labelled password field; ids are prefixed so this section never clashes with the page. */
function Secret({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <>
      <label htmlFor={`encryption-${id}`}>{label}</label>
      <input
        id={`encryption-${id}`}
        type="password"
        autoComplete={id.startsWith('new') || id.startsWith('confirm') ? 'new-password' : 'current-password'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}

function Form({ title, children, onSubmit }: { title: string; children: ReactNode; onSubmit: () => void }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="encryption-form" aria-label={title} onSubmit={submit}>
      <h3>{title}</h3>
      {children}
    </form>
  );
}

export function EncryptionSettings({ api }: { api: EncryptionApi }) {
  const [status, setStatus] = useState<EncryptionStatus | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [minutes, setMinutes] = useState('');
  const field = (id: string) => ({
    id,
    value: fields[id] ?? '',
    onChange: (v: string) => setFields((f) => ({ ...f, [id]: v })),
  });

  const show = (next: EncryptionStatus) => {
    setStatus(next);
    setMinutes(String(next.autoLockMinutes));
  };
  const refresh = async () => show(await api.status());

  useEffect(() => {
    let live = true;
    api.status().then(
      (next) => {
        if (!live) return;
        setStatus(next);
        setMinutes(String(next.autoLockMinutes));
      },
      () => live && setMessage('Reverie could not read its encryption settings.'),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const act = async (work: () => Promise<EncryptionOutcome>) => {
    setBusy(true);
    setMessage('Working… (checking a passphrase takes a moment)');
    try {
      const outcome = await work();
      setMessage(outcome.message);
      if (outcome.ok) setFields({});
      await refresh();
    } catch {
      setMessage('That did not work. Nothing was changed.');
    } finally {
      setBusy(false);
    }
  };

  if (!status) return null;
  const on = status.state !== 'off';
  return (
    <section aria-labelledby="encryption-title" className="encryption">
      <h2 id="encryption-title">Encryption</h2>
      {on ? (
        <p>
          Encryption at rest is <strong>on</strong>: drafts are stored encrypted with a key only your
          passphrase opens, and Reverie is now <strong>{status.state}</strong>. Exports need Reverie unlocked
          and are written as readable text, not encrypted: keep an export somewhere as private as the notes
          themselves.
        </p>
      ) : (
        <p>
          Encryption at rest is <strong>off</strong>. Turn it on to store every draft encrypted with a
          passphrase. If you forget the passphrase, the drafts cannot be recovered.
        </p>
      )}
      {!on && (
        <Form
          title="Turn on encryption"
          onSubmit={() => void act(() => api.turnOn(fields['new'] ?? '', fields['confirm'] ?? ''))}
        >
          <Secret label="New passphrase" {...field('new')} />
          <Secret label="Confirm passphrase" {...field('confirm')} />
          <p className="hint">At least {MIN_PASSPHRASE_LENGTH} characters.</p>
          <button type="submit" disabled={busy}>
            Turn on encryption
          </button>
        </Form>
      )}
      {status.state === 'locked' && (
        <Form title="Unlock" onSubmit={() => void act(() => api.unlock(fields['unlock'] ?? ''))}>
          <Secret label="Passphrase" {...field('unlock')} />
          <button type="submit" disabled={busy}>
            Unlock
          </button>
        </Form>
      )}
      {on && (
        <>
          <Form title="Auto-lock" onSubmit={() => void act(() => api.setAutoLock(Number(minutes)))}>
            <label htmlFor="encryption-minutes">Lock after this many minutes without use</label>
            <input
              id="encryption-minutes"
              type="number"
              min={1}
              step={1}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
            />
            <button type="submit" disabled={busy}>
              Save auto-lock
            </button>
            {status.state === 'unlocked' && (
              <button type="button" disabled={busy} onClick={() => void act(() => api.lockNow())}>
                Lock now
              </button>
            )}
          </Form>
          <Form
            title="Change passphrase"
            onSubmit={() =>
              void act(() =>
                api.change(fields['current'] ?? '', fields['newer'] ?? '', fields['confirm-newer'] ?? ''),
              )
            }
          >
            <Secret label="Current passphrase" {...field('current')} />
            <Secret label="New passphrase" {...field('newer')} />
            <Secret label="Confirm new passphrase" {...field('confirm-newer')} />
            <button type="submit" disabled={busy}>
              Change passphrase
            </button>
          </Form>
          <Form title="Turn off encryption" onSubmit={() => void act(() => api.turnOff(fields['off'] ?? ''))}>
            <Secret label="Passphrase to turn encryption off" {...field('off')} />
            <button type="submit" disabled={busy}>
              Turn off encryption
            </button>
          </Form>
        </>
      )}
      {/* Not role="status": the page keeps its one status region; this one is polite too. */}
      <p className="encryption-message" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
