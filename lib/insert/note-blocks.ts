/**
 * A rendered note's HTML (lib/note/render.ts: paragraphs, bold runs, line breaks, bulleted
 * lists) as plain data, for editors whose model the page bridge can build directly instead
 * of handing the editor HTML to parse (lib/insert/page-bridge.ts). Anything beyond that
 * small vocabulary gives null, and the bridge keeps to the editor's own HTML path.
 */

/** A piece of a paragraph: text (bold or not), or a line break inside the paragraph. */
export type NoteRun = { text: string; bold: boolean } | { lineBreak: true };

export type NoteBlock = { kind: 'paragraph'; runs: NoteRun[] } | { kind: 'list'; items: NoteRun[][] };

const BOLD = new Set(['strong', 'b']);

/** The runs of an element's inline content, or null when it holds anything else. */
function inlineRuns(parent: Element, bold: boolean, runs: NoteRun[] = []): NoteRun[] | null {
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      const last = runs.at(-1);
      // Adjacent text of the same weight is one run, as the editor would keep it.
      if (last && 'text' in last && last.bold === bold) last.text += text;
      else if (text) runs.push({ text, bold });
      continue;
    }
    if (node.nodeType !== 1) return null;
    const el = node as Element;
    if (el.localName === 'br') runs.push({ lineBreak: true });
    else if (BOLD.has(el.localName) && el.attributes.length === 0) {
      if (!inlineRuns(el, true, runs)) return null;
    } else return null;
  }
  return runs;
}

/** The note's blocks, or null when its HTML holds more than paragraphs and bulleted lists. */
export function noteBlocks(html: string, doc: Document): NoteBlock[] | null {
  // An inert document: nothing in it loads or runs.
  const body = doc.implementation.createHTMLDocument('').body;
  body.innerHTML = html;
  const blocks: NoteBlock[] = [];
  for (const node of Array.from(body.childNodes)) {
    if (node.nodeType === 3 && !(node.textContent ?? '').trim()) continue;
    const el = node as Element;
    if (node.nodeType !== 1 || el.attributes.length > 0) return null;
    if (el.localName === 'p') {
      const runs = inlineRuns(el, false);
      if (!runs) return null;
      blocks.push({ kind: 'paragraph', runs });
    } else if (el.localName === 'ul') {
      const items: NoteRun[][] = [];
      for (const item of Array.from(el.children)) {
        const runs = item.localName === 'li' && item.attributes.length === 0 ? inlineRuns(item, false) : null;
        if (!runs) return null;
        items.push(runs);
      }
      if (el.children.length !== el.childNodes.length) return null;
      blocks.push({ kind: 'list', items });
    } else return null;
  }
  return blocks;
}
