/**
 * What stands between a draft and insertion. Blocking problems stop Insert; warnings are
 * shown but do not.
 */
import type { NoteContent, Template } from './model';

export interface Problem {
  sectionId: string;
  /** Short, shown in the status region, e.g. "Risk not documented". */
  message: string;
}

export interface Validation {
  blocking: Problem[];
  warnings: Problem[];
}

export function validateForInsert(template: Template, content: NoteContent): Validation {
  const blocking: Problem[] = [];
  for (const section of template.sections) {
    const entry = content.sections[section.id];
    if (section.kind === 'risk') {
      // Risk is never defaulted: only an explicit tick or written assessment documents it.
      const documented = entry?.fields?.noRiskIndicated === true || Boolean(entry?.text?.trim());
      if (!documented) blocking.push({ sectionId: section.id, message: 'Risk not documented' });
      continue;
    }
    if (section.required && !entry?.text?.trim() && !entry?.chips?.length) {
      blocking.push({ sectionId: section.id, message: `${section.title} is required` });
    }
  }
  return { blocking, warnings: [] };
}
