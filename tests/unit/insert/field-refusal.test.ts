// @vitest-environment happy-dom
/**
 * A text field with a maxlength too short for the note (lib/insert/field-refusal.ts): the
 * insert is refused before the field changes, with the numbers the clinician needs, where
 * the browser would have cut the note off.
 */
import { describe, expect, it } from 'vitest';
import { insertNote } from '@/lib/insert/engine';
import { lengthRefusal } from '@/lib/insert/field-refusal';

const field = (value: string, maxLength: number, start = value.length, end = start) => ({
  value,
  maxLength,
  selectionStart: start,
  selectionEnd: end,
});

describe('lengthRefusal', () => {
  it('lets a field without a limit take anything', () => {
    expect(lengthRefusal(field('Existing text.', -1), 1_000_000)).toBeNull();
  });

  it('lets the note in when it fits exactly', () => {
    expect(lengthRefusal(field('Existing text.', 20), 6)).toBeNull();
  });

  it('counts the selected text as room: the note replaces it', () => {
    expect(lengthRefusal(field('Existing text.', 14, 0, 14), 14)).toBeNull();
    expect(lengthRefusal(field('Existing text.', 14, 0, 13), 14)).not.toBeNull();
  });

  it('names the note’s length, the limit and what is left', () => {
    expect(lengthRefusal(field('Existing text.', 4000), 5210)).toBe(
      'The note is 5,210 characters; this field takes 4,000 at most (3,986 left). Shorten the note or paste it in parts',
    );
    expect(lengthRefusal(field('', 200), 201)).toBe(
      'The note is 201 characters; this field takes 200 at most. Shorten the note or paste it in parts',
    );
  });
});

describe('insertNote into a textarea with a maxlength', () => {
  it('refuses with the reason and leaves the field as it was', async () => {
    const textarea = document.createElement('textarea');
    textarea.maxLength = 40;
    textarea.value = 'Existing text.';
    document.body.replaceChildren(textarea);
    const outcome = await insertNote({
      target: textarea,
      caret: null,
      note: { text: 'Dreamt of the locked house again; the key was hers.', html: '' },
      insertedInto: [],
      force: false,
      frameUrl: 'http://127.0.0.1/ehr',
      bridge: async () => ({ ok: false, text: '' }),
    });
    expect(outcome).toEqual({
      outcome: 'failed',
      reason:
        'The note is 53 characters; this field takes 40 at most (26 left). Shorten the note or paste it in parts',
    });
    expect(textarea.value).toBe('Existing text.');
  });
});
