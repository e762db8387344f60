// @vitest-environment happy-dom
/**
 * How the page bridge hands the note to a Slate view (lib/insert/page-bridge.ts): slate-react
 * (its editor found through React's fiber) gets the `beforeinput` insertFromPaste alone, so
 * a page that blocks pasting in its fields never sees a paste from Reverie there; a Slate
 * view without React (wangEditor) gets a paste first, which it needs before that event.
 * The editors are stand-ins that record the events they are sent.
 */
import { describe, expect, it } from 'vitest';
import { pageBridge } from '@/lib/insert/page-bridge';

const NOTE = { html: '<p>Dreamt of the sea.</p>', text: 'Dreamt of the sea.' };

function slateView(withReact: boolean) {
  const events: string[] = [];
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.setAttribute('data-slate-editor', withReact ? 'true' : '');
  el.textContent = 'Existing text.';
  el.addEventListener('paste', () => events.push('paste'));
  el.addEventListener('beforeinput', (event) => {
    events.push(`beforeinput ${(event as InputEvent).inputType}`);
    event.preventDefault();
  });
  if (withReact) {
    const editor = { children: [{ children: [{ text: 'Existing text.' }] }], selection: null };
    Object.assign(el, { __reactFiber$k2x9: { memoizedProps: { editor }, return: null } });
  }
  document.body.replaceChildren(el);
  return events;
}

const insert = () => pageBridge({ editor: 'slate', op: 'insert', path: ['[data-slate-editor]'], ...NOTE });

describe('pageBridge into a Slate view', () => {
  it('slate-react: the beforeinput alone, no paste', async () => {
    const events = slateView(true);
    await insert();
    expect(events).toEqual(['beforeinput insertFromPaste']);
  });

  it('a Slate view without React: a paste, then the beforeinput', async () => {
    const events = slateView(false);
    await insert();
    expect(events).toEqual(['paste', 'beforeinput insertFromPaste']);
  });
});
