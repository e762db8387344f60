/**
 * Turns a note's content into the text that goes into the EHR. Pure: the same content
 * always gives the same text, and nothing appears that the clinician did not enter or pick
 * (the frame's CPT line is computed from the times entered, and says only the code).
 * Third person, past tense; "client" or "patient" as the clinician chooses.
 */
import { sectionBlocks, type Block } from './blocks';
import { frameLines } from './frame-lines';
import { inLastQuarter } from './frame';
import { DEFAULT_LAYOUT, findLayout, layoutHeading, type LayoutId } from './layouts';
import type { NoteContent, SectionDef, Template } from './model';
import type { Wording } from './phrases';

export { NO_RISK_SENTENCE } from './risk';
export type { Block } from './blocks';

export interface RenderOptions {
  layout?: LayoutId;
  wording?: Wording;
}

/** One rendered section: its title, the layout heading it goes under, and its blocks. */
export interface RenderedSection {
  id: string;
  title: string;
  heading: string;
  blocks: Block[];
}

/** Whether a section goes into the rendered note: record sections, or private ones opted in. */
export function isIncluded(section: SectionDef, content: NoteContent): boolean {
  return section.visibility === 'record' || content.includePrivate.includes(section.id);
}

/**
 * The sections the panel shows for this note: not hidden by the clinician, and STPP's
 * ending section only in the last quarter of the course.
 */
export function visibleSections(template: Template, content: NoteContent): SectionDef[] {
  return template.sections.filter(
    (section) => !section.hidden && (!section.lastQuarterOnly || inLastQuarter(content.frame)),
  );
}

/** The sections that will be inserted, in template order, empty ones left out. */
export function renderSections(
  template: Template,
  content: NoteContent,
  options: RenderOptions = {},
): RenderedSection[] {
  const layout = findLayout(options.layout ?? DEFAULT_LAYOUT);
  return visibleSections(template, content)
    .filter((section) => isIncluded(section, content))
    .map((section) => ({
      id: section.id,
      title: section.title,
      heading: layoutHeading(layout, section),
      blocks: sectionBlocks(section, content.sections[section.id], options.wording),
    }))
    .filter((section) => section.blocks.length > 0);
}

interface Group {
  heading: string;
  sections: RenderedSection[];
}

/** Sections under their layout headings, headings in the layout's order. */
function groups(template: Template, content: NoteContent, options: RenderOptions): Group[] {
  const layout = findLayout(options.layout ?? DEFAULT_LAYOUT);
  const sections = renderSections(template, content, options);
  if (!layout.headings) return sections.map((s) => ({ heading: s.title, sections: [s] }));
  return layout.headings
    .map((h) => ({ heading: h.heading, sections: sections.filter((s) => s.heading === h.heading) }))
    .filter((g) => g.sections.length > 0);
}

/** Under a SOAP/DAP/BIRP heading each section is labelled by its own title. */
const labelledWithin = (group: Group) =>
  group.sections.length > 1 || group.heading !== group.sections[0]?.title;

/**
 * The label for a section inside a layout heading, unless its first paragraph already
 * names it ("Interventions used: …" needs no "Interventions:" in front).
 */
function labelFor(group: Group, section: RenderedSection): string | undefined {
  if (!labelledWithin(group)) return undefined;
  const first = section.blocks[0];
  return first?.kind === 'paragraph' && first.namesSection ? undefined : section.title;
}

function textBlocks(blocks: Block[], label?: string): string[] {
  const lines: string[] = [];
  blocks.forEach((block, index) => {
    const prefix = index === 0 && label ? `${label}:` : undefined;
    if (block.kind === 'paragraph') {
      lines.push(prefix ? `${prefix} ${block.text}` : block.text);
    } else {
      if (prefix) lines.push(prefix);
      lines.push(...block.items.map((item) => `- ${item}`));
    }
  });
  return lines;
}

/** Plain text for `<textarea>` fields: a heading line per section, a blank line between. */
export function renderText(template: Template, content: NoteContent, options: RenderOptions = {}): string {
  const wording = options.wording ?? 'client';
  const frame = frameLines(content.frame, template.intake === true, wording);
  const blocks = groups(template, content, options).map((group) => {
    const body = group.sections.flatMap((s) => textBlocks(s.blocks, labelFor(group, s)));
    return [group.heading, ...body].join('\n');
  });
  return [template.heading, ...(frame.length > 0 ? [frame.join('\n')] : []), ...blocks].join('\n\n');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const htmlParagraph = (text: string, label?: string) =>
  `<p>${label ? `<strong>${escapeHtml(label)}:</strong> ` : ''}${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;

function htmlBlocks(blocks: Block[], label?: string): string {
  return blocks
    .map((block, index) => {
      const lead = index === 0 ? label : undefined;
      if (block.kind === 'paragraph') return htmlParagraph(block.text, lead);
      const list = `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      return lead ? `<p><strong>${escapeHtml(lead)}:</strong></p>${list}` : list;
    })
    .join('');
}

const heading = (text: string) => `<p><strong>${escapeHtml(text)}</strong></p>`;

/** HTML for rich-text fields: bold headings, paragraphs and lists, every piece of text escaped. */
export function renderHtml(template: Template, content: NoteContent, options: RenderOptions = {}): string {
  const wording = options.wording ?? 'client';
  const frame = frameLines(content.frame, template.intake === true, wording);
  const frameHtml =
    frame.length > 0
      ? `<p>${frame.map((line) => escapeHtml(line).replace(/\n/g, '<br>')).join('<br>')}</p>`
      : '';
  const blocks = groups(template, content, options).map((group) => {
    return (
      heading(group.heading) + group.sections.map((s) => htmlBlocks(s.blocks, labelFor(group, s))).join('')
    );
  });
  return [heading(template.heading), frameHtml, ...blocks].join('');
}

/** The "Fill fields" part holding the note's title and session details (date, times, CPT). */
export const SESSION_PART = 'Session details';

/** One piece of the note for one host field in "Fill fields" mode, keyed by its heading. */
export interface NotePart {
  key: string;
  text: string;
  html: string;
}

/**
 * The parts a note can be split into for a multi-field EHR, in order: session details,
 * then one per layout heading (SOAP: Subjective, Objective, Assessment, Plan) or, in the
 * psychodynamic layout, one per section that goes into the record. Private sections are
 * listed only when opted in for this note, exactly as for a whole-note insert.
 */
export function partKeys(template: Template, content: NoteContent, options: RenderOptions = {}): string[] {
  const layout = findLayout(options.layout ?? DEFAULT_LAYOUT);
  const headings = layout.headings
    ? layout.headings.map((h) => h.heading)
    : visibleSections(template, content)
        .filter((s) => isIncluded(s, content))
        .map((s) => s.title);
  return [SESSION_PART, ...headings];
}

/** The parts that have something to say, each without its heading (the host field's label says it). */
export function renderParts(
  template: Template,
  content: NoteContent,
  options: RenderOptions = {},
): NotePart[] {
  const wording = options.wording ?? 'client';
  const frame = frameLines(content.frame, template.intake === true, wording);
  const session: NotePart[] =
    frame.length > 0
      ? [
          {
            key: SESSION_PART,
            text: [template.heading, ...frame].join('\n'),
            html:
              heading(template.heading) +
              `<p>${frame.map((l) => escapeHtml(l).replace(/\n/g, '<br>')).join('<br>')}</p>`,
          },
        ]
      : [];
  return [
    ...session,
    ...groups(template, content, options).map((group) => ({
      key: group.heading,
      text: group.sections.flatMap((s) => textBlocks(s.blocks, labelFor(group, s))).join('\n'),
      html: group.sections.map((s) => htmlBlocks(s.blocks, labelFor(group, s))).join(''),
    })),
  ];
}
