/**
 * Turns a note's content into the text that goes into the EHR. Pure: the same content
 * always gives the same text, and nothing appears that the clinician did not enter or pick.
 */
import type { NoteContent, SectionDef, SectionEntry, Template } from './model';

/** One rendered section: a heading and its paragraphs, before any output format. */
export interface RenderedSection {
  id: string;
  title: string;
  paragraphs: string[];
}

/** Exactly what "No risk indicated" attests (E2E-CONTRACT.md, NOTE-SPEC.md §3). */
export const NO_RISK_SENTENCE =
  'No suicidal or homicidal ideation and no self-harm reported; risk assessed as low.';

/** Whether a section goes into the rendered note: record sections, or private ones opted in. */
export function isIncluded(section: SectionDef, content: NoteContent): boolean {
  return section.visibility === 'record' || content.includePrivate.includes(section.id);
}

function chipPhrase(section: SectionDef, chips: string[]): string | undefined {
  if (chips.length === 0) return undefined;
  const groupOf = (chip: string) => section.chipGroups?.find((g) => g.chips.includes(chip))?.label;
  const items = chips.map((chip) => {
    const group = section.chipsWithGroup ? groupOf(chip) : undefined;
    return group ? `${chip} (${group} level)` : chip;
  });
  return `${section.chipsLead ?? section.title}: ${items.join(', ')}.`;
}

function sectionParagraphs(section: SectionDef, entry: SectionEntry | undefined): string[] {
  if (!entry) return [];
  const paragraphs: string[] = [];
  if (section.kind === 'risk' && entry.fields?.noRiskIndicated === true) {
    paragraphs.push(NO_RISK_SENTENCE);
  }
  const chips = chipPhrase(section, entry.chips ?? []);
  if (chips) paragraphs.push(chips);
  const text = entry.text?.trim();
  if (text) paragraphs.push(...text.split(/\n\s*\n/).map((p) => p.trim()));
  return paragraphs;
}

/** The sections that will be inserted, in template order, empty ones left out. */
export function renderSections(template: Template, content: NoteContent): RenderedSection[] {
  return template.sections
    .filter((section) => isIncluded(section, content))
    .map((section) => ({
      id: section.id,
      title: section.title,
      paragraphs: sectionParagraphs(section, content.sections[section.id]),
    }))
    .filter((section) => section.paragraphs.length > 0);
}

/** Plain text for `<textarea>` fields: a heading line per section, a blank line between. */
export function renderText(template: Template, content: NoteContent): string {
  const blocks = renderSections(template, content).map((s) => [s.title, ...s.paragraphs].join('\n'));
  return [template.heading, ...blocks].join('\n\n');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** HTML for rich-text fields: bold headings and paragraphs, every piece of text escaped. */
export function renderHtml(template: Template, content: NoteContent): string {
  const paragraph = (line: string) => `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`;
  const blocks = renderSections(template, content).map(
    (s) => `<p><strong>${escapeHtml(s.title)}</strong></p>${s.paragraphs.map(paragraph).join('')}`,
  );
  return [`<p><strong>${escapeHtml(template.heading)}</strong></p>`, ...blocks].join('');
}
