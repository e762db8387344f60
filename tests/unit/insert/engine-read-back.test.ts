// @vitest-environment happy-dom
/**
 * The engine's read-back for page editors comes from the insert's own bridge answer: one
 * read before, one insert, no third round trip (issue #6 budget).
 */
import { describe, expect, it } from 'vitest';
import type { PageBridge } from '@/lib/insert/adapter';
import type { BridgeCall } from '@/lib/insert/bridge-protocol';
import { insertNote } from '@/lib/insert/engine';

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
  const bridge: PageBridge = async (call) => {
    ops.push(call.op);
    if (call.op === 'insert' && accepts) text = `${text}\n${call.text}`;
    return { ok: call.op !== 'insert' || accepts, text };
  };
  return { ops, bridge };
}

const request = (bridge: PageBridge) => ({
  target: quillField(),
  caret: null,
  note: NOTE,
  insertedInto: [],
  force: false,
  frameUrl: 'https://ehr.example/notes',
  bridge,
});

describe('insertNote read-back through the page bridge', () => {
  it('verifies an accepted insert from its own answer, without reading again', async () => {
    const editor = fakeEditor(true);
    const outcome = await insertNote(request(editor.bridge));
    expect(outcome.outcome).toBe('inserted');
    expect(editor.ops).toEqual(['read', 'insert']);
  });

  it('reads again, and undoes nothing unchanged, when the editor refused', async () => {
    const editor = fakeEditor(false);
    const outcome = await insertNote(request(editor.bridge));
    expect(outcome.outcome).toBe('failed');
    expect(editor.ops).toEqual(['read', 'insert', 'read']);
  });
});
