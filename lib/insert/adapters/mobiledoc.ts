/**
 * Mobiledoc Kit (Ghost's editor until its move to Lexical, and others'): a synthetic paste,
 * which its own paste handling turns into sections (lib/insert/page-bridge.ts).
 * Fixture: tests/e2e/fixtures/mobiledoc.html.
 */
import { pageEditorAdapter } from './page-editor';

/** Mobiledoc Kit adds this class to the element it renders into. */
export const mobiledocAdapter = pageEditorAdapter('mobiledoc', '.__mobiledoc-editor', {
  // Its paste merges the first pasted section into the caret's, and drops an empty one
  // (<p></p>, <p><br></p>): a zero-width space is the least a lead section can hold, and
  // ends the clinician's paragraph unseen. The text after the caret keeps its own section.
  paragraphBreak: { kind: 'lead', emptyBlock: '<p>\u200b</p>', trailingBlock: '' },
});
