// @vitest-environment happy-dom
/**
 * The engine's read-back for page editors comes from the insert's own bridge answer: the
 * one insert call reads the field before and after, counts the note's copies there, and
 * refuses a second copy itself, so an insert costs one round trip to the page and the
 * field's text stays in it (issue #6 budget).
 */
import { describe, expect, it } from 'vitest';
import type { PageBridge } from '@/lib/insert/adapter';
import type { BridgeCall } from '@/lib/insert/bridge-protocol';
import { insertNote } from '@/lib/insert/engine';
import { countOccurrences, squash } from '@/lib/insert/text-compare';

const NOTE = { text: 'Dreamt of the sea.', html: '<p>Dreamt of the sea.</p>' };

function quillField(): HTMLElement {
  document.body.innerHTML =
    '<div class="ql-container"><div class="ql-editor" contenteditable="true"><p>Existing text.</p></div></div>';
  return document.querySelector<HTMLElement>('.ql-editor')!;
}

/**
 * A page editor that holds `text` and answers each bridge call as the page bridge does
 * (counts of the note's copies, not the field's text), recording the ops. `edit` is what
 * it does with an insert it accepts.
 */
function fakeEditor(accepts: boolean, edit = (text: string, note: string) => `${text}\n${note}`) {
  let text = 'Existing text.';
  const ops: BridgeCall['op'][] = [];
  const calls: BridgeCall[] = [];
  const bridge: PageBridge = async (call) => {
    ops.push(call.op);
    calls.push(call);
    const before = text;
    if (call.op === 'undo') text = 'Existing text.';
    if (call.op !== 'insert') return { ok: true, text };
    const copies = (t: string) => countOccurrences(t, call.squashedNote ?? '');
    if (call.refuseIfHolding && copies(text) > 0) return { ok: false, text: '', before, duplicate: true };
    if (accepts) text = edit(text, call.text);
    const readBack = { copiesBefore: copies(before), copiesAfter: copies(text), changed: text !== before };
    return { ok: accepts, text: '', before, readBack };
  };
  return { ops, calls, bridge };
}

/** A bridge that never finds the editor: it read nothing, so it changed nothing. */
const unreachable: PageBridge = async () => ({ ok: false, text: '', error: 'no Quill' });

const request = (bridge: PageBridge, force = false) => ({
  target: quillField(),
  caret: null,
  note: NOTE,
  insertedInto: [],
  force,
  frameUrl: 'https://ehr.example/notes',
  bridge,
});

describe('insertNote read-back through the page bridge', () => {
  it('verifies an accepted insert from its own answer, without reading again', async () => {
    const editor = fakeEditor(true);
    const outcome = await insertNote(request(editor.bridge));
    expect(outcome.outcome).toBe('inserted');
    expect(editor.ops).toEqual(['insert']);
  });

  it('decides from the counts the page made: the field’s text, the whole note, never comes back', async () => {
    const editor = fakeEditor(true);
    const outcome = await insertNote(request(editor.bridge));
    expect(outcome.outcome).toBe('inserted');
    expect(editor.calls[0]?.squashedNote).toBe(squash(NOTE.text));
  });

  it('reports and undoes a note the editor altered, from the counts alone', async () => {
    const editor = fakeEditor(true, (text, note) => `${text}\n${note.slice(0, 6)}`);
    const outcome = await insertNote(request(editor.bridge));
    expect(outcome.outcome).toBe('failed');
    expect(editor.ops).toEqual(['insert', 'undo', 'read']);
  });

  it('says so when the undo left part of the note in: the copy must not be pasted blindly', async () => {
    let text = 'Existing text.';
    const ops: BridgeCall['op'][] = [];
    // Editor.js keeps no undo history: the bridge's undo changes nothing.
    const noUndo: PageBridge = async (call) => {
      ops.push(call.op);
      if (call.op !== 'insert') return { ok: true, text };
      const before = text;
      text = `${text}\n${call.text.slice(0, 6)}`;
      return { ok: true, text: '', before, readBack: { copiesBefore: 0, copiesAfter: 0, changed: true } };
    };
    const outcome = await insertNote(request(noUndo));
    expect(outcome).toEqual({
      outcome: 'failed',
      reason:
        'The field did not take the note whole, and what went in could not be taken out — check the field before pasting',
    });
    expect(ops).toEqual(['insert', 'undo', 'read']);
  });

  it('says only that the field did not accept it once the undo put the field back', async () => {
    const editor = fakeEditor(true, (text, note) => `${text}\n${note.slice(0, 6)}`);
    expect(await insertNote(request(editor.bridge))).toEqual({
      outcome: 'failed',
      reason: 'The field did not accept the note',
    });
  });

  it('undoes nothing unchanged when the editor refused, without reading again', async () => {
    const editor = fakeEditor(false);
    const outcome = await insertNote(request(editor.bridge));
    expect(outcome.outcome).toBe('failed');
    expect(editor.ops).toEqual(['insert']);
  });

  it('reads again, and undoes nothing unchanged, when the insert answered no counts', async () => {
    const ops: BridgeCall['op'][] = [];
    // As the page bridge answers an insert that threw: what it read before, nothing after.
    const threw: PageBridge = async (call) => {
      ops.push(call.op);
      return call.op === 'insert'
        ? { ok: false, text: '', before: 'Existing text.', error: 'TypeError' }
        : { ok: true, text: 'Existing text.' };
    };
    expect((await insertNote(request(threw))).outcome).toBe('failed');
    expect(ops).toEqual(['insert', 'read']);
  });

  it('refuses a second copy in the insert call itself, and adds one when told to', async () => {
    const editor = fakeEditor(true);
    expect((await insertNote(request(editor.bridge))).outcome).toBe('inserted');
    expect((await insertNote(request(editor.bridge))).outcome).toBe('duplicate');
    expect(editor.calls[1]?.refuseIfHolding).toBe(true);
    expect((await insertNote(request(editor.bridge, true))).outcome).toBe('inserted');
    expect(editor.calls[2]?.refuseIfHolding).toBe(false);
    expect(editor.ops).toEqual(['insert', 'insert', 'insert']);
  });

  it('falls back to the browser’s own editing when the bridge never reached the editor', async () => {
    // A TinyMCE fork under another global, say: the bridge found no instance, touched nothing.
    const req = request(unreachable);
    const commands = browserEditing(req.target, true);
    expect(await insertNote(req)).toMatchObject({ outcome: 'inserted' });
    // The note's HTML: a rich field shows a rich note.
    expect(commands).toEqual(['insertHTML']);
    expect(req.target.innerHTML).toContain(NOTE.html);
  });

  it('fails, changing nothing, when neither the editor nor the browser’s editing took it', async () => {
    const req = request(unreachable);
    const commands = browserEditing(req.target, false);
    expect(await insertNote(req)).toEqual({ outcome: 'failed', reason: 'The field did not accept the note' });
    // Refused as HTML, then as text.
    expect(commands).toEqual(['insertHTML', 'insertText']);
    expect(req.target.textContent).toBe('Existing text.');
  });

  it('never falls back once the editor was reached: its refusal stands', async () => {
    const req = request(fakeEditor(false).bridge);
    const commands = browserEditing(req.target, true);
    expect((await insertNote(req)).outcome).toBe('failed');
    expect(commands).toEqual([]);
  });
});

/**
 * The browser's own editing in the field (happy-dom has none): `insertHTML` and
 * `insertText` append when `takes`, and every command is recorded.
 */
function browserEditing(field: HTMLElement, takes: boolean): string[] {
  const commands: string[] = [];
  document.execCommand = (command: string, _ui?: boolean, value?: string) => {
    commands.push(command);
    if (command === 'insertHTML' && takes) field.insertAdjacentHTML('beforeend', value ?? '');
    if (command === 'insertText' && takes) field.append(value ?? '');
    return takes;
  };
  return commands;
}
