/**
 * Read-back comparison. Editors re-flow text (paragraphs become <p>, newlines become
 * <br>, single-line inputs drop them), so text is compared with all white space removed.
 * A list item's "- " in the note's plain text is dropped too: a rich field shows the item
 * as a list item, whose text has no marker (the goals are such a list).
 */
export function squash(text: string): string {
  return text.replace(/(^|\n)[ \t\u00a0]*[-•][ \t\u00a0]+/g, '$1').replace(/[\s\u00a0\u200b]+/g, '');
}

/** How many times `needle` occurs in `haystack`, both squashed. */
export function countOccurrences(haystack: string, needle: string): number {
  const h = squash(haystack);
  const n = squash(needle);
  if (!n) return 0;
  let count = 0;
  for (let at = h.indexOf(n); at !== -1; at = h.indexOf(n, at + n.length)) count += 1;
  return count;
}
