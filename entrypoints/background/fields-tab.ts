/**
 * Runs "Fill fields" in a tab: injects the on-demand page script (entrypoints/fill-fields)
 * into the top frame, then calls one of the functions it leaves there. Both run in the
 * extension's isolated world of that frame, so they share the window the script set up;
 * a call answers with what the function returns (or resolves to).
 */
import { browser } from 'wxt/browser';
import type { FieldFillOutcome } from '@/lib/fill/report';
import type { FieldTarget, PickHighlight, RenderedNote } from '@/lib/messages';

const SCRIPT = '/fill-fields.js';

/** What the background needs from a tab for "Fill fields" (a fake in unit tests). */
export interface FieldsTab {
  pick(): Promise<FieldTarget | null>;
  step(delta: 1 | -1): Promise<PickHighlight | null>;
  choose(): Promise<boolean>;
  cancel(): Promise<void>;
  fill(path: string[], note: RenderedNote): Promise<FieldFillOutcome>;
}

type Op = 'pick' | 'step' | 'choose' | 'cancel' | 'fill';

/** Serialised into the page: must not close over anything. */
function callInPage(op: Op, args: unknown[]): unknown {
  const api = (window as unknown as Record<symbol, Record<Op, (...a: unknown[]) => unknown> | undefined>)[
    Symbol.for('reverie.fields')
  ];
  return api ? api[op](...args) : null;
}

async function call<T>(tabId: number, op: Op, args: unknown[] = []): Promise<T> {
  const target = { tabId, frameIds: [0] };
  await browser.scripting.executeScript({ target, files: [SCRIPT] });
  const [injection] = await browser.scripting.executeScript({ target, func: callInPage, args: [op, args] });
  return injection?.result as T;
}

export function fieldsTab(tabId: number): FieldsTab {
  return {
    pick: () => call(tabId, 'pick'),
    step: (delta) => call(tabId, 'step', [delta]),
    choose: async () => (await call<boolean | null>(tabId, 'choose')) === true,
    cancel: () => call(tabId, 'cancel'),
    fill: (path, note) => call(tabId, 'fill', [path, note]),
  };
}
