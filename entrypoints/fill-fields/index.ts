/**
 * "Fill fields" in the page: the field picker and the filler. Not part of the eager
 * content script (which has a size budget): the background injects this file into the
 * tab's top frame only when the clinician picks a field or fills (scripting API), then
 * calls the functions it leaves on the window (see entrypoints/background/fields-tab.ts).
 * The top frame reaches fields in same-origin frames and open shadow roots itself.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { FieldFillOutcome } from '@/lib/fill/report';
import type { PageBridge } from '@/lib/insert/adapter';
import type { BridgeResult } from '@/lib/insert/bridge-protocol';
import { isTextField } from '@/lib/insert/editable';
import { insertNote } from '@/lib/insert/engine';
import { fieldLabel } from '@/lib/insert/field-label';
import { fieldPath, resolvePath } from '@/lib/insert/selector';
import { message, type ContentMessages, type FieldTarget, type RenderedNote } from '@/lib/messages';
import { startPicker, type Picker } from './picker';

export const FIELDS_API = Symbol.for('reverie.fields');

export interface FieldsApi {
  pick(): Promise<FieldTarget | null>;
  step: Picker['step'];
  choose(): boolean;
  cancel(): void;
  fill(path: string[], note: RenderedNote): Promise<FieldFillOutcome>;
}

const bridge: PageBridge = async (call) =>
  (await browser.runtime.sendMessage(
    message<ContentMessages, 'content:pageBridge'>('content:pageBridge', { call }),
  )) as BridgeResult;

function createApi(): FieldsApi {
  let picker: Picker | null = null;
  return {
    pick: () => {
      picker?.cancel();
      return new Promise((resolve) => {
        const mine = startPicker(document, (field) => {
          if (picker === mine) picker = null;
          resolve(field ? { path: fieldPath(field, document), label: fieldLabel(field) } : null);
        });
        picker = mine;
      });
    },
    step: (delta) => picker?.step(delta) ?? null,
    choose: () => picker?.choose() ?? false,
    cancel: () => picker?.cancel(),
    // Resolved now, from the stored path: after a re-render the old element is gone anyway.
    async fill(path, note) {
      const found = resolvePath(path, document);
      if (!found.ok) return { outcome: 'missing', matches: found.matches };
      const field = found.element;
      // No remembered caret here: the part goes after what the field already holds.
      if (isTextField(field)) field.setSelectionRange(field.value.length, field.value.length);
      const result = await insertNote({
        target: field,
        caret: null,
        note,
        insertedInto: [],
        force: false,
        frameUrl: field.ownerDocument.URL,
        bridge,
      });
      if (result.outcome === 'inserted') return result;
      if (result.outcome === 'duplicate') return { outcome: 'duplicate' };
      return { outcome: 'failed', reason: result.reason };
    },
  };
}

export default defineUnlistedScript(() => {
  // Injected again for every call: keep the first copy (it may be picking right now).
  const slot = window as unknown as Record<symbol, FieldsApi | undefined>;
  slot[FIELDS_API] ??= createApi();
});
