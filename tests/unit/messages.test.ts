import { describe, expect, it } from 'vitest';
import { isContentCommand, isMessage } from '@/lib/messages';

const note = { text: 'a', html: '<p>a</p>' };
const call = { editor: 'ckeditor5', op: 'insert', path: ['#note'], html: '<p>a</p>', text: 'a' };

/** Insert note from the panel, all but its mount tokens. */
const INSERT = {
  type: 'panel:insert',
  note,
  draftId: 'd',
  insertedInto: [],
  force: false,
  insertId: 'i',
  pageMovedOk: false,
};

describe('isMessage', () => {
  it.each([
    [{ type: 'panel:loadDraft', pageKey: 'http://x/' }, 'panel:', true],
    [{ type: 'panel:loadDraft' }, 'panel:', false],
    [{ type: 'panel:loadDraft', pageKey: 1 }, 'panel:', false],
    [{ ...INSERT, mounts: ['m'] }, 'panel:', true],
    // The mount tokens the panel was told, which the guard asks for (lib/panel-mount-token.ts).
    [INSERT, 'panel:', false],
    [{ ...INSERT, mounts: 'm' }, 'panel:', false],
    [{ type: 'panel:checkVisible', mounts: [] }, 'panel:', true],
    [{ type: 'panel:checkVisible' }, 'panel:', false],
    [{ type: 'panel:checkVisible', mounts: [1] }, 'panel:', false],
    // Whether the clinician confirmed inserting into a page the EHR moved to.
    [
      { type: 'panel:insert', note, draftId: 'd', insertedInto: [], force: false, insertId: 'i' },
      'panel:',
      false,
    ],
    // The id the late "not recorded" push is matched by.
    [{ type: 'panel:insert', note, draftId: 'd', insertedInto: [], force: false }, 'panel:', false],
    [{ type: 'panel:frameMoved', draftId: 'd' }, 'panel:', true],
    [{ type: 'panel:frameMoved' }, 'panel:', false],
    // Fill fields: whether the clinician confirmed filling into a frame that moved.
    [
      { type: 'panel:fillFields', pageKey: 'http://x/', draftId: 'd', parts: [{ key: 'Plan', note }] },
      'panel:',
      true,
    ],
    [
      { type: 'panel:fillFields', pageKey: 'http://x/', draftId: 'd', parts: [], pageMovedOk: true },
      'panel:',
      true,
    ],
    [
      { type: 'panel:fillFields', pageKey: 'http://x/', draftId: 'd', parts: [], pageMovedOk: 'yes' },
      'panel:',
      false,
    ],
    [{ type: 'bg:insertNotRecorded', insertId: 'i', failure: 'storage-full' }, 'bg:', true],
    [{ type: 'bg:insertNotRecorded', insertId: 'i', failure: 'gone' }, 'bg:', false],
    [{ type: 'bg:insertNotRecorded', failure: 'locked' }, 'bg:', false],
    [
      {
        type: 'panel:insert',
        note: { text: 'a' },
        draftId: 'd',
        insertedInto: [],
        force: false,
        insertId: 'i',
      },
      'panel:',
      false,
    ],
    [
      { type: 'panel:insert', note, draftId: 'd', insertedInto: [1], force: false, insertId: 'i' },
      'panel:',
      false,
    ],
    [{ type: 'bg:insert', note, insertedInto: [], force: true }, 'panel:', false],
    [{ type: 'bg:insert', note, insertedInto: [], force: true, insertId: 'i' }, 'bg:', true],
    [
      {
        type: 'bg:insert',
        note,
        insertedInto: [],
        force: true,
        insertId: 'i',
        framePages: { '0': 'http://e/a' },
      },
      'bg:',
      true,
    ],
    [
      { type: 'bg:insert', note, insertedInto: [], force: true, insertId: 'i', framePages: { '0': 3 } },
      'bg:',
      false,
    ],
    [
      { type: 'bg:insert', note, insertedInto: [], force: true, insertId: 'i', framePages: ['http://e/a'] },
      'bg:',
      false,
    ],
    [
      { type: 'bg:insert', note, insertedInto: [], force: true, insertId: 'i', checkPanel: true },
      'bg:',
      true,
    ],
    [
      {
        type: 'bg:insert',
        note,
        insertedInto: [],
        force: true,
        insertId: 'i',
        checkPanel: true,
        pageMovedOk: 'yes',
      },
      'bg:',
      false,
    ],
    [
      { type: 'bg:insert', note, insertedInto: [], force: true, insertId: 'i', checkPanel: 'yes' },
      'bg:',
      false,
    ],
    // The insert's id: the page bridge's answer to it may answer the panel.
    [{ type: 'bg:insert', note, insertedInto: [], force: true }, 'bg:', false],
    [{ type: 'panel:unknown' }, 'panel:', false],
    [null, 'panel:', false],
    ['panel:close', 'panel:', false],
    [{ type: 'content:targetFocused' }, 'content:', true],
    [{ type: 'content:panelOpening' }, 'content:', true],
    [{ type: 'content:panelOpening' }, 'panel:', false],
    [{ type: 'content:pageBridge', call }, 'content:', true],
    [{ type: 'content:pageBridge', call }, 'bg:', false],
    [{ type: 'content:pageBridge', call: { ...call, editor: 'word' } }, 'content:', false],
    [{ type: 'content:pageBridge', call: { ...call, op: 'eval' } }, 'content:', false],
    [{ type: 'content:pageBridge', call: { ...call, path: [] } }, 'content:', false],
    [{ type: 'content:pageBridge', call: { ...call, path: [1] } }, 'content:', false],
    [{ type: 'content:pageBridge', call: { ...call, html: undefined } }, 'content:', false],
    [{ type: 'content:pageBridge' }, 'content:', false],
    [{ type: 'content:pageBridge', call, of: { insertId: 'i', fieldKey: 'k' } }, 'content:', true],
    [{ type: 'content:pageBridge', call, of: { insertId: 'i' } }, 'content:', false],
    [{ type: 'content:pageBridge', call, of: 'i' }, 'content:', false],
    [
      { type: 'content:pageBridge', call: { ...call, squashedNote: 'Note', refuseIfHolding: true } },
      'content:',
      true,
    ],
    [{ type: 'content:pageBridge', call: { ...call, squashedNote: 1 } }, 'content:', false],
    [{ type: 'content:pageBridge', call: { ...call, refuseIfHolding: 'yes' } }, 'content:', false],
    [
      {
        type: 'content:pageBridge',
        call: {
          ...call,
          blocks: [
            { kind: 'paragraph', runs: [{ text: 'Plan', bold: true }, { lineBreak: true }] },
            { kind: 'list', items: [[{ text: 'Sleep', bold: false }]] },
          ],
        },
      },
      'content:',
      true,
    ],
    [
      { type: 'content:pageBridge', call: { ...call, blocks: [{ kind: 'table', runs: [] }] } },
      'content:',
      false,
    ],
    [
      { type: 'content:pageBridge', call: { ...call, blocks: [{ kind: 'paragraph', runs: [{ text: 1 }] }] } },
      'content:',
      false,
    ],
    [{ type: 'content:pickKey', key: 'next' }, 'content:', true],
    [{ type: 'content:pickKey', key: 'choose' }, 'content:', true],
    [{ type: 'content:pickKey', key: 'eval' }, 'content:', false],
    [{ type: 'content:pickKey' }, 'content:', false],
    [{ type: 'bg:pickHighlight', highlight: { label: 'Plan', index: 2, count: 4 } }, 'bg:', true],
    [
      { type: 'bg:pickHighlight', highlight: { label: 'Plan', index: 2, count: 4, frame: 'a.test' } },
      'bg:',
      true,
    ],
    [{ type: 'bg:pickHighlight', highlight: { label: 'Plan', index: 2, count: 4, frame: 1 } }, 'bg:', false],
    [{ type: 'bg:pickHighlight', highlight: { label: 'Plan', index: '2', count: 4 } }, 'bg:', false],
    [{ type: 'bg:pickHighlight' }, 'bg:', false],
    [{ type: 'panel:getTemplates' }, 'panel:', true],
    [{ type: 'options:saveTemplates', templates: [] }, 'options:', true],
    [{ type: 'options:saveTemplates', templates: {} }, 'options:', false],
    [{ type: 'options:saveTemplates' }, 'options:', false],
  ])('%j as %s → %s', (value, prefix, expected) => {
    expect(isMessage(value, prefix as 'panel:' | 'bg:' | 'content:' | 'options:')).toBe(expected);
  });
});

describe('isContentCommand', () => {
  it.each([
    [{ type: 'bg:togglePanel' }, true],
    [{ type: 'bg:closePanel' }, true],
    [{ type: 'bg:checkPanel' }, true],
    [{ type: 'bg:checkPanel', mounts: ['m'] }, true],
    [{ type: 'bg:checkPanel', mounts: 'm' }, false],
    [{ type: 'bg:panelPage' }, true],
    [{ type: 'bg:panelFollow', pageKey: 'https://ehr.test/chart?client=47' }, true],
    [{ type: 'bg:panelFollow' }, false],
    [{ type: 'bg:panelFollow', pageKey: 47 }, false],
    // The insertion script's, not the eager script's: left unanswered there.
    [{ type: 'bg:insert', note, insertedInto: [], force: true, insertId: 'i' }, false],
    [{ type: 'bg:draftSaved' }, false],
    [{ type: 'content:togglePanel' }, false],
    [{ type: 'toString' }, false],
    [{ type: 1 }, false],
    ['bg:togglePanel', false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(isContentCommand(value)).toBe(expected);
  });

  it('agrees with isMessage on every command it takes', () => {
    for (const command of [
      { type: 'bg:togglePanel' },
      { type: 'bg:closePanel' },
      { type: 'bg:checkPanel' },
      { type: 'bg:checkPanel', mounts: ['m'] },
      { type: 'bg:checkPanel', mounts: 'm' },
      { type: 'bg:panelPage' },
      { type: 'bg:panelFollow', pageKey: 'https://ehr.test/chart' },
      { type: 'bg:panelFollow' },
      { type: 'bg:adoptFocus' },
    ])
      expect(isMessage(command, 'bg:')).toBe(isContentCommand(command));
  });
});
