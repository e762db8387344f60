/**
 * One template in the editor: its name and note heading, its sections in order (with what
 * is hidden, private or required), the chosen section's settings, and a form to add one.
 * Edits go to the working copy the parent holds; nothing is stored until Save templates.
 */
import { useState } from 'react';
import { TextField } from '@/components/fields';
import type { Template } from '@/lib/note/model';
import {
  canRemoveSection,
  LIMITS,
  moveSectionBy,
  removeSection,
  updateSection,
} from '@/lib/note/template-edit';
import { addSection } from '@/lib/note/template-store';
import { focusSoon, SectionSettings } from './SectionSettings';

interface Props {
  template: Template;
  onChange: (template: Template) => void;
  onMessage: (message: string) => void;
}

const marks = (s: Template['sections'][number]) =>
  [s.hidden && 'hidden', s.visibility === 'private' && 'private', s.required && 'required'].filter(Boolean);

export function TemplateEditor({ template, onChange, onMessage }: Props) {
  const [chosen, setChosen] = useState(template.sections[0]?.id ?? '');
  const [newTitle, setNewTitle] = useState('');
  const [newPrompt, setNewPrompt] = useState('');
  const index = Math.max(
    0,
    template.sections.findIndex((s) => s.id === chosen),
  );
  const section = template.sections[index];
  const count = template.sections.length;

  const move = (by: -1 | 1) => {
    if (!section) return;
    const to = index + by;
    if (to < 0 || to >= count) {
      onMessage(`${section.title} is already ${by < 0 ? 'first' : 'last'}.`);
      return;
    }
    onChange(moveSectionBy(template, section.id, by));
    onMessage(`${section.title} moved to place ${to + 1} of ${count}.`);
  };

  const add = () => {
    const title = newTitle.trim();
    if (!title) return onMessage('Give the new section a title — nothing was added.');
    if (template.sections.some((s) => s.title.trim().toLowerCase() === title.toLowerCase()))
      return onMessage(`There is already a section called “${title}” — nothing was added.`);
    const added = addSection(template, title, newPrompt.trim());
    onChange(added);
    setChosen(added.sections.at(-1)!.id);
    setNewTitle('');
    setNewPrompt('');
    onMessage(`Section “${title}” added at the end. Press Save templates to use it.`);
  };

  const remove = () => {
    if (!section) return;
    onChange(removeSection(template, section.id));
    setChosen(template.sections[index === 0 ? 1 : index - 1]?.id ?? '');
    onMessage(`Section “${section.title}” removed. Press Save templates to keep it so.`);
    focusSoon('tpl-section-choice');
  };

  return (
    <div className="template-editor">
      <TextField
        id="tpl-name"
        label="Template name"
        value={template.name}
        maxLength={LIMITS.name}
        onChange={(name) => onChange({ ...template, name })}
      />
      <TextField
        id="tpl-heading"
        label="Note heading"
        value={template.heading}
        maxLength={LIMITS.heading}
        onChange={(heading) => onChange({ ...template, heading })}
      />

      <h3 id="tpl-order-title">Sections in order</h3>
      <ol className="section-order" aria-labelledby="tpl-order-title">
        {template.sections.map((s) => (
          <li key={s.id} className={s.hidden ? 'is-hidden' : undefined}>
            {s.title.trim() || '(no title yet)'}
            {marks(s).length > 0 && <span className="marks"> — {marks(s).join(', ')}</span>}
          </li>
        ))}
      </ol>

      <label htmlFor="tpl-section-choice">Section to edit</label>
      <select id="tpl-section-choice" value={section?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
        {template.sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title.trim() || '(no title yet)'}
          </option>
        ))}
      </select>
      {section && (
        <SectionSettings
          section={section}
          position={index + 1}
          count={count}
          onChange={(patch) => onChange(updateSection(template, section.id, patch))}
          onMove={move}
          onRemove={canRemoveSection(template, section.id) ? remove : undefined}
        />
      )}

      <fieldset className="add-section">
        <legend>Add a section</legend>
        <TextField
          id="tpl-new-title"
          label="New section title"
          value={newTitle}
          maxLength={LIMITS.title}
          onChange={setNewTitle}
        />
        <TextField
          id="tpl-new-prompt"
          label="New section prompt"
          value={newPrompt}
          maxLength={LIMITS.prompt}
          onChange={setNewPrompt}
        />
        <button type="button" onClick={add}>
          Add section
        </button>
      </fieldset>
    </div>
  );
}
