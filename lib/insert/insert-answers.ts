/**
 * The inserts the background is waiting on, each answered to the panel by whichever comes
 * first: the insertion script's own answer, or its page bridge's answer when that already
 * settles the outcome (lib/insert/bridge-outcome.ts). The bridge's answer reaches the
 * background straight from the page's JavaScript world, while the insertion script's
 * answer waits behind the page laying out the note just inserted.
 */
import type { InsertOutcome } from '../messages';
import { settledByBridge } from './bridge-outcome';
import type { BridgeResult, InsertOfCall } from './bridge-protocol';

interface Waiting {
  tabId: number;
  frameId: number;
  settle: (outcome: InsertOutcome) => void;
}

export class InsertAnswers {
  readonly #waiting = new Map<string, Waiting>();

  /** `send`'s answer (the insertion script's), unless the insert's bridge settles it first. */
  async first(
    insertId: string,
    tabId: number,
    frameId: number,
    send: () => Promise<unknown>,
  ): Promise<unknown> {
    const settled = new Promise<InsertOutcome>((settle) => {
      this.#waiting.set(insertId, { tabId, frameId, settle });
    });
    try {
      return await Promise.race([send(), settled]);
    } finally {
      this.#waiting.delete(insertId);
    }
  }

  /** A page bridge in frame `frameId` of tab `tabId` answered a call of insert `of`. */
  bridgeAnswered(of: InsertOfCall, tabId: number, frameId: number, result: BridgeResult): void {
    const waiting = this.#waiting.get(of.insertId);
    // Only the frame the insert was sent to may settle it.
    if (!waiting || waiting.tabId !== tabId || waiting.frameId !== frameId) return;
    const outcome = settledByBridge(result, of.fieldKey);
    if (outcome) waiting.settle(outcome);
  }
}
