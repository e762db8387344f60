// @vitest-environment happy-dom
/**
 * The page bridge listening in the page (lib/insert/page-bridge.ts, BridgeListen) and the
 * insertion script's calls to it by DOM event (lib/insert/bridge-events.ts), on a stand-in
 * for Trix's editor object (trix-stand-in.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { callBridgeByEvent, newBridgeChannel } from '@/lib/insert/bridge-events';
import type { BridgeCall } from '@/lib/insert/bridge-protocol';
import { pageBridge } from '@/lib/insert/page-bridge';
import { squash } from '@/lib/insert/text-compare';
import { isMessage } from '@/lib/messages';
import { trixField } from './trix-stand-in';

const NOTE = { text: 'Dreamt of the sea.', html: '<p>Dreamt of the sea.</p>' };

const call = (extra: Partial<BridgeCall> = {}): BridgeCall => ({
  editor: 'trix',
  op: 'insert',
  path: ['trix-editor'],
  ...NOTE,
  squashedNote: squash(NOTE.text),
  ...extra,
});

describe('the page bridge called by DOM events', () => {
  it('runs a call in the listening bridge and answers it, insert and read alike', async () => {
    trixField('Existing text.');
    const channel = newBridgeChannel();
    expect(await pageBridge({ listen: channel })).toEqual({ ok: true, text: '' });
    const inserted = await callBridgeByEvent(document, channel, call());
    expect(inserted).toMatchObject({
      ok: true,
      readBack: { copiesBefore: 0, copiesAfter: 1, changed: true },
    });
    const read = await callBridgeByEvent(document, channel, call({ op: 'read' }));
    expect(read).toMatchObject({ ok: true, text: expect.stringContaining('Dreamt of the sea.') });
  });

  it('answers null when no bridge listens on the channel, so the caller goes the long way', async () => {
    trixField('Existing text.');
    await pageBridge({ listen: newBridgeChannel() });
    expect(callBridgeByEvent(document, newBridgeChannel(), call())).toBeNull();
  });

  it('takes only its own answer, and fails a call taken but never answered', async () => {
    const channel = newBridgeChannel();
    // A page that took the call and answered another id, then nothing.
    document.addEventListener(channel, (event) => {
      event.preventDefault();
      const forged = JSON.stringify({ id: 'not-this-call', result: { ok: true, text: 'forged' } });
      document.dispatchEvent(new CustomEvent(`${channel}:answer`, { detail: forged }));
      document.dispatchEvent(new CustomEvent(`${channel}:answer`, { detail: '{not json' }));
    });
    expect(await callBridgeByEvent(document, channel, call(), 50)).toEqual({
      ok: false,
      text: '',
      error: 'no answer from the page',
    });
  });

  it('makes channel names the background accepts', () => {
    const msg = { type: 'content:listenBridge', channel: newBridgeChannel() };
    expect(isMessage(msg, 'content:')).toBe(true);
    expect(isMessage({ ...msg, channel: 'reverie-x' }, 'content:')).toBe(false);
    expect(isMessage({ ...msg, channel: 'click' }, 'content:')).toBe(false);
  });

  it('works in a frame that is not a secure context, which has no crypto.randomUUID', async () => {
    // An EHR on plain http within a clinic's network, or a data: URL frame.
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    try {
      trixField('Existing text.');
      const channel = newBridgeChannel();
      expect(isMessage({ type: 'content:listenBridge', channel }, 'content:')).toBe(true);
      expect(newBridgeChannel()).not.toBe(channel);
      expect(await pageBridge({ listen: channel })).toEqual({ ok: true, text: '' });
      expect(await callBridgeByEvent(document, channel, call())).toMatchObject({ ok: true });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
