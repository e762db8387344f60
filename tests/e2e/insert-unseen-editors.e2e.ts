/**
 * Insertion into rich editors Reverie has no adapter of its own for, so they stand for the
 * EHR editors nobody here has seen: each is reached only through a generic path (the
 * ProseMirror paste for bare ProseMirror, execCommand for the rest). Same checks as the
 * editors with adapters (editor-insert-suite.ts).
 */
import { UNSEEN_EDITOR_CASES } from './editor-cases';
import { describeEditorInserts } from './editor-insert-suite';

describeEditorInserts('insert into editors without an adapter', UNSEEN_EDITOR_CASES);
