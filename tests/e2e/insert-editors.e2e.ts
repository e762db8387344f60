/** Insertion into the rich editors Reverie has an adapter for (editor-insert-suite.ts). */
import { EDITOR_CASES } from './editor-cases';
import { describeEditorInserts } from './editor-insert-suite';

describeEditorInserts('insert into rich editors', EDITOR_CASES);
