// @vitest-environment happy-dom
/**
 * Which way the page bridge puts the note into a TipTap editor (lib/insert/page-bridge.ts),
 * read from the editor's real ProseMirror schema: TipTap's insertContent where the
 * document holds paragraphs anywhere (a title-first document too), the editor's own paste
 * where it holds none (BlockNote's nested block groups), led and followed by an empty
 * paragraph where text would merge. The TipTap editor object is a stand-in that records.
 */
import { Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { pageBridge } from '@/lib/insert/page-bridge';

const NOTE = { html: '<p>Dreamt of the sea.</p>', text: 'Dreamt of the sea.' };

/** A schema whose document's content is `doc`, with paragraphs, headings and block groups. */
const schemaWith = (doc: string) =>
  new Schema({
    nodes: {
      doc: { content: doc },
      paragraph: { content: 'text*', group: 'block' },
      heading: { content: 'text*', group: 'block' },
      blockContainer: { content: 'paragraph blockGroup?' },
      blockGroup: { content: 'blockContainer+' },
      text: {},
    },
  });

/** A TipTap view's DOM with its editor; answers which way the note went. */
function tiptap(doc: string) {
  const ways: string[] = [];
  const el = document.createElement('div');
  el.className = 'ProseMirror';
  el.setAttribute('contenteditable', 'true');
  el.textContent = 'Existing text.';
  el.addEventListener('paste', (event) => {
    ways.push(`paste ${event.clipboardData?.getData('text/html')}`);
    event.preventDefault();
  });
  const editor = {
    schema: schemaWith(doc),
    commands: { undo: () => true },
    getText: () => el.textContent,
    chain: () => ({
      focus: () => ({
        insertContent: (html: string) => ({ run: () => (ways.push(`insertContent ${html}`), true) }),
      }),
    }),
  };
  Object.assign(el, { editor });
  document.body.replaceChildren(el);
  return ways;
}

const insert = () =>
  pageBridge({
    editor: 'prosemirror',
    op: 'insert',
    path: ['.ProseMirror'],
    ...NOTE,
    breaks: { before: true, after: false },
  });

describe('pageBridge into a TipTap editor, by its schema', () => {
  it.each(['block+', 'heading block*', 'paragraph+'])('a document of %s: insertContent', async (doc) => {
    const ways = tiptap(doc);
    await insert();
    expect(ways).toEqual([`insertContent ${NOTE.html}`]);
  });

  it('a document of nested block groups (BlockNote): its own paste, led by an empty paragraph', async () => {
    const ways = tiptap('blockGroup');
    await insert();
    expect(ways).toEqual([`paste <p><br></p>${NOTE.html}`]);
  });
});
