/**
 * The text around the caret in a field the browser edits as plain text
 * (`contenteditable="plaintext-only"`, lib/insert/adapters/plaintext-only.ts). Its lines
 * end in "\n" characters (both browsers' own Enter under `white-space: pre-wrap`), <br>
 * elements (Firefox's otherwise) or, after other tools' edits, blocks: each is one line
 * break here.
 */
import { BLOCK_TAGS } from './paragraph-break';

/** The text in `root` with a "\n" for each <br> and one before each block's line. */
export function textWithLineBreaks(root: Node): string {
  let text = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      if (child.nodeType !== 1) continue;
      const name = (child as Element).localName;
      if (name === 'br') text += '\n';
      else {
        if (BLOCK_TAGS.has(name) && text !== '' && !text.endsWith('\n')) text += '\n';
        walk(child);
      }
    }
  };
  walk(root);
  return text;
}

/** The field's text from its start to the caret (`before`), or from the caret to its end. */
export function plainTextBeside(el: HTMLElement, caret: Range, side: 'before' | 'after'): string {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  if (side === 'before') range.setEnd(caret.startContainer, caret.startOffset);
  else range.setStart(caret.endContainer, caret.endOffset);
  return textWithLineBreaks(range.cloneContents());
}

/**
 * From the caret over the white space after it to the end of the first other character, or
 * null when only white space follows. Inserted again after the note, that stretch ends what
 * is inserted with text: Chromium drops the last <br> of an insertHTML (it takes it for the
 * placeholder an empty line ends in), so a note ending in line breaks would lose one.
 */
export function throughNextCharacter(el: HTMLElement, caret: Range): Range | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const rest = doc.createRange();
  rest.selectNodeContents(el);
  rest.setStart(caret.endContainer, caret.endOffset);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!rest.intersectsNode(node)) continue;
    const text = node.nodeValue ?? '';
    const from = node === caret.endContainer ? caret.endOffset : 0;
    const at = text.slice(from).search(/\S/);
    if (at < 0) continue;
    // The whole character: an emoji or other astral character is two UTF-16 units.
    const width = (text.codePointAt(from + at) ?? 0) > 0xffff ? 2 : 1;
    rest.setEnd(node, from + at + width);
    return rest;
  }
  return null;
}
