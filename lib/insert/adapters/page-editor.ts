/**
 * The content-script half of every rich editor whose API lives in the page's JavaScript:
 * recognise its editing host by a selector, give it focus and the caret back, and let the
 * page bridge do the editor-specific work (lib/insert/page-bridge.ts).
 */
import type { InsertAdapter } from '../adapter';
import type { PageEditor } from '../bridge-protocol';
import { caretOrEnd, focusAtCaret } from '../caret';
import { locatorPath } from '../locator';
import { blockTextBeforeCaret, needsParagraphBreak, withParagraphBreak } from '../paragraph-break';

/** Lets the editor see the restored focus and selection (it syncs on selectionchange). */
const nextFrame = (win: Window) =>
  new Promise<void>((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * How the note gets a paragraph of its own after text in the caret's paragraph (seen in
 * the fixtures): `own` — the editor already starts a block for it (a break would add an
 * empty one); `lead` — the editor merges the first inserted block into the caret's
 * paragraph, so the note is led by this empty block; `split` — the editor keeps even an
 * empty first block, so the page bridge splits the paragraph in the same undo step.
 */
export type ParagraphBreak = { kind: 'own' } | { kind: 'lead'; emptyBlock: string } | { kind: 'split' };

export interface PageEditorOptions {
  paragraphBreak: ParagraphBreak;
}

export function pageEditorAdapter(
  editor: PageEditor,
  selector: string,
  { paragraphBreak }: PageEditorOptions,
): InsertAdapter {
  return {
    id: editor,
    detect: (el) => el.matches(selector),
    async read(el, ctx) {
      const result = await ctx.bridge({ editor, op: 'read', path: locatorPath(el), html: '', text: '' });
      if (!result.ok) throw new Error(result.error ?? 'unreadable');
      return result.text;
    },
    async insert(el, note, caret, ctx) {
      const needed = needsParagraphBreak(blockTextBeforeCaret(el, caretOrEnd(el, caret)));
      focusAtCaret(el, caret);
      await nextFrame(el.ownerDocument.defaultView ?? window);
      const sent =
        needed && paragraphBreak.kind === 'lead' ? withParagraphBreak(note, paragraphBreak.emptyBlock) : note;
      const split = needed && paragraphBreak.kind === 'split';
      const result = await ctx.bridge({ editor, op: 'insert', path: locatorPath(el), ...sent, split });
      return { accepted: result.ok, text: result.text };
    },
    async restore(el, _before, ctx) {
      await ctx.bridge({ editor, op: 'undo', path: locatorPath(el), html: '', text: '' });
    },
  };
}
