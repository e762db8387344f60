/**
 * Templates to a file and back. Export writes the clinician's own and edited templates in
 * the versioned templates format; import reads a file through the same validator as
 * storage: a malformed or foreign file is refused with its reason and changes nothing.
 */
import type { Template } from '@/lib/note/model';
import { mergeTemplates, storedCopies, tidyTemplate } from '@/lib/note/template-edit';
import { parseTemplatesFile, resolveTemplates, serializeTemplates } from '@/lib/note/template-store';
import { downloadJson, fileDate } from '../download-file';

interface Props {
  /** The working copy, as shown. */
  templates: Template[];
  problems: () => string[];
  onImport: (templates: Template[], message: string) => void;
  onMessage: (message: string) => void;
}

const plural = (n: number) => `${n} template${n === 1 ? '' : 's'}`;

export function TemplatesFile({ templates, problems, onImport, onMessage }: Props) {
  const exportFile = () => {
    const found = problems();
    if (found.length > 0) return onMessage(`Not exported: ${found[0]}`);
    const mine = storedCopies(templates.map(tidyTemplate));
    if (mine.length === 0)
      return onMessage('Your templates are the built-ins: there is nothing of yours to export.');
    downloadJson(serializeTemplates(mine), `reverie-templates-${fileDate()}.json`);
    onMessage(`Exported ${plural(mine.length)}: ${mine.map((t) => `“${t.name}”`).join(', ')}.`);
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again imports it again.
    input.value = '';
    if (!file) return;
    const parsed = parseTemplatesFile(await file.text());
    if (!parsed.ok) return onMessage(`${parsed.error} Nothing was imported.`);
    if (parsed.templates.length === 0)
      return onMessage('This file holds no templates. Nothing was imported.');
    const merged = resolveTemplates(mergeTemplates(storedCopies(templates), parsed.templates));
    onImport(
      merged,
      `Imported ${plural(parsed.templates.length)}: ${parsed.templates.map((t) => `“${t.name}”`).join(', ')}. Press Save templates to use them.`,
    );
  };

  return (
    <div className="templates-file">
      <h3>Templates file</h3>
      <p>Your edited templates in one file, to keep or to use in another browser.</p>
      <button type="button" onClick={exportFile}>
        Export templates
      </button>
      <label htmlFor="tpl-import">Import templates</label>
      <input
        id="tpl-import"
        type="file"
        accept="application/json,.json"
        onChange={(e) => void importFile(e.currentTarget)}
      />
    </div>
  );
}
