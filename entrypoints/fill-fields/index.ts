/**
 * "Fill fields" in the page: the field picker and the filler. Not part of the eager
 * content script (which has a size budget): the background injects this file into every
 * frame of the tab it may reach only when the clinician picks a field or fills (scripting
 * API), then calls the functions it leaves on the window (see
 * entrypoints/background/fields-tab.ts). A frame whose parent shares its origin is
 * reached by that parent (same-origin frames and shadow roots are one tree to the picker
 * and the selectors), so only the top frame and cross-origin frames answer.
 */
import { extensionIdentity } from '@/lib/extension-identity';
import { isOwnPage } from '@/lib/extension-url';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { frameName, frameRefOf } from '@/lib/fill/frames';
import { targetFramePage, type FramePage } from '@/lib/frame-page';
import type { FieldFillOutcome } from '@/lib/fill/report';
import type { PageBridge } from '@/lib/insert/adapter';
import type { BridgeResult } from '@/lib/insert/bridge-protocol';
import { isTextField } from '@/lib/insert/editable';
import { insertNote } from '@/lib/insert/engine';
import { fieldLabel } from '@/lib/insert/field-label';
import { TARGET_SLOT } from '@/lib/insert/frame-handoff';
import { fieldPath, resolvePath } from '@/lib/insert/selector';
import {
  message,
  type ContentMessages,
  type FieldTarget,
  type PickKey,
  type RenderedNote,
} from '@/lib/messages';
import { anyShadowRoot } from '../content/shadow-roots';
import { startPicker, type Picker } from './picker';

export const FIELDS_API = Symbol.for('reverie.fields');

/** Who this frame is, for the background to choose which frames to ask. */
export interface FrameSelf {
  /** True for the top frame and for frames their parent cannot reach (cross-origin). */
  root: boolean;
  top: boolean;
  origin: string;
  path: string;
}

export interface FieldsApi {
  describe(): FrameSelf;
  /** Wrapped, so that a frame without this script (null) is told apart from a cancel. */
  pick(): Promise<{ picked: FieldTarget | null }>;
  fields(): ReturnType<Picker['fields']>;
  highlight(index: number): { label: string; frame?: string } | null;
  clear(): void;
  choose(): boolean;
  cancel(): void;
  /** How many elements the path matches in this frame now (for choosing the frame to fill). */
  locate(path: string[]): number;
  /**
   * The frame page of the field the path finds (its frame's place and address, now): a
   * framed EHR may have loaded another client's chart there since the note was written.
   * Null for a field in the top document, or none found.
   */
  pageOf(path: string[]): FramePage | null;
  fill(path: string[], note: RenderedNote): Promise<FieldFillOutcome>;
}

const bridge: PageBridge = async (call) =>
  (await browser.runtime.sendMessage(
    message<ContentMessages, 'content:pageBridge'>('content:pageBridge', { call }),
  )) as BridgeResult;

const sendKey = (key: PickKey) =>
  void browser.runtime
    .sendMessage(message<ContentMessages, 'content:pickKey'>('content:pickKey', { key }))
    .catch(() => {});

function describe(): FrameSelf {
  const top = window === window.top;
  let reachedByParent = false;
  try {
    // Null in a cross-origin frame; the iframe element in a same-origin one.
    reachedByParent = !top && window.frameElement !== null;
  } catch {
    reachedByParent = false;
  }
  // Opaque (sandboxed) origins cannot be stored or found again; extension pages (the
  // panel, when a browser lets the script in) are never the page's fields.
  const own = location.origin === 'null' || isOwnPage(location.href, extensionIdentity(browser.runtime));
  return { root: !reachedByParent && !own, top, origin: location.origin, path: location.pathname };
}

function createApi(): FieldsApi {
  let picker: Picker | null = null;
  const self = describe();
  // A field in a cross-origin frame is stored with that frame's address (lib/fill/frames.ts).
  const frame = self.top ? undefined : frameRefOf(location.href);
  return {
    describe,
    pick: () => {
      picker?.cancel();
      return new Promise((resolve) => {
        const mine = startPicker(document, { watchPanel: self.top, onKey: sendKey }, (field) => {
          if (picker === mine) picker = null;
          resolve({
            picked: field
              ? { path: fieldPath(field, document), label: fieldLabel(field), ...(frame && { frame }) }
              : null,
          });
        });
        picker = mine;
      });
    },
    fields: () => picker?.fields() ?? { count: 0, at: -1 },
    highlight: (index) => {
      const label = picker?.highlightAt(index);
      if (label === null || label === undefined) return null;
      return frame ? { label, frame: frameName(frame) } : { label };
    },
    clear: () => picker?.clear(),
    choose: () => picker?.choose() ?? false,
    cancel: () => picker?.cancel(),
    locate: (path) => {
      const found = resolvePath(path, document, anyShadowRoot);
      return found.ok ? 1 : found.matches;
    },
    pageOf: (path) => {
      const found = resolvePath(path, document, anyShadowRoot);
      return found.ok ? targetFramePage(TARGET_SLOT, found.element) : null;
    },
    // Resolved now, from the stored path: after a re-render the old element is gone anyway.
    async fill(path, note) {
      const found = resolvePath(path, document, anyShadowRoot);
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
