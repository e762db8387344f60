// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { editableRoot, refusalReason } from '@/lib/insert/editable';
import { insertNote } from '@/lib/insert/engine';
import { fieldKey, stableSelector } from '@/lib/insert/field-key';
import { countOccurrences } from '@/lib/insert/text-compare';

beforeEach(() => {
  document.body.innerHTML = `
    <textarea id="note"></textarea>
    <textarea name="plan"></textarea><textarea name="plan"></textarea>
    <input type="text" aria-label="Summary">
    <input type="date" id="date">
    <div contenteditable="true" id="rich"><p><b id="inner">x</b></p></div>
    <section><div><textarea></textarea></div><div><textarea></textarea></div></section>
    <textarea id="ro" readonly></textarea>`;
});

const $ = (selector: string) => document.querySelector(selector)!;

describe('stableSelector', () => {
  it.each([
    ['#note', '#note'],
    ['input[aria-label="Summary"]', 'input[aria-label="Summary"]'],
    ['#rich', '#rich'],
  ])('%s → %s', (query, expected) => {
    expect(stableSelector($(query))).toBe(expected);
  });

  it('falls back to a structural path that finds the same element again', () => {
    const second = document.querySelectorAll('textarea[name="plan"]')[1]!;
    const selector = stableSelector(second);
    expect(document.querySelectorAll(selector)).toHaveLength(1);
    expect(document.querySelector(selector)).toBe(second);
    const deep = document.querySelectorAll('section textarea')[1]!;
    expect(document.querySelector(stableSelector(deep))).toBe(deep);
  });

  // Frames take a browser (happy-dom loads none): tests/e2e/insert-two-editors.e2e.ts.
  it('keys two fields alike in their own shadow roots apart, and each the same every time', () => {
    document.body.innerHTML = '<div id="host-1"></div><div id="host-2"></div>';
    const fields = ['#host-1', '#host-2'].map((id) => {
      const root = $(id).attachShadow({ mode: 'open' });
      root.innerHTML = '<textarea id="note"></textarea>';
      return root.querySelector('textarea')!;
    });
    const url = 'http://ehr.test/chart?id=1';
    expect(fields.map((el) => fieldKey(el, url))).toEqual([
      'http://ehr.test/chart?id=1 #host-1 >>> #note',
      'http://ehr.test/chart?id=1 #host-2 >>> #note',
    ]);
    // A field in the document itself keeps the key it always had.
    document.body.insertAdjacentHTML('beforeend', '<textarea id="plan"></textarea>');
    expect(fieldKey($('#plan'), url)).toBe('http://ehr.test/chart?id=1 #plan');
  });

  it('ignores the fragment of the frame URL in the field key', () => {
    expect(fieldKey($('#note'), 'http://ehr.test/a?b=1#x')).toBe(
      fieldKey($('#note'), 'http://ehr.test/a?b=1#y'),
    );
  });

  it('ignores a cache-buster of the frame URL: the page loaded again has the same field', () => {
    expect(fieldKey($('#note'), 'http://ehr.test/a?b=1&_=1732900000000')).toBe(
      fieldKey($('#note'), 'http://ehr.test/a?b=1&_=1732900099999'),
    );
    expect(fieldKey($('#note'), 'http://ehr.test/a?b=1')).not.toBe(
      fieldKey($('#note'), 'http://ehr.test/a?b=2'),
    );
  });
});

describe('editableRoot', () => {
  it('takes text fields and contenteditable hosts, nothing else', () => {
    expect(editableRoot($('#note'))).toBe($('#note'));
    expect(editableRoot($('#date'))).toBeNull();
    expect(editableRoot(document.body)).toBeNull();
    expect(editableRoot(null)).toBeNull();
  });

  it('refuses read-only fields', () => {
    expect(refusalReason($('#ro') as HTMLElement)).toMatch(/read-only/);
    expect(refusalReason($('#note') as HTMLElement)).toBeNull();
  });
});

// None of these cases may reach an editor's page-world API.
const bridge = () => Promise.reject(new Error('the page bridge must not be called'));

describe('insertNote without a usable field', () => {
  const note = { text: 'Plan\nWeekly.', html: '' };
  const base = { caret: null, note, insertedInto: [], force: false, frameUrl: 'http://ehr.test/', bridge };

  it('says to click into the field when none was focused', async () => {
    expect(await insertNote({ ...base, target: null })).toEqual({
      outcome: 'failed',
      reason: expect.stringContaining('click into the note field'),
    });
  });

  it('asks before a second copy into a field that already has this note', async () => {
    const field = $('#note') as HTMLTextAreaElement;
    field.value = 'Earlier.\nPlan\n Weekly.';
    expect(await insertNote({ ...base, target: field })).toMatchObject({ outcome: 'duplicate' });
    const key = fieldKey(field, base.frameUrl);
    field.value = '';
    expect(await insertNote({ ...base, target: field, insertedInto: [key] })).toEqual({
      outcome: 'duplicate',
      fieldKey: key,
    });
  });

  it('refuses a read-only field', async () => {
    expect(await insertNote({ ...base, target: $('#ro') as HTMLElement })).toMatchObject({
      outcome: 'failed',
    });
  });
});

describe('countOccurrences', () => {
  it.each([
    ['a\nb a b', 'a b', 2],
    ['<p>Plan</p>', 'Plan', 1],
    ['', 'x', 0],
    ['x', '', 0],
  ])('%j has %j %i times', (hay, needle, count) => {
    expect(countOccurrences(hay, needle)).toBe(count);
  });
});
