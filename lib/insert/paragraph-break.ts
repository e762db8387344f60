/**
 * Keeps an inserted note off the end of the clinician's paragraph. Inserted at the end of
 * (or inside) a paragraph that already holds text, most editors merge the note's first
 * block into it ("Existing text.Psychodynamic progress note"); in an empty paragraph the
 * note belongs right there, with no empty paragraph added before it.
 */
import type { RenderedNote } from '../messages';
import { squash } from './text-compare';

/** Elements that make a paragraph (block) of their own in the editors Reverie inserts into. */
const BLOCK_TAGS = new Set([
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

/** The text of the current line of a plain field up to the caret. */
export function lineBeforeCaret(value: string, caret: number): string {
  const before = value.slice(0, caret);
  return before.slice(before.lastIndexOf('\n') + 1);
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

/**
 * The text between the start of the caret's paragraph (its nearest block element inside
 * the editing host `el`, or `el` itself) and the caret.
 */
export function blockTextBeforeCaret(el: HTMLElement, caret: Range): string {
  const [startContainer, startOffset] = deepest(caret.startContainer, caret.startOffset);
  let block: Node | null = startContainer;
  while (block && block !== el && !(block.nodeType === 1 && BLOCK_TAGS.has((block as Element).localName)))
    block = block.parentNode;
  if (!block || !el.contains(block)) return '';
  const range = el.ownerDocument.createRange();
  range.setStart(block, 0);
  range.setEnd(startContainer, startOffset);
  return range.toString();
}

/**
 * The note led by an empty block (HTML, `<p></p>` unless the editor drops those) and a
 * line break (text). Editors that merge the first inserted block into the caret's
 * paragraph merge the empty one, so the note's own first line starts the next paragraph;
 * a paste of plain text splits at the break.
 */
export function withParagraphBreak(note: RenderedNote, emptyBlock = '<p></p>'): RenderedNote {
  return { text: `\n${note.text}`, html: `${emptyBlock}${note.html}` };
}
