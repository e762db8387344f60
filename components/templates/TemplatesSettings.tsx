/**
 * The options page's Templates section: pick a template, edit it (TemplateEditor), then
 * Save templates — checked here in plain words and again by the background, refused whole
 * with the reason, the edits kept on screen. Restore the built-ins; export the clinician's
 * templates to a file and import one (a malformed file is refused and changes nothing).
 * Self-contained: the page mounts it with the calls it needs and nothing else.
 */
import { useEffect, useState } from 'react';
import type { Template } from '@/lib/note/model';
import { editProblems, sameTemplate, storedCopies, tidyTemplate } from '@/lib/note/template-edit';
import { isBuiltInId, resolveTemplates } from '@/lib/note/template-store';
import { BUILT_IN_TEMPLATES } from '@/lib/note/templates';
import { TemplateEditor } from './TemplateEditor';
import { TemplatesFile } from './TemplatesFile';

export interface TemplatesApi {
  /** The clinician's stored templates (edited built-ins and their own). */
  load(): Promise<Template[]>;
  save(templates: Template[]): Promise<{ ok: true } | { ok: false; message: string }>;
}

const sameSet = (a: Template[], b: Template[]) =>
  a.length === b.length && a.every((t, i) => sameTemplate(tidyTemplate(t), tidyTemplate(b[i]!)));

export function TemplatesSettings({ api }: { api: TemplatesApi }) {
  const [saved, setSaved] = useState<Template[] | null>(null);
  const [working, setWorking] = useState<Template[]>([]);
  const [selectedId, setSelectedId] = useState(BUILT_IN_TEMPLATES[0]!.id);
  // Bumped when the working copy is replaced from outside the editor, so its local choices reset.
  const [generation, setGeneration] = useState(0);
  const [status, setStatus] = useState('');

  useEffect(() => {
    api.load().then(
      (stored) => {
        const resolved = resolveTemplates(stored);
        setSaved(resolved);
        setWorking(resolved);
      },
      () => setStatus('Reverie could not read your templates. Reload this page to try again.'),
    );
  }, [api]);

  const dirty = saved !== null && !sameSet(saved, working);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (!saved) return <p>{status || 'Loading templates…'}</p>;
  const template = working.find((t) => t.id === selectedId) ?? working[0]!;

  const replaceAll = (next: Template[], message: string) => {
    setWorking(next);
    if (!next.some((t) => t.id === selectedId)) setSelectedId(next[0]!.id);
    setGeneration((g) => g + 1);
    setStatus(message);
  };
  const change = (next: Template) => setWorking((all) => all.map((t) => (t.id === next.id ? next : t)));

  const problems = () => working.flatMap((t) => editProblems(tidyTemplate(t)));

  const save = async () => {
    const found = problems();
    if (found.length > 0) return setStatus(`Not saved: ${found[0]} Your changes are still here.`);
    const tidy = working.map(tidyTemplate);
    const result = await api.save(storedCopies(tidy)).catch(() => ({
      ok: false as const,
      message: 'Reverie could not reach its storage.',
    }));
    if (!result.ok) return setStatus(`${result.message} Your changes are still here.`);
    setSaved(tidy);
    setWorking(tidy);
    setStatus('Templates saved. Notes opened from now on use them.');
  };

  const restoreOne = () => {
    const builtIn = BUILT_IN_TEMPLATES.find((b) => b.id === template.id)!;
    replaceAll(
      working.map((t) => (t.id === builtIn.id ? builtIn : t)),
      `“${builtIn.name}” is back as built in. Press Save templates to use it.`,
    );
  };
  const restoreAll = () =>
    replaceAll(
      resolveTemplates(working.filter((t) => !isBuiltInId(t.id))),
      'The built-in templates are back as built in. Press Save templates to use them.',
    );
  const removeOwn = () =>
    replaceAll(
      working.filter((t) => t.id !== template.id),
      `“${template.name}” removed. Press Save templates to keep it so.`,
    );

  return (
    <section aria-labelledby="templates-title" className="templates-settings">
      <h2 id="templates-title">Templates</h2>
      <p>
        Rename, reorder, hide and add sections; change prompts and chips; mark sections private or required.
        The panel uses your templates in notes opened after you save.
      </p>
      <label htmlFor="tpl-choice">Template to edit</label>
      <select id="tpl-choice" value={template.id} onChange={(e) => setSelectedId(e.target.value)}>
        {working.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name.trim() || '(no name yet)'}
          </option>
        ))}
      </select>

      <TemplateEditor
        key={`${template.id}-${generation}`}
        template={template}
        onChange={change}
        onMessage={setStatus}
      />

      <div className="template-actions">
        {dirty && <p className="unsaved">You have unsaved changes.</p>}
        <button type="button" className="primary" onClick={() => void save()}>
          Save templates
        </button>
        <button
          type="button"
          onClick={() => replaceAll(saved, dirty ? 'Changes discarded.' : 'Nothing to discard.')}
        >
          Discard changes
        </button>
        {isBuiltInId(template.id) ? (
          <button type="button" onClick={restoreOne}>
            Restore this built-in template
          </button>
        ) : (
          <button type="button" onClick={removeOwn}>
            Remove this template
          </button>
        )}
        <button type="button" onClick={restoreAll}>
          Restore all built-in templates
        </button>
      </div>

      <TemplatesFile
        templates={working}
        problems={problems}
        onImport={(next, message) => replaceAll(next, message)}
        onMessage={setStatus}
      />

      <p role="status" aria-labelledby="templates-title" className="status">
        {status}
      </p>
    </section>
  );
}
