/** Adapters in the order they are tried: the most specific editor first, generic last. */
import type { InsertAdapter } from '../adapter';
import { ckeditor4Adapter } from './ckeditor4';
import { ckeditor5Adapter } from './ckeditor5';
import { codemirror5Adapter } from './codemirror5';
import { codemirror6Adapter } from './codemirror6';
import { contentEditableAdapter } from './contenteditable';
import { draftjsAdapter } from './draftjs';
import { editorjsAdapter } from './editorjs';
import { lexicalAdapter } from './lexical';
import { mobiledocAdapter } from './mobiledoc';
import { plaintextOnlyAdapter } from './plaintext-only';
import { prosemirrorAdapter } from './prosemirror';
import { quillAdapter } from './quill';
import { slateAdapter, slateViewAdapter } from './slate';
import { textFieldAdapter } from './text-field';
import { tinymceAdapter } from './tinymce';
import { trixAdapter } from './trix';

export const ADAPTERS: InsertAdapter[] = [
  // Before the text field's: CodeMirror's hidden textarea is not where its text is.
  codemirror5Adapter,
  textFieldAdapter,
  ckeditor5Adapter,
  ckeditor4Adapter,
  tinymceAdapter,
  quillAdapter,
  prosemirrorAdapter,
  lexicalAdapter,
  draftjsAdapter,
  slateAdapter,
  slateViewAdapter,
  trixAdapter,
  editorjsAdapter,
  codemirror6Adapter,
  mobiledocAdapter,
  // A plain-text field has no editor of its own: the generic rich path would put markup in.
  plaintextOnlyAdapter,
  contentEditableAdapter,
];

export function pickAdapter(el: HTMLElement, adapters: InsertAdapter[] = ADAPTERS): InsertAdapter | null {
  return adapters.find((a) => a.detect(el)) ?? null;
}

/**
 * The field's adapter, then, for a rich editor, the browser's own editing as its fallback
 * where the editor's API cannot be found. No other adapter stands in: a text field's under
 * CodeMirror 5 would type into the hidden textarea CodeMirror empties.
 */
export function pickAdapters(el: HTMLElement, adapters: InsertAdapter[] = ADAPTERS): InsertAdapter[] {
  const first = pickAdapter(el, adapters);
  if (!first) return [];
  const generic = adapters.find((a) => a === contentEditableAdapter && a !== first && a.detect(el));
  return generic ? [first, generic] : [first];
}
