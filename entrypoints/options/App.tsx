/**
 * Reverie's settings page: templates, export every draft and setting to one file, import it
 * back, delete everything.
 */
import { useState } from 'react';
import { isLockedReply } from '@/lib/messages';
import { downloadJson, fileDate } from '@/components/download-file';
import { EncryptionSettings } from '@/components/EncryptionSettings';
import { TemplatesSettings } from '@/components/templates/TemplatesSettings';
import { callBackground } from './api';
import { encryptionApi } from './encryption-api';
import { templatesApi } from './templates-api';

export function App() {
  const [status, setStatus] = useState('');
  const [confirmWipe, setConfirmWipe] = useState(false);

  const exportAll = async () => {
    const file = await callBackground('options:exportAll', {});
    if (isLockedReply(file)) return setStatus(file.message);
    downloadJson(JSON.stringify(file, null, 2), `reverie-drafts-${fileDate(file.exportedAt)}.json`);
    setStatus(
      `Exported ${file.drafts.length} drafts. Keep the file somewhere as private as the notes themselves.`,
    );
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await callBackground('options:importAll', { text: await file.text() });
    setStatus(
      result.ok
        ? `Imported ${result.added} drafts${result.kept ? `; ${result.kept} were already here and kept as they are` : ''}.`
        : result.message,
    );
  };

  const wipe = async () => {
    setConfirmWipe(false);
    const { deleted } = await callBackground('options:wipeAll', {});
    setStatus(`Deleted ${deleted} drafts from this browser.`);
  };

  return (
    <main className="options">
      <h1>Reverie settings</h1>
      <TemplatesSettings api={templatesApi} />
      <section aria-labelledby="backup-title">
        <h2 id="backup-title">Export and import</h2>
        <p>One file with every draft and setting, for a backup or a move to another browser.</p>
        <button type="button" onClick={() => void exportAll()}>
          Export all drafts
        </button>
        <label htmlFor="import-file">Import drafts</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.target.files?.[0])}
        />
      </section>
      <EncryptionSettings api={encryptionApi} />
      <section aria-labelledby="wipe-title">
        <h2 id="wipe-title">Delete everything</h2>
        {confirmWipe ? (
          <>
            <p>Every draft in this browser will be gone for good, the trash included.</p>
            <button type="button" onClick={() => void wipe()}>
              Yes, delete all drafts
            </button>
            <button type="button" onClick={() => setConfirmWipe(false)}>
              Keep my drafts
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmWipe(true)}>
            Delete all drafts…
          </button>
        )}
      </section>
      <div role="status" aria-label="Drafts" className="status">
        {status}
      </div>
    </main>
  );
}
