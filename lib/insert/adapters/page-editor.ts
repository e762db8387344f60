/**
 * The content-script half of every rich editor whose API lives in the page's JavaScript:
 * recognise its editing host by a selector, give it focus and the caret back, and let the
 * page bridge do the editor-specific work (lib/insert/page-bridge.ts).
 */
import type { RenderedNote } from '../../messages';
import type { InsertAdapter } from '../adapter';
import type { PageEditor } from '../bridge-protocol';
import { caretOrEnd, focusAtCaret } from '../caret';
import { locatorPath } from '../locator';
import { noteBlocks } from '../note-blocks';
import { breaksAtCaret, withParagraphBreaks } from '../paragraph-break';
import { squash } from '../text-compare';

/**
 * How the note gets paragraphs of its own beside text in the caret's paragraph, before
 * the caret and after it (seen in the fixtures): `own` — the editor already keeps the
 * note's blocks apart from the halves of the paragraph (a break would add an empty one);
 * `lead` — the editor merges the first inserted block into the text before the caret and
 * the last into the text after it, so the note is led by `emptyBlock` and followed by
 * `trailingBlock` (default: the same), which take the merges; `split` — the editor keeps
 * even an empty block, so the page bridge splits the paragraph there in the same undo step.
 */
export type ParagraphBreak =
  { kind: 'own' } | { kind: 'lead'; emptyBlock: string; trailingBlock?: string } | { kind: 'split' };

export interface PageEditorOptions {
  paragraphBreak: ParagraphBreak;
  /** The bridge builds the editor's model from the note's blocks (`BridgeCall.blocks`). */
  modelBlocks?: boolean;
  /** The note as this editor's paste takes it whole (HTML the editor would drop parts of). */
  shapeNote?: (note: RenderedNote, doc: Document) => RenderedNote;
  /** The adapter's own name where two adapters share one bridge case (default: the editor). */
  id?: string;
}

export function pageEditorAdapter(
  editor: PageEditor,
  selector: string,
  { paragraphBreak, modelBlocks = false, shapeNote, id = editor }: PageEditorOptions,
): InsertAdapter {
  return {
    id,
    detect: (el) => el.matches(selector),
    async read(el, ctx) {
      const result = await ctx.bridge({ editor, op: 'read', path: locatorPath(el), html: '', text: '' });
      if (!result.ok) throw new Error(result.error ?? 'unreadable');
      return result.text;
    },
    readBeforeInsert: true,
    async insert(el, rendered, caret, ctx, guard) {
      const note = shapeNote ? shapeNote(rendered, el.ownerDocument) : rendered;
      const breaks = breaksAtCaret(el, caretOrEnd(el, caret));
      // No wait after this for the editor to see the restored caret: the bridge call reaches
      // the page at once (by a DOM event), and every fixture's editor still takes the note
      // at the caret, even one whose own selection was elsewhere (fill-editor.e2e.ts).
      focusAtCaret(el, caret);
      const sent =
        paragraphBreak.kind === 'lead'
          ? withParagraphBreaks(note, breaks, paragraphBreak.emptyBlock, paragraphBreak.trailingBlock)
          : note;
      // One insert, one undo step: whatever else the break takes, the bridge does in it.
      const result = await ctx.bridge({
        editor,
        op: 'insert',
        path: locatorPath(el),
        ...sent,
        breaks,
        squashedNote: squash(note.text),
        refuseIfHolding: guard?.refuseIfHolding ?? false,
        blocks: (modelBlocks && noteBlocks(sent.html, el.ownerDocument)) || undefined,
      });
      return {
        accepted: result.ok,
        text: result.text,
        before: result.before,
        duplicate: result.duplicate,
        readBack: result.readBack,
      };
    },
    async restore(el, before, ctx) {
      // The text before the insert goes along for editors with no undo of their own to call.
      await ctx.bridge({ editor, op: 'undo', path: locatorPath(el), html: '', text: before });
    },
  };
}
