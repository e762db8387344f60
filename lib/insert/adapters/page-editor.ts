/**
 * The content-script half of every rich editor whose API lives in the page's JavaScript:
 * recognise its editing host by a selector, give it focus and the caret back, and let the
 * page bridge do the editor-specific work (lib/insert/page-bridge.ts).
 */
import type { InsertAdapter } from '../adapter';
import type { PageEditor } from '../bridge-protocol';
import { focusAtCaret } from '../caret';
import { locatorPath } from '../locator';

/** Lets the editor see the restored focus and selection (it syncs on selectionchange). */
const nextFrame = (win: Window) =>
  new Promise<void>((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)));

export function pageEditorAdapter(editor: PageEditor, selector: string): InsertAdapter {
  return {
    id: editor,
    detect: (el) => el.matches(selector),
    async read(el, ctx) {
      const result = await ctx.bridge({ editor, op: 'read', path: locatorPath(el), html: '', text: '' });
      if (!result.ok) throw new Error(result.error ?? 'unreadable');
      return result.text;
    },
    async insert(el, note, caret, ctx) {
      focusAtCaret(el, caret);
      await nextFrame(el.ownerDocument.defaultView ?? window);
      const result = await ctx.bridge({ editor, op: 'insert', path: locatorPath(el), ...note });
      return { accepted: result.ok, text: result.text };
    },
    async restore(el, _before, ctx) {
      await ctx.bridge({ editor, op: 'undo', path: locatorPath(el), html: '', text: '' });
    },
  };
}
