// @vitest-environment happy-dom
/**
 * The page bridge's CodeMirror 5 insert (lib/insert/page-bridge.ts), on a stand-in for
 * CodeMirror's instance: the note goes in at CodeMirror's own caret, apart from the text
 * around it by a blank line exactly as a textarea's note is (plainFieldBreaks), as one
 * change that CodeMirror's undo takes back.
 */
import { describe, expect, it } from 'vitest';
import { pageBridge } from '@/lib/insert/page-bridge';
import { plainFieldBreaks } from '@/lib/insert/paragraph-break';

const NOTE = 'Psychodynamic progress note\n\nPlan: weekly.';

/** A CodeMirror 5 wrapper with its hidden textarea; its text and caret are the stand-in's. */
function codeMirror(value: string, from: number, to = from) {
  const cm = {
    value,
    history: [] as string[],
    focused: false,
    getValue: () => cm.value,
    indexFromPos: (pos: number) => pos,
    getCursor: (which: 'from' | 'to') => (which === 'from' ? from : to),
    replaceSelection(text: string) {
      cm.history.push(cm.value);
      cm.value = cm.value.slice(0, from) + text + cm.value.slice(to);
    },
    undo: () => (cm.value = cm.history.pop() ?? cm.value),
    focus: () => (cm.focused = true),
  };
  const wrapper = document.createElement('div');
  wrapper.className = 'CodeMirror';
  wrapper.append(document.createElement('textarea'));
  Object.assign(wrapper, { CodeMirror: cm });
  document.body.replaceChildren(wrapper);
  return cm;
}

const insert = () =>
  pageBridge({ editor: 'codemirror5', op: 'insert', path: ['.CodeMirror textarea'], html: '', text: NOTE });

describe('pageBridge into CodeMirror 5', () => {
  it.each([
    ['at the end', 'Existing text.', 14, 14, `Existing text.\n\n${NOTE}`],
    ['mid-paragraph', 'Existing text.', 11, 11, `Existing te\n\n${NOTE}\n\nxt.`],
    ['at the start', 'Existing text.', 0, 0, `${NOTE}\n\nExisting text.`],
    ['after a line break', 'Existing text.\n', 15, 15, `Existing text.\n\n${NOTE}`],
    ['over a selection', 'Existing text.', 9, 13, `Existing \n\n${NOTE}\n\n.`],
    ['into an empty editor', '', 0, 0, NOTE],
  ])('%s: a blank line apart, as in a textarea', async (_, value, from, to, expected) => {
    const cm = codeMirror(value, from, to);
    const { lead, trail } = plainFieldBreaks(value, from, to, true);
    expect(expected).toBe(`${value.slice(0, from)}${lead}${NOTE}${trail}${value.slice(to)}`);
    const result = await insert();
    expect(result.ok).toBe(true);
    expect(cm.value).toBe(expected);
    expect(cm.focused).toBe(true);
  });

  it('is one change: undo puts the text back as it was', async () => {
    const cm = codeMirror('Existing text.', 14);
    await insert();
    const undone = await pageBridge({
      editor: 'codemirror5',
      op: 'undo',
      path: ['.CodeMirror textarea'],
      html: '',
      text: '',
    });
    expect(undone).toMatchObject({ ok: true, text: 'Existing text.' });
    expect(cm.history).toEqual([]);
  });

  it('answers a clear error without a CodeMirror instance, touching nothing', async () => {
    codeMirror('Existing text.', 14);
    delete (document.querySelector('.CodeMirror') as HTMLElement & { CodeMirror?: unknown }).CodeMirror;
    const result = await insert();
    expect(result).toMatchObject({ ok: false, error: 'no CodeMirror 5 editor' });
  });
});
