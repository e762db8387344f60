// @vitest-environment happy-dom
/**
 * The page bridge runs in the page's own world (lib/insert/page-bridge.ts), whose built-ins
 * a legacy EHR library may have patched before it runs. Each test patches them as one such
 * library does, only while the bridge runs, then checks the insert still lands. The real
 * Prototype.js 1.7.3 is in the e2e suite (ckeditor4-prototype.html); 1.6 is not on npm.
 */
/* oxlint-disable no-extend-native -- the tests play a page library that patches built-ins, and undo it */
import { afterEach, describe, expect, it } from 'vitest';
import { pageBridge } from '@/lib/insert/page-bridge';
import { squash } from '@/lib/insert/text-compare';
import { trixField } from './trix-stand-in';

const NOTE = { text: 'Mood: low\nSlept badly', html: '<p><b>Mood:</b> low</p><p>Slept badly</p>' };

const pristine = {
  from: Array.from,
  entries: Object.getOwnPropertyDescriptor(Array.prototype, 'entries')!,
  toJSON: Object.getOwnPropertyDescriptor(Array.prototype, 'toJSON'),
};
function restore(): void {
  Array.from = pristine.from;
  Object.defineProperty(Array.prototype, 'entries', pristine.entries);
  if (pristine.toJSON) Object.defineProperty(Array.prototype, 'toJSON', pristine.toJSON);
  else delete (Array.prototype as { toJSON?: unknown }).toJSON;
}
afterEach(restore);

/** Prototype.js's `$A`, which 1.6 and 1.7 make `Array.from`: no mapping function, length only. */
function $A(iterable: ArrayLike<unknown> | null | undefined): unknown[] {
  if (!iterable) return [];
  const results: unknown[] = [];
  for (let i = 0; i < (iterable.length || 0); i++) results.push(iterable[i]);
  return results;
}

/** As Prototype.js 1.7.3 leaves a page: `Array.from` is `$A`, arrays have no `entries()`. */
function patchAsPrototype17(): void {
  Array.from = $A as typeof Array.from;
  delete (Array.prototype as { entries?: unknown }).entries;
}

/**
 * As Prototype.js 1.6 leaves a page: `entries()` is a copy of the array (Enumerable's
 * toArray), and `toJSON` returns the array's JSON text, which JSON.stringify then quotes.
 */
function patchAsPrototype16(): void {
  Array.from = $A as typeof Array.from;
  Object.defineProperty(Array.prototype, 'entries', {
    configurable: true,
    writable: true,
    value(this: unknown[]) {
      return this.slice();
    },
  });
  Object.defineProperty(Array.prototype, 'toJSON', {
    configurable: true,
    writable: true,
    value(this: unknown[]) {
      return `[${this.map((v) => JSON.stringify(v)).join(', ')}]`;
    },
  });
}

/** Runs the bridge with the page's built-ins patched, and only then. */
async function onPatchedPage<T>(patch: () => void, run: () => Promise<T>): Promise<T> {
  patch();
  try {
    return await run();
  } finally {
    restore();
  }
}

/** An Editor.js holder whose paste makes paragraph blocks from its own copy format. */
function editorJs(): void {
  document.body.innerHTML =
    '<div class="codex-editor"><div class="ce-block"><div class="ce-paragraph" contenteditable="true"></div></div></div>';
  const holder = document.querySelector('.codex-editor')!;
  holder.addEventListener('paste', (event) => {
    const data = (event as ClipboardEvent).clipboardData?.getData('application/x-editor-js') ?? '';
    const blocks: unknown = data ? JSON.parse(data) : null;
    if (!Array.isArray(blocks)) return;
    event.preventDefault();
    for (const block of blocks as { data: { text: string } }[]) {
      const el = document.createElement('div');
      el.className = 'ce-block';
      el.innerHTML = `<div class="ce-paragraph" contenteditable="true">${block.data.text}</div>`;
      holder.append(el);
    }
  });
}

describe.each([
  ['Prototype.js 1.7', patchAsPrototype17],
  ['Prototype.js 1.6', patchAsPrototype16],
])('pageBridge on a page patched as by %s', (_library, patch) => {
  it('follows the path to the field and inserts the note', async () => {
    trixField('Existing text.');
    const result = await onPatchedPage(patch, () =>
      pageBridge({
        editor: 'trix',
        op: 'insert',
        path: ['trix-editor'],
        ...NOTE,
        squashedNote: squash(NOTE.text),
      }),
    );
    expect(result).toMatchObject({ ok: true, readBack: { copiesBefore: 0, copiesAfter: 1 } });
  });

  it('follows a path through an open shadow root', async () => {
    trixField('Existing text.');
    const field = document.querySelector('trix-editor')!;
    const host = document.createElement('div');
    host.id = 'host';
    host.attachShadow({ mode: 'open' }).append(field);
    document.body.append(host);
    const result = await onPatchedPage(patch, () =>
      pageBridge({ editor: 'trix', op: 'read', path: ['#host', 'trix-editor'], text: '', html: '' }),
    );
    expect(result).toEqual({ ok: true, text: 'Existing text.' });
  });

  it("pastes Editor.js's own format as blocks, not as a quoted string", async () => {
    editorJs();
    const result = await onPatchedPage(patch, () =>
      pageBridge({
        editor: 'editorjs',
        op: 'insert',
        path: ['.ce-paragraph'],
        ...NOTE,
        squashedNote: squash(NOTE.text),
      }),
    );
    expect(result).toMatchObject({ ok: true, readBack: { copiesAfter: 1 } });
    expect(document.querySelectorAll('.ce-block')).toHaveLength(3);
  });
});
