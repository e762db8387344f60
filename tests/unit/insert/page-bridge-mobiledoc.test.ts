// @vitest-environment happy-dom
/**
 * Mobiledoc Kit through the page bridge (lib/insert/page-bridge.ts) and its adapter, on a
 * stand-in for the editor's element: the note goes in as a paste the editor takes (it
 * cancels the event), led by a zero-width-space section where the caret has text before
 * it (Mobiledoc merges the first pasted section into the caret's); a restore is the
 * editor's own Ctrl+Z key command, which it reads from the key code.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeCall } from '@/lib/insert/bridge-protocol';
import { mobiledocAdapter } from '@/lib/insert/adapters/mobiledoc';
import { pageBridge } from '@/lib/insert/page-bridge';

const NOTE = { html: '<p><strong>Plan</strong></p><p>Weekly.</p>', text: 'Plan\n\nWeekly.' };

/** The editor's element, as Mobiledoc renders it, recording what reaches its handlers. */
function mobiledoc(taken = true) {
  const seen: string[] = [];
  const el = document.createElement('div');
  el.className = '__mobiledoc-editor';
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = '<p>Existing text.</p>';
  el.addEventListener('paste', (event) => {
    const html = event.clipboardData?.getData('text/html') ?? '';
    seen.push(`paste ${html}`);
    if (!taken) return;
    event.preventDefault();
    el.insertAdjacentHTML('beforeend', html);
  });
  el.addEventListener('keydown', (event) => {
    seen.push(`keydown ${event.ctrlKey ? 'ctrl+' : ''}${event.keyCode}`);
  });
  document.body.replaceChildren(el);
  return { el, seen };
}

const bridgeCall = (op: 'insert' | 'undo', extra: Partial<BridgeCall> = {}) =>
  pageBridge({ editor: 'mobiledoc', op, path: ['.__mobiledoc-editor'], ...NOTE, ...extra });

describe('pageBridge into Mobiledoc', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('pastes the note, which the editor takes', async () => {
    const { el, seen } = mobiledoc();
    const result = await bridgeCall('insert');
    expect(result.ok).toBe(true);
    expect(seen).toEqual([`paste ${NOTE.html}`]);
    expect(el.innerText).toContain('Weekly.');
  });

  it('in a frame the browser draws no more (no animation frame comes), pastes all the same', async () => {
    const { seen } = mobiledoc();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    expect((await bridgeCall('insert')).ok).toBe(true);
    expect(seen).toEqual([`paste ${NOTE.html}`]);
  });

  it('reports a paste the editor did not take as not accepted', async () => {
    mobiledoc(false);
    expect((await bridgeCall('insert')).ok).toBe(false);
  });

  it('undoes with the editor’s own Ctrl+Z, its key code set', async () => {
    const { seen } = mobiledoc();
    await bridgeCall('undo');
    expect(seen).toEqual(['keydown ctrl+90']);
  });
});

/** The call the adapter sends the bridge with the caret at `offset` in "Existing text.". */
async function sentWithCaretAt(offset: number): Promise<BridgeCall> {
  const { el } = mobiledoc();
  const caret = document.createRange();
  caret.setStart(el.querySelector('p')!.firstChild!, offset);
  const calls: BridgeCall[] = [];
  await mobiledocAdapter.insert(el, NOTE, caret, {
    bridge: async (call) => (calls.push(call), { ok: true, text: '' }),
  });
  return calls[0]!;
}

describe('mobiledocAdapter', () => {
  it('after text: a zero-width-space section leads the note, none follows it', async () => {
    expect((await sentWithCaretAt(14)).html).toBe(`<p>\u200b</p>${NOTE.html}`);
    expect((await sentWithCaretAt(11)).html).toBe(`<p>\u200b</p>${NOTE.html}`);
  });

  it('at the start of the paragraph: the note alone', async () => {
    expect((await sentWithCaretAt(0)).html).toBe(NOTE.html);
  });
});
