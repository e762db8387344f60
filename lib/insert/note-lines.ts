/**
 * The note as lines of inline HTML: bold kept, a <br> for each line, "- " before each list
 * item, a blank line where the note's plain text has one. For a caret inside a list item or
 * a table cell of a bare contenteditable, where both browsers' `insertHTML` of blocks goes
 * wrong (Blink puts the note into the next item or cell, Gecko splits the list around it):
 * lines of inline content stay in the item or cell the clinician chose, in both engines.
 */
import type { RenderedNote } from '../messages';
import { escapeHtml } from '../note/render';
import { type NoteBlock, type NoteRun, noteBlocks } from './note-blocks';

/** Plain text as HTML the browser inserts as that text: escaped, a <br> for each line break. */
export const plainTextHtml = (text: string): string => text.split('\n').map(escapeHtml).join('<br>');

const runsHtml = (runs: NoteRun[]): string =>
  runs
    .map((run) =>
      'lineBreak' in run
        ? '<br>'
        : run.bold
          ? `<strong>${escapeHtml(run.text)}</strong>`
          : escapeHtml(run.text),
    )
    .join('');

/**
 * A heading of the note (its title, a section group's heading): a paragraph that is one
 * bold run. A bold "Label:" alone leads a list inside its group and is no heading.
 */
const isHeading = (block: NoteBlock): boolean =>
  block.kind === 'paragraph' &&
  block.runs.length === 1 &&
  'text' in block.runs[0]! &&
  block.runs[0].bold &&
  !block.runs[0].text.trimEnd().endsWith(':');

/**
 * The note's HTML (lib/note/render.ts) as lines, or its plain text as lines where the HTML
 * holds more than paragraphs, bold runs, line breaks and bulleted lists. As in the plain
 * text, a blank line comes after the title and before each later heading.
 */
export function noteLinesHtml(note: RenderedNote, doc: Document): string {
  const blocks = noteBlocks(note.html, doc);
  if (!blocks) return plainTextHtml(note.text);
  return blocks
    .map((block, index) => {
      const lines =
        block.kind === 'paragraph'
          ? runsHtml(block.runs)
          : block.items.map((item) => `- ${runsHtml(item)}`).join('<br>');
      if (index === 0) return lines;
      return `${index === 1 || isHeading(block) ? '<br><br>' : '<br>'}${lines}`;
    })
    .join('');
}
