// @vitest-environment happy-dom
/**
 * The engine's read-back for page editors comes from the insert's own bridge answer: the
 * one insert call reads the field before and after, and refuses a second copy itself, so an
 * insert costs one round trip to the page (issue #6 budget).
 */
import { describe, expect, it } from 'vitest';
import type { PageBridge } from '@/lib/insert/adapter';
import type { BridgeCall } from '@/lib/insert/bridge-protocol';
import { insertNote } from '@/lib/insert/engine';
import { squash } from '@/lib/insert/text-compare';

const NOTE = { text: 'Dreamt of the sea.', html: '<p>Dreamt of the sea.</p>' };

function quillField(): HTMLElement {
  document.body.innerHTML =
    '<div class="ql-container"><div class="ql-editor" contenteditable="true"><p>Existing text.</p></div></div>';
  return document.querySelector<HTMLElement>('.ql-editor')!;
}

/** A page editor that holds `text` and answers each bridge call, recording the ops. */
function fakeEditor(accepts: boolean) {
  let text = 'Existing text.';
  const ops: BridgeCall['op'][] = [];
  const calls: BridgeCall[] = [];
  const bridge: PageBridge = async (call) => {
    ops.push(call.op);
    calls.push(call);
    const before = text;
    if (call.op !== 'insert') return { ok: true, text };
    if (call.refuseIfHolds && squash(text).includes(call.refuseIfHolds))
      return { ok: false, text, before, duplicate: true };
    if (accepts) text = `${text}\n${call.text}`;
    return { ok: accepts, text, before };
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

  it('reads again, and undoes nothing unchanged, when the editor refused', async () => {
    const editor = fakeEditor(false);
    const outcome = await insertNote(request(editor.bridge));
    expect(outcome.outcome).toBe('failed');
    expect(editor.ops).toEqual(['insert', 'read']);
  });

  it('refuses a second copy in the insert call itself, and adds one when told to', async () => {
    const editor = fakeEditor(true);
    expect((await insertNote(request(editor.bridge))).outcome).toBe('inserted');
    expect((await insertNote(request(editor.bridge))).outcome).toBe('duplicate');
    expect(editor.calls[1]?.refuseIfHolds).toBe(squash(NOTE.text));
    expect((await insertNote(request(editor.bridge, true))).outcome).toBe('inserted');
    expect(editor.calls[2]?.refuseIfHolds).toBeUndefined();
    expect(editor.ops).toEqual(['insert', 'insert', 'insert']);
  });

  it('fails, changing nothing, when the bridge never reached the editor', async () => {
    expect((await insertNote(request(unreachable))).outcome).toBe('failed');
  });
});
