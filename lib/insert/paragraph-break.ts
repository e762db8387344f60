/**
 * Keeps an inserted note apart from the clinician's paragraph. Inserted after text in a
 * paragraph, most editors merge the note's first block into it ("Existing
 * text.Psychodynamic progress note"); inserted before text (the caret at the start or in
 * the middle of a paragraph), they merge the note's last block with what follows the
 * caret ("…no risk indicated.ore"). Only where the caret's paragraph has text on that
 * side does the note get a break: in an empty paragraph it belongs right there, with no
 * empty paragraph added around it.
 */
import type { RenderedNote } from '../messages';
import { squash } from './text-compare';

/** Elements that make a paragraph (block) of their own in the editors Reverie inserts into. */
export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'td',
  'th',
  'dd',
  'dt',
  'section',
  'article',
  'body',
]);

/** Whether the note must open a paragraph of its own: its paragraph has text before the caret. */
export function needsParagraphBreak(textBeforeCaret: string): boolean {
  return squash(textBeforeCaret) !== '';
}

/** Which sides of the note need a paragraph break: where the caret's paragraph has text. */
export interface Breaks {
  before: boolean;
  after: boolean;
}

/** The breaks the note needs from the text of the caret's paragraph before and after it. */
export function paragraphBreaks(textBeforeCaret: string, textAfterCaret: string): Breaks {
  return { before: needsParagraphBreak(textBeforeCaret), after: needsParagraphBreak(textAfterCaret) };
}

/** How many line breaks `text` has in its white space run at the start (`end`: at the end). */
function newlinesAt(text: string, end: boolean): number {
  const run = (end ? /\s*$/ : /^\s*/).exec(text)?.[0] ?? '';
  return run.split('\n').length - 1;
}

/** The line breaks missing for a blank line between the note and `text` (none beside no text). */
const blankLineTo = (text: string, atEnd: boolean): string =>
  squash(text) === '' ? '' : '\n'.repeat(Math.max(0, 2 - newlinesAt(text, atEnd)));

/**
 * What a plain field's note needs around it to be paragraphs of its own, as its sections
 * are among themselves: a blank line between it and text before or after the caret (a
 * textarea), or a space (a single-line input, which has no lines). Nothing at the field's
 * start or end, and only the line breaks missing where some are already there.
 */
export function plainFieldBreaks(
  value: string,
  start: number,
  end: number,
  multiline: boolean,
): { lead: string; trail: string } {
  const before = value.slice(0, start);
  const after = value.slice(end);
  if (!multiline)
    return {
      lead: before && !/\s$/.test(before) ? ' ' : '',
      trail: after && !/^\s/.test(after) ? ' ' : '',
    };
  return { lead: blankLineTo(before, true), trail: blankLineTo(after, false) };
}

const isBlankText = (node: Node | undefined) => node?.nodeType === 3 && squash(node.textContent ?? '') === '';

/**
 * The same caret position as deep in the tree as it goes: a caret "after the last
 * paragraph" (the field's end, as `endOf` gives it) is in that paragraph, empty or not.
 */
function deepest(container: Node, offset: number): [Node, number] {
  let node = container;
  let at = offset;
  while (node.nodeType === 1 && at > 0) {
    // Source formatting between paragraphs is no place for a caret.
    let index = at - 1;
    while (index > 0 && isBlankText(node.childNodes[index])) index -= 1;
    const child = node.childNodes[index];
    if (!child || (child.nodeType !== 1 && child.nodeType !== 3)) break;
    node = child;
    at = child.nodeType === 3 ? (child.textContent ?? '').length : child.childNodes.length;
  }
  return [node, at];
}

/** Stands for a <br> while the text beside the caret is read: it ends a line. */
const LINE_END = '\u2029';

/**
 * The text of the caret's line: its paragraph (nearest block element inside the editing
 * host `el`, or `el` itself) from its start, or the last line break (<br>) before the
 * caret, to the caret; or (`side` 'after') from the caret to the paragraph's end or the
 * next line break. A line after a <br> is a paragraph of its own to the clinician (Trix
 * has no other kind; Shift+Enter makes one anywhere).
 */
function blockTextBeside(el: HTMLElement, caret: Range, side: 'before' | 'after'): string {
  const [container, offset] = deepest(caret.startContainer, caret.startOffset);
  const block = blockAround(el, container);
  if (!block) return '';
  const range = el.ownerDocument.createRange();
  if (side === 'before') {
    range.setStart(block, 0);
    range.setEnd(container, offset);
  } else {
    range.setStart(container, offset);
    range.setEnd(block, block.childNodes.length);
  }
  const part = range.cloneContents();
  for (const br of part.querySelectorAll('br')) br.replaceWith(LINE_END);
  const lines = (part.textContent ?? '').split(LINE_END);
  return (side === 'before' ? lines.at(-1) : lines[0]) ?? '';
}

/** The nearest block element around `node` inside the editing host `el`, or `el` itself. */
function blockAround(el: HTMLElement, node: Node): Node | null {
  let block: Node | null = node;
  while (block && block !== el && !(block.nodeType === 1 && BLOCK_TAGS.has((block as Element).localName)))
    block = block.parentNode;
  return block && el.contains(block) ? block : null;
}

/** The caret's paragraph in the rich field `el` (see `blockTextBeside`), or `el` itself. */
export const caretBlock = (el: HTMLElement, caret: Range): Node | null =>
  blockAround(el, deepest(caret.startContainer, caret.startOffset)[0]);

/** The text between the start of the caret's paragraph and the caret. */
export const blockTextBeforeCaret = (el: HTMLElement, caret: Range): string =>
  blockTextBeside(el, caret, 'before');

/** The text between the caret and the end of its paragraph. */
export const blockTextAfterCaret = (el: HTMLElement, caret: Range): string =>
  blockTextBeside(el, caret, 'after');

/** The breaks a note inserted at `caret` in the rich field `el` needs (see `paragraphBreaks`). */
export const breaksAtCaret = (el: HTMLElement, caret: Range): Breaks =>
  paragraphBreaks(blockTextBeforeCaret(el, caret), blockTextAfterCaret(el, caret));

/**
 * The note led (and, `after`, followed) by an empty block (HTML, `<p></p>` unless the
 * editor drops those) and a line break (text). Editors that merge the first inserted block
 * into the caret's paragraph, and the last into the rest of it, merge the empty ones, so
 * the note's own first and last lines stay paragraphs of their own; a paste of plain text
 * splits at the breaks.
 */
export function withParagraphBreaks(
  note: RenderedNote,
  breaks: Breaks,
  emptyBlock = '<p></p>',
  trailingBlock = emptyBlock,
): RenderedNote {
  const lead = breaks.before ? ['\n', emptyBlock] : ['', ''];
  const trail = breaks.after ? ['\n', trailingBlock] : ['', ''];
  return { text: `${lead[0]}${note.text}${trail[0]}`, html: `${lead[1]}${note.html}${trail[1]}` };
}

/**
 * Blink's and WebKit's mark, in HTML they put on the clipboard, for a paragraph break at
 * the start or end of what was copied. Their `insertHTML` merges the first inserted block
 * into the text before the caret and the last into the text after it, unless the HTML
 * starts (ends) with this mark: then they split the caret's paragraph there instead, with
 * no blank line added (a leading `<p></p>` is dropped, `<p><br></p>` stays a blank line).
 * Split at the end of the field's last paragraph, Blink leaves an empty `<p></p>` behind
 * it, which draws nothing.
 */
export const INTERCHANGE_NEWLINE = '<br class="Apple-interchange-newline">';

/**
 * The note's HTML for the browser's own `insertHTML` at a caret that needs `breaks`.
 * Gecko keeps the inserted blocks apart from both halves of the caret's paragraph by
 * itself, and would keep the mark as a line break, so it gets the note alone.
 */
export function htmlForBrowserEditing(html: string, breaks: Breaks, gecko: boolean): string {
  if (gecko) return html;
  return `${breaks.before ? INTERCHANGE_NEWLINE : ''}${html}${breaks.after ? INTERCHANGE_NEWLINE : ''}`;
}
