/**
 * The insertion script's side of the page bridge that listens in the page (BridgeListen in
 * bridge-protocol.ts): a call is a DOM event on the channel, its answer another. Both carry
 * JSON strings, which cross between the isolated world and the page's as they are.
 */
import { randomHex } from '../random-id';
import type { BridgeCall, BridgeResult } from './bridge-protocol';

/** Past this, a call the page took but never answered fails like any unanswered call. */
export const BRIDGE_ANSWER_LIMIT_MS = 10_000;

/** A promise and its resolve (Promise.withResolvers, which Node 20 lacks). */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** A channel name of the form the background accepts (lib/messages.ts). */
export const newBridgeChannel = (): string => `reverie-${randomHex()}`;

/**
 * Calls the bridge listening on `channel` in `doc`'s page. Null when nothing took the call
 * (no bridge listening there): the caller goes the long way, through the background.
 */
export function callBridgeByEvent(
  doc: Document,
  channel: string,
  call: BridgeCall,
  limitMs = BRIDGE_ANSWER_LIMIT_MS,
): Promise<BridgeResult> | null {
  const id = randomHex();
  const { promise: answered, resolve: settle } = deferred<BridgeResult>();
  const onAnswer = (event: Event) => {
    let answer: { id?: unknown; result?: BridgeResult } | null = null;
    try {
      answer = JSON.parse(String((event as CustomEvent).detail));
    } catch {
      return;
    }
    if (answer?.id !== id || typeof answer.result?.ok !== 'boolean') return;
    stop();
    settle(answer.result);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    doc.removeEventListener(`${channel}:answer`, onAnswer);
  };
  doc.addEventListener(`${channel}:answer`, onAnswer);
  const asked = new CustomEvent(channel, { detail: JSON.stringify({ id, call }), cancelable: true });
  // The bridge takes a call by cancelling its event, before it starts on it.
  if (doc.dispatchEvent(asked)) {
    stop();
    return null;
  }
  timer = setTimeout(() => {
    stop();
    settle({ ok: false, text: '', error: 'no answer from the page' });
  }, limitMs);
  return answered;
}
