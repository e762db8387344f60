// @vitest-environment happy-dom
/**
 * The page bridge's CodeMirror 6 insert (lib/insert/page-bridge.ts), on a stand-in for
 * CodeMirror's view, found on its content element under the name CodeMirror 6.39 and later
 * give it (`cmTile`) and the earlier one (`cmView`): the note goes in at the view's own
 * selection, a blank line apart from the text around it as a textarea's note is
 * (plainFieldBreaks), as one transaction; a restore puts back the text it is given.
 */
import { describe, expect, it } from 'vitest';
import { pageBridge } from '@/lib/insert/page-bridge';
import { plainFieldBreaks } from '@/lib/insert/paragraph-break';

const NOTE = 'Psychodynamic progress note\n\nPlan: weekly.';

interface Change {
  from: number;
  to: number;
  insert: string;
}

/** CodeMirror's state as far as the bridge reads it: its text and main selection. */
const state = (doc: string, anchor: number, head = anchor) => ({
  doc: { toString: () => doc, length: doc.length },
  selection: { main: { from: Math.min(anchor, head), to: Math.max(anchor, head) } },
});

/** A .cm-content element whose view holds `value` with the selection `from`–`to`. */
function codeMirror(value: string, from: number, to = from, older = false) {
  const view = {
    state: state(value, from, to),
    transactions: [] as { changes: Change; userEvent?: string }[],
    focused: false,
    dispatch(spec: { changes: Change; selection?: { anchor: number }; userEvent?: string }) {
      view.transactions.push(spec);
      const doc = view.state.doc.toString();
      const { from: a, to: b, insert } = spec.changes;
      const next = doc.slice(0, a) + insert + doc.slice(b);
      view.state = state(next, spec.selection?.anchor ?? a + insert.length);
    },
    focus: () => (view.focused = true),
  };
  const content = document.createElement('div');
  content.className = 'cm-content';
  content.setAttribute('contenteditable', 'true');
  Object.assign(content, older ? { cmView: { rootView: { view } } } : { cmTile: { root: { view } } });
  document.body.replaceChildren(content);
  return view;
}

const call = (op: 'insert' | 'undo', text: string) =>
  pageBridge({ editor: 'codemirror6', op, path: ['.cm-content'], html: '', text });

describe('pageBridge into CodeMirror 6', () => {
  it.each([
    ['at the end', 'Existing text.', 14, 14, `Existing text.\n\n${NOTE}`],
    ['mid-paragraph', 'Existing text.', 11, 11, `Existing te\n\n${NOTE}\n\nxt.`],
    ['at the start', 'Existing text.', 0, 0, `${NOTE}\n\nExisting text.`],
    ['over a selection', 'Existing text.', 9, 13, `Existing \n\n${NOTE}\n\n.`],
    ['into an empty editor', '', 0, 0, NOTE],
  ])('%s: a blank line apart, as in a textarea, in one transaction', async (_, value, from, to, expected) => {
    const view = codeMirror(value, from, to);
    const { lead, trail } = plainFieldBreaks(value, from, to, true);
    expect(expected).toBe(`${value.slice(0, from)}${lead}${NOTE}${trail}${value.slice(to)}`);
    const result = await call('insert', NOTE);
    expect(result.ok).toBe(true);
    expect(view.state.doc.toString()).toBe(expected);
    expect(view.transactions).toHaveLength(1);
    expect(view.transactions[0]!.userEvent).toBe('input.paste');
    expect(view.focused).toBe(true);
  });

  it('finds the view under the name CodeMirror 6 gave it before 6.39', async () => {
    const view = codeMirror('Existing text.', 14, 14, true);
    expect((await call('insert', NOTE)).ok).toBe(true);
    expect(view.state.doc.toString()).toBe(`Existing text.\n\n${NOTE}`);
  });

  it('a restore puts back the text it is given', async () => {
    const view = codeMirror('Existing text.', 14);
    await call('insert', NOTE);
    expect(await call('undo', 'Existing text.')).toMatchObject({ ok: true, text: 'Existing text.' });
    expect(view.state.doc.toString()).toBe('Existing text.');
  });

  it('answers a clear error without a view, touching nothing', async () => {
    codeMirror('Existing text.', 14);
    delete (document.querySelector('.cm-content') as HTMLElement & { cmTile?: unknown }).cmTile;
    expect(await call('insert', NOTE)).toMatchObject({ ok: false, error: 'no CodeMirror 6 view' });
  });
});
