// @vitest-environment happy-dom
/**
 * The page bridge counts the note's copies in the field before and after an insert and
 * answers those, not the field's text (which holds the whole note): lib/insert/page-bridge.ts,
 * run here on a stand-in for Trix's editor object, the simplest of its editors to fake.
 */
import { describe, expect, it } from 'vitest';
import type { BridgeCall } from '@/lib/insert/bridge-protocol';
import { pageBridge } from '@/lib/insert/page-bridge';
import { squash } from '@/lib/insert/text-compare';
import { trixField } from './trix-stand-in';

const NOTE = { text: 'Dreamt of the sea.\n\nPlan', html: '<p>Dreamt of the sea.</p><p>Plan</p>' };

const insert = (extra: Partial<BridgeCall>) =>
  pageBridge({ editor: 'trix', op: 'insert', path: ['trix-editor'], ...NOTE, ...extra });

describe('pageBridge read-back counts', () => {
  it('answers the copies before and after, and none of the field’s text', async () => {
    trixField('Existing text.');
    const result = await insert({ squashedNote: squash(NOTE.text) });
    expect(result).toMatchObject({ ok: true, text: '' });
    expect(result.readBack).toEqual({ copiesBefore: 0, copiesAfter: 1, changed: true });
  });

  it('counts an altered note as no copy', async () => {
    trixField('Existing text.', (html) => html.replace('sea', 'see'));
    const result = await insert({ squashedNote: squash(NOTE.text) });
    expect(result.readBack).toEqual({ copiesBefore: 0, copiesAfter: 0, changed: true });
  });

  it('finds a note with a list in a field that shows the items without their "- "', async () => {
    const note = { text: 'Goals:\n- Sleep through the night\n- Name anger', html: '' };
    trixField('Existing text.', () => '\nGoals:\nSleep through the night\nName anger');
    const result = await insert({ ...note, squashedNote: squash(note.text) });
    expect(result.readBack).toEqual({ copiesBefore: 0, copiesAfter: 1, changed: true });
  });

  it('refuses a second copy as a duplicate, changing nothing', async () => {
    trixField(`Existing text.\n${NOTE.text}`);
    const result = await insert({ squashedNote: squash(NOTE.text), refuseIfHolding: true });
    expect(result).toMatchObject({ ok: false, duplicate: true, text: '' });
  });
});
