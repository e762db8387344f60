/**
 * What the options page's template editor does to a template, as pure functions: change a
 * section, move it one place, turn a chips box into chips and back, say in plain words what
 * keeps a template from being saved, and decide which templates need storing at all (an
 * untouched built-in is not stored, so later fixes to the built-ins reach the clinician).
 * Shape and limits are checked once more by template-store.ts where data is stored.
 */
import type { SectionDef, Template } from './model';
import { moveSection, templateProblems } from './template-store';
import { BUILT_IN_TEMPLATES } from './templates';

/** What the editor may change in a section; kind, role and extras stay as the template made them. */
export type SectionPatch = Partial<
  Pick<SectionDef, 'title' | 'prompt' | 'visibility' | 'required' | 'hidden' | 'chipGroups'>
>;

/** Limits shown by the editor's inputs; the same as template-store.ts enforces. */
export const LIMITS = { name: 120, heading: 200, title: 120, prompt: 300, chip: 80 } as const;

/** The label of the chip group a section gets when the clinician adds chips to it. */
export const NEW_CHIPS_LABEL = 'Quick picks';

export function updateSection(template: Template, id: string, patch: SectionPatch): Template {
  return {
    ...template,
    sections: template.sections.map((s) => {
      if (s.id !== id) return s;
      const next: SectionDef = { ...s, ...patch };
      // "Not hidden" is the default: store it as absent, so an undone hide is no change at all.
      if (!next.hidden) delete next.hidden;
      if (next.chipGroups?.length === 0) delete next.chipGroups;
      return next;
    }),
  };
}

/** Moves a section one place up (-1) or down (+1); at either end it stays where it is. */
export function moveSectionBy(template: Template, id: string, by: -1 | 1): Template {
  const index = template.sections.findIndex((s) => s.id === id);
  if (index < 0) return template;
  return moveSection(template, id, index + by);
}

const builtInSectionIds = (templateId: string): string[] =>
  BUILT_IN_TEMPLATES.find((b) => b.id === templateId)?.sections.map((s) => s.id) ?? [];

/**
 * Sections the clinician added can be removed; a built-in template's own sections can only
 * be hidden, since drafts and carry-forward refer to their ids.
 */
export function canRemoveSection(template: Template, id: string): boolean {
  const section = template.sections.find((s) => s.id === id);
  return section !== undefined && section.kind === 'text' && !builtInSectionIds(template.id).includes(id);
}

export function removeSection(template: Template, id: string): Template {
  if (!canRemoveSection(template, id)) return template;
  return { ...template, sections: template.sections.filter((s) => s.id !== id) };
}

/** One chip per line, as the editor's chips box shows them; the box's lines go back as they are. */
export const chipsToText = (chips: string[]): string => chips.join('\n');
export const textToLines = (text: string): string[] => text.split('\n');

/** Chips as stored: trimmed, empty lines dropped, each chip once. */
export const tidyChips = (chips: string[]): string[] => [
  ...new Set(chips.map((c) => c.trim()).filter((c) => c !== '')),
];

/**
 * The template as it is saved: the editor keeps what the clinician typed as typed (stray
 * spaces, blank lines in a chips box) so typing is never fought; this tidies it once.
 */
export function tidyTemplate(template: Template): Template {
  return {
    ...template,
    name: template.name.trim(),
    heading: template.heading.trim(),
    sections: template.sections.map((section) => {
      const tidy: SectionDef = { ...section, title: section.title.trim(), prompt: section.prompt.trim() };
      const groups = section.chipGroups
        ?.map((g) => ({ ...g, chips: tidyChips(g.chips) }))
        .filter((g) => g.chips.length > 0);
      if (groups && groups.length > 0) tidy.chipGroups = groups;
      else delete tidy.chipGroups;
      return tidy;
    }),
  };
}

/**
 * Why this template cannot be saved as it is, one sentence each, in the words of the form
 * (not of the file format). Empty = it can be saved.
 */
export function editProblems(template: Template): string[] {
  const problems: string[] = [];
  const name = template.name.trim();
  if (!name) problems.push('Give the template a name.');
  if (!template.heading.trim()) problems.push(`Give ${name ? `“${name}”` : 'the template'} a note heading.`);
  const called = name ? `“${name}”` : 'This template';
  template.sections.forEach((section, i) => {
    if (!section.title.trim()) problems.push(`Section ${i + 1} of ${called} needs a title.`);
    for (const group of section.chipGroups ?? []) {
      const long = group.chips.find((c) => c.length > LIMITS.chip);
      if (long) problems.push(`The chip “${long.slice(0, 30)}…” is longer than ${LIMITS.chip} characters.`);
    }
  });
  const titles = template.sections.map((s) => s.title.trim().toLowerCase()).filter(Boolean);
  const twice = template.sections.find((s, i) => titles.indexOf(s.title.trim().toLowerCase()) !== i);
  // The panel names each section's text box by its title: two alike could not be told apart.
  if (twice && twice.title.trim())
    problems.push(`Two sections of ${called} are called “${twice.title.trim()}”.`);
  for (const problem of templateProblems(template)) problems.push(`${called}: ${problem}.`);
  return problems;
}

/** Key order and absent-vs-undefined do not make two templates different. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).toSorted(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export const sameTemplate = (a: Template, b: Template): boolean => canonical(a) === canonical(b);

/** The templates worth storing: every own template, and built-ins only where edited. */
export function storedCopies(templates: Template[]): Template[] {
  return templates.filter((t) => {
    const builtIn = BUILT_IN_TEMPLATES.find((b) => b.id === t.id);
    return !builtIn || !sameTemplate(builtIn, t);
  });
}

/** Imported templates replace those with the same id; the rest are kept, order kept. */
export function mergeTemplates(current: Template[], incoming: Template[]): Template[] {
  const replaced = current.map((t) => incoming.find((i) => i.id === t.id) ?? t);
  const added = incoming.filter((i) => !current.some((t) => t.id === i.id));
  return [...replaced, ...added];
}
