// @vitest-environment happy-dom
/**
 * Editor detection and locator generation against saved DOM of each real editor
 * (tests/unit/insert/dom/, trimmed from the e2e fixture pages).
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, pickAdapter } from '@/lib/insert/adapters';
import { locatorPath } from '@/lib/insert/locator';
import { fieldIn, load } from './saved-dom';

const CASES: [fixture: string, adapter: string][] = [
  ['textarea', 'text-field'],
  ['ckeditor5', 'ckeditor5'],
  ['ckeditor4', 'ckeditor4'],
  ['tinymce', 'tinymce'],
  ['quill', 'quill'],
  ['tiptap', 'prosemirror'],
  ['prosemirror', 'prosemirror'],
  ['lexical', 'lexical'],
  ['draftjs', 'draftjs'],
  ['slate', 'slate'],
  ['wangeditor', 'slate-view'],
  ['trix', 'trix'],
  ['editorjs', 'editorjs'],
  ['codemirror5', 'codemirror5'],
  ['codemirror6', 'codemirror6'],
  ['mobiledoc', 'mobiledoc'],
  ['plaintext-only', 'plaintext-only'],
  ['contenteditable', 'contenteditable'],
];

describe('editor detection', () => {
  it.each(CASES)('%s → %s adapter', (fixture, adapter) => {
    expect(pickAdapter(fieldIn(load(fixture)))?.id).toBe(adapter);
  });

  it.each(CASES)(
    'in %s, exactly one adapter other than the generic one claims the field',
    (fixture, adapter) => {
      const field = fieldIn(load(fixture));
      const claims = ADAPTERS.filter((a) => a.id !== 'contenteditable' && a.detect(field)).map((a) => a.id);
      expect(claims).toEqual(adapter === 'contenteditable' ? [] : [adapter]);
    },
  );

  it('every adapter has a saved DOM case here', () => {
    expect(ADAPTERS.map((a) => a.id).toSorted()).toEqual([...new Set(CASES.map(([, a]) => a))].toSorted());
  });
});

describe('locatorPath', () => {
  it.each(CASES)('%s: the path finds the field and nothing else', (fixture) => {
    const doc = load(fixture);
    const field = fieldIn(doc);
    const [selector, ...rest] = locatorPath(field, doc);
    expect(rest).toEqual([]);
    expect(Array.from(doc.querySelectorAll(selector!))).toEqual([field]);
  });

  it('goes through an open shadow root, one selector per tree', () => {
    document.body.innerHTML = '<div><ehr-note></ehr-note><ehr-note></ehr-note></div>';
    const hosts = document.querySelectorAll('ehr-note');
    for (const host of hosts)
      host.attachShadow({ mode: 'open' }).innerHTML = '<div contenteditable="true" id="note"></div>';
    const field = hosts[1]!.shadowRoot!.querySelector<HTMLElement>('#note')!;
    const path = locatorPath(field, document);
    expect(path).toHaveLength(2);
    const host = document.querySelectorAll(path[0]!);
    expect(Array.from(host)).toEqual([hosts[1]]);
    expect(hosts[1]!.shadowRoot!.querySelector(path[1]!)).toBe(field);
  });
});
