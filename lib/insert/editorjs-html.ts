/**
 * A note's blocks as the HTML Editor.js's paste turns into one block per paragraph. Its
 * paste keeps a `<p>` (its paragraph tool's paste tag) and the inline tools' tags (`<b>`,
 * not `<strong>`), but drops a `<br>` and the `<ul>`/`<li>` of a page without a list tool,
 * which ran lines and list items together ("Date: todayTime: 10"). So each line of a
 * paragraph and each list item becomes a paragraph of its own, an item led by "- " as in
 * the note's plain text. Fixture: tests/e2e/fixtures/editorjs.html.
 */
import { escapeHtml } from '../note/render';
import type { NoteBlock, NoteRun } from './note-blocks';

/** Runs split at their line breaks, one array of text runs per line. */
function lines(runs: NoteRun[]): { text: string; bold: boolean }[][] {
  const out: { text: string; bold: boolean }[][] = [[]];
  for (const run of runs) {
    if ('lineBreak' in run) out.push([]);
    else out.at(-1)!.push(run);
  }
  return out;
}

const paragraph = (runs: { text: string; bold: boolean }[], lead = ''): string => {
  const inner = runs.map((r) => (r.bold ? `<b>${escapeHtml(r.text)}</b>` : escapeHtml(r.text))).join('');
  return `<p>${escapeHtml(lead)}${inner}</p>`;
};

const hasText = (runs: { text: string }[]) => runs.some((r) => r.text.trim() !== '');

export function editorJsHtml(blocks: NoteBlock[]): string {
  return blocks
    .flatMap((block) =>
      block.kind === 'paragraph'
        ? lines(block.runs)
            .filter(hasText)
            .map((line) => paragraph(line))
        : block.items.flatMap((item) =>
            lines(item)
              .filter(hasText)
              .map((line, i) => paragraph(line, i === 0 ? '- ' : '')),
          ),
    )
    .join('');
}
