/**
 * How e2e tests check that an inserted note starts a paragraph of its own instead of being
 * joined onto the clinician's last paragraph ("Existing text.Psychodynamic progress note").
 */

/** The first line of the default template's note, as every insert test renders it. */
export const NOTE_FIRST_LINE = 'Psychodynamic progress note';

/** The field's first two blocks when the note went in after "Existing text.": each its own. */
export const OWN_PARAGRAPHS = ['Existing text.', NOTE_FIRST_LINE];

const tidy = (text: string) => text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();

/**
 * The first block whole and the first line of the second (paragraphs, or lines of a plain
 * field), white space tidied: the note's later lines may share its first paragraph as
 * line breaks (Firefox's own editing, where a field's paragraphs are <div>s).
 */
export const firstTwoBlocks = ([first = '', second = '']: string[]): string[] => [
  tidy(first),
  tidy(second.split('\n')[0]!),
];

/** Where the mid-paragraph tests put the caret: after "Existing te", three keys left of the end. */
export const MID_CARET_LEFT_PRESSES = 3;

/** The caret's paragraph split around the note: its two halves, each a block of its own. */
export const SPLIT_AROUND = { before: 'Existing te', after: 'xt.' };

/**
 * The first block, the first line of the second and the last block (white space tidied),
 * to check a note inserted mid-paragraph: `['Existing te', NOTE_FIRST_LINE, 'xt.']` when
 * neither half of the clinician's paragraph was merged into the note.
 */
export const aroundNote = (blocks: string[]): string[] => [
  ...firstTwoBlocks(blocks),
  tidy(blocks.findLast((block) => tidy(block) !== '') ?? ''),
];
