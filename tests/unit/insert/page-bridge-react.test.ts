// @vitest-environment happy-dom
/**
 * The page bridge finds a React-rendered editor (Draft.js here) through the fiber React
 * puts on its DOM node, under the name React 17 and later give it and under React 16's.
 * The fiber chain is a stand-in shaped as React builds it: the DOM node's own fiber, then
 * the owners up to the component whose props hold the editor state.
 */
import { describe, expect, it } from 'vitest';
import { pageBridge } from '@/lib/insert/page-bridge';

/** A Draft.js editor state holding `text`, as far as the bridge reads it. */
const editorState = (text: string) => ({
  getCurrentContent: () => ({ getPlainText: () => text }),
});

function draftField(fiberKey: string, text: string): void {
  document.body.innerHTML = '';
  const field = document.createElement('div');
  field.className = 'public-DraftEditor-content';
  field.setAttribute('contenteditable', 'true');
  document.body.append(field);
  const props = { editorState: editorState(text), onChange: () => {} };
  const owner = { memoizedProps: props, stateNode: { props }, return: null };
  const hostFiber = {
    memoizedProps: { className: field.className },
    return: { memoizedProps: {}, return: owner },
  };
  Object.assign(field, { [fiberKey]: hostFiber });
}

const read = () =>
  pageBridge({ editor: 'draftjs', op: 'read', path: ['.public-DraftEditor-content'], html: '', text: '' });

describe('pageBridge: a React editor found through its fiber', () => {
  it.each(['__reactFiber$k2x9', '__reactInternalInstance$k2x9'])('under %s', async (key) => {
    draftField(key, 'Existing text.');
    expect(await read()).toMatchObject({ ok: true, text: 'Existing text.' });
  });

  it('without a fiber, no editor is claimed', async () => {
    draftField('__somethingElse$k2x9', 'Existing text.');
    expect(await read()).toMatchObject({ ok: false });
  });
});
