/** Adapters in the order they are tried: the most specific editor first, generic last. */
import type { InsertAdapter } from '../adapter';
import { contentEditableAdapter } from './contenteditable';
import { textFieldAdapter } from './text-field';

export const ADAPTERS: InsertAdapter[] = [textFieldAdapter, contentEditableAdapter];

export function pickAdapter(el: HTMLElement, adapters: InsertAdapter[] = ADAPTERS): InsertAdapter | null {
  return adapters.find((a) => a.detect(el)) ?? null;
}
