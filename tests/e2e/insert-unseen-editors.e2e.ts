/**
 * Insertion into rich editors Reverie was not written against, so they stand for the EHR
 * editors nobody here has seen: each is reached through a generic path (the ProseMirror
 * paste for ProseMirror without TipTap, bare or inside Toast UI; execCommand for Jodit,
 * Summernote, SunEditor, Squire, Medium Editor, Pell, CodeMirror 6 and Trumbowyg, the last
 * also told by a keyup, as typing would), Trix through the small adapter it
 * turned out to need, Quill 1, an older major version than the Quill the adapter was
 * written against, and devextreme-quill, the Quill fork inside DevExtreme's HtmlEditor, EasyMDE, a Markdown editor whose CodeMirror 5 needed an adapter, and
 * TinyMCE and CKEditor 5 in their inline modes (the page's own element edited), CKEditor 4
 * editing in a div of the page (divarea), and Lexical
 * with its list nodes; TinyMCE 4 and 5, older major versions, self-hosted from their
 * folders as legacy EHRs have them; and a field with no editor at all that the browser edits as plain
 * text (contenteditable="plaintext-only"), where the note's line breaks must be the ones a
 * person's Enter makes, and a blank line keeps it apart as in a textarea; and an editor
 * whose own undo history records steps at keyup only, as Froala's does; and CKEditor 4 on a
 * legacy page whose Prototype.js patched the built-ins of the page's world, where the page
 * bridge runs; HugeRTE, TinyMCE's fork under a global of its own, found by its manager's
 * shape; and an EHR's own editor that wears TinyMCE's class with no TinyMCE behind it,
 * where the browser's own editing takes over from the adapter that found no editor; and
 * Mobiledoc Kit, through the small adapter it turned out to need (its paste); and wysihtml,
 * a legacy editor that edits in a sandboxed iframe in place of the form's textarea. Same
 * checks as the editors with adapters (editor-insert-suite.ts).
 */
import { UNSEEN_EDITOR_CASES } from './editor-cases';
import { describeEditorInserts } from './editor-insert-suite';

describeEditorInserts('insert into editors without an adapter', UNSEEN_EDITOR_CASES);
