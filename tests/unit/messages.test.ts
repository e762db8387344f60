import { describe, expect, it } from 'vitest';
import { isMessage } from '@/lib/messages';

const note = { text: 'a', html: '<p>a</p>' };

describe('isMessage', () => {
  it.each([
    [{ type: 'panel:loadDraft', pageKey: 'http://x/' }, 'panel:', true],
    [{ type: 'panel:loadDraft' }, 'panel:', false],
    [{ type: 'panel:loadDraft', pageKey: 1 }, 'panel:', false],
    [{ type: 'panel:insert', note, draftId: 'd', insertedInto: [], force: false }, 'panel:', true],
    [
      { type: 'panel:insert', note: { text: 'a' }, draftId: 'd', insertedInto: [], force: false },
      'panel:',
      false,
    ],
    [{ type: 'panel:insert', note, draftId: 'd', insertedInto: [1], force: false }, 'panel:', false],
    [{ type: 'bg:insert', note, insertedInto: [], force: true }, 'panel:', false],
    [{ type: 'bg:insert', note, insertedInto: [], force: true }, 'bg:', true],
    [{ type: 'panel:unknown' }, 'panel:', false],
    [null, 'panel:', false],
    ['panel:close', 'panel:', false],
    [{ type: 'content:targetFocused' }, 'content:', true],
  ])('%j as %s → %s', (value, prefix, expected) => {
    expect(isMessage(value, prefix as 'panel:' | 'bg:' | 'content:')).toBe(expected);
  });
});
