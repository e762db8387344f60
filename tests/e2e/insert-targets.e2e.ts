/**
 * Where the note field can be: in a same-origin iframe, in a cross-origin iframe, inside
 * open shadow roots (design-system web components, a rich editor among them), in a modal
 * dialog (one centred with a transform), in a legacy designMode frame, and on pages with a
 * strict Content-Security-Policy (where the page bridge must still reach CKEditor 5's API,
 * and the panel's frame must still load); and where older EHRs put it: a note window the
 * page opens (at an address, or blank and written by the page) and frames the page writes
 * itself (document.write, a javascript: URL), which only a content script that also runs
 * in such documents (match_about_blank) reaches. Real Chromium and Firefox ESR.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';
import {
  aroundNote,
  firstTwoBlocks,
  MID_CARET_LEFT_PRESSES,
  NOTE_FIRST_LINE,
  OWN_PARAGRAPHS,
  SPLIT_AROUND,
} from './paragraphs';
import { openMaterialDialog } from './material-dialog';
import { insertSecondCopy } from './second-copy';

const FOCUS = 'Talked about the move and the empty flat; long silence after mentioning her father.';

const occurrences = (haystack: string, needle: string) =>
  haystack.replace(/\s+/g, ' ').split(needle).length - 1;

/** Clicks into the field (`click`), puts the caret after "Existing te" and inserts there. */
async function insertMidParagraph(page: HostPage, click: () => Promise<void>): Promise<void> {
  await click();
  await page.press('Control+End');
  for (let i = 0; i < MID_CARET_LEFT_PRESSES; i++) await page.press('ArrowLeft');
  await insertFromPanel(page);
}

/**
 * Opens shadow-closed.html's modal dialog: it focuses its text area as it opens, and the
 * page sees only the component's host focused.
 */
async function openClosedDialog(page: HostPage): Promise<void> {
  await page.click('#open-dialog');
  await until(
    async () =>
      (await page.evaluate<string>('document.activeElement.localName')) === 'ds-closed-dialog'
        ? true
        : undefined,
    'the dialog open, its field focused',
  );
}

async function insertFromPanel(page: HostPage): Promise<void> {
  const panel = await page.openPanel();
  await panel.fill('Session focus', FOCUS);
  await panel.check('No risk indicated');
  await panel.click('Insert note');
  await panel.waitForStatus(/Inserted/);
}

/** Whether an inline script the page adds runs: false where the page's CSP is in force. */
const INLINE_SCRIPT_RUNS = `(() => {
  const s = document.createElement('script');
  s.textContent = 'window.inlineRan = true';
  document.head.append(s);
  return window.inlineRan === true;
})()`;

/** Whether the page's own script may not set innerHTML from a string: Trusted Types in force. */
const HTML_FROM_STRING_REFUSED = `(() => {
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
    return false;
  } catch {
    return true;
  }
})()`;

/** Reads a framed editor through its own API, once its page is ready. */
const readFrame = (page: HostPage) =>
  until(
    () => page.evaluateInFrame<string | undefined>('#note-frame', 'window.fixture && window.fixture.read()'),
    'framed editor',
  );

/** Whether the open panel's frame shows, inside the page's dialog or outside any. */
const panelIn = (where: 'dialog' | 'html') => `(() => {
  const frame = document.querySelector('iframe[title="Reverie note panel"]');
  return !!frame && !!frame.closest('dialog') === ${where === 'dialog'} && frame.getBoundingClientRect().width > 0;
})()`;

/** How far the open panel's frame is from the window's right, top and bottom edges. */
const PANEL_EDGE = `(() => {
  const rect = document.querySelector('iframe[title="Reverie note panel"]').getBoundingClientRect();
  return { right: Math.round(innerWidth - rect.right), top: Math.round(rect.top), bottom: Math.round(innerHeight - rect.bottom) };
})()`;

describe.each(BROWSERS)('insertion targets in %s', (kind) => {
  // A browser of its own: once, on a machine at load 17, Firefox died in the cross-origin
  // iframe case after four files had shared (and reset) it; not reproduced since.
  const suite = useSuite(kind, { ownBrowser: true });

  it.each([
    ['same-origin', 'frame-same-origin.html', '.ck-editor__editable'],
    ['cross-origin', 'frame-cross-origin.html', '.ProseMirror'],
    // The editor's page world is the frame's: the top page of another origin is unreadable.
    ['cross-origin (inline TinyMCE)', 'frame-cross-origin.html?editor=tinymce-inline.html', '#editor'],
    // Editors that write their own frame with document.open(), which erases the listeners of
    // that frame's content script, inside a frame of another origin than the page's.
    ['cross-origin (CKEditor 4 in its frame)', 'frame-cross-origin.html?editor=ckeditor4.html', 'iframe'],
    ['cross-origin (TinyMCE in its frame)', 'frame-cross-origin.html?editor=tinymce.html', 'iframe'],
  ])('into a rich editor in a %s iframe', async (_name, fixture, field) => {
    const page = await suite.open(fixture);
    expect((await readFrame(page)).trim()).toBe('Existing text.');
    if (fixture.startsWith('frame-cross-origin.html')) {
      const origins = await page.evaluateInFrame<string>('#note-frame', 'location.origin');
      expect(origins).not.toBe(await page.evaluate<string>('location.origin'));
    }
    await page.clickInFrame('#note-frame', field);
    await page.press('Control+End');
    await insertFromPanel(page);
    const after = await readFrame(page);
    expect(after.trimStart().startsWith('Existing text.')).toBe(true);
    expect(
      firstTwoBlocks(await page.evaluateInFrame<string[]>('#note-frame', 'window.fixture.blocks()')),
    ).toEqual(OWN_PARAGRAPHS);
    expect(occurrences(after, FOCUS)).toBe(1);
    expect(await page.evaluateInFrame<string[]>('#note-frame', 'window.fixture.errors')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['a sandboxed frame (an opaque origin)', 'opaque-frames.html', '#sandboxed', true],
    ['a data: URL frame (an opaque origin, not a secure context)', 'opaque-frames.html', '#data-url', true],
    // A frameset document has no body for the panel: it shows above the frames.
    ['the main frame of a legacy frameset page', 'frameset.html', '#main', false],
  ])('into a text area in %s', async (_name, fixture, frame, opaque) => {
    const page = await suite.open(fixture);
    const read = () => page.evaluateInFrame<string>(frame, "document.querySelector('#note').value");
    await until(
      async () => ((await read().catch(() => '')) === 'Existing text.' ? true : undefined),
      'frame',
    );
    expect((await page.evaluateInFrame<string>(frame, 'origin')) === 'null').toBe(opaque);
    await page.clickInFrame(frame, '#note');
    await page.press('Control+End');
    await insertFromPanel(page);
    const after = await read();
    expect(after.startsWith('Existing text.')).toBe(true);
    expect(after).toContain(NOTE_FIRST_LINE);
    expect(occurrences(after, FOCUS)).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('into a legacy editor: a blank frame the page made editable with designMode', async () => {
    const page = await suite.open('designmode.html');
    await until(async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined), 'page');
    const read = () => page.evaluate<string>('window.fixture.read()');
    await page.clickInFrame('#note-frame', 'body');
    await page.press('Control+End');
    await insertFromPanel(page);
    const after = await read();
    expect(after.startsWith('Existing text.')).toBe(true);
    expect(firstTwoBlocks(await page.evaluate<string[]>('window.fixture.blocks()'))).toEqual(OWN_PARAGRAPHS);
    expect(occurrences(after, FOCUS)).toBe(1);

    // The browser's own undo takes it out; then the caret at the start is where it goes.
    await page.press('Control+KeyZ');
    await until(async () => ((await read()).trim() === 'Existing text.' ? true : undefined), 'undo');
    await page.press('Control+Home');
    await insertSecondCopy(await page.openPanel());
    const atStart = await read();
    expect(atStart.trimStart().startsWith(NOTE_FIRST_LINE)).toBe(true);
    expect(atStart.trimEnd().endsWith('Existing text.')).toBe(true);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['a Bootstrap modal (a focus trap)', '#open-bootstrap', '#modal-note', 'bootstrap'],
    [
      'a native <dialog> opened with showModal() (the rest of the page inert)',
      '#open-native',
      '#native-note',
      'native',
    ],
    [
      'a native <dialog> centred with a CSS transform (the box a fixed child sits and clips in)',
      '#open-centred',
      '#centred-note',
      'centred',
    ],
  ])('into a field in %s', async (_name, button, field, read) => {
    const page = await suite.open('modal-note.html');
    await until(async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined), 'page');
    await page.click(button);
    await until(
      async () =>
        (await page.evaluate<boolean>(`!!document.querySelector('${field}').checkVisibility()`))
          ? true
          : undefined,
      'dialog',
    );
    await page.click(field);
    await page.press('Control+End');
    await insertFromPanel(page);
    // Full height at the right edge of the window, wherever the dialog is and however placed.
    expect(await page.evaluate(PANEL_EDGE)).toEqual({ right: 0, top: 0, bottom: 0 });
    const after = await page.evaluate<string>(`window.noteIn.${read}()`);
    expect(after.startsWith('Existing text.')).toBe(true);
    expect(occurrences(after, FOCUS)).toBe(1);
    expect(page.errors).toEqual([]);
    if (read === 'native') {
      // The panel moves with its page running: the same frame, never loaded again.
      await page.evaluate(`(() => {
        const frame = document.querySelector('iframe[title="Reverie note panel"]');
        frame.dataset.probe = 'same';
        window.__panelLoads = 0;
        frame.addEventListener('load', () => window.__panelLoads++);
      })()`);
      const sameFrame = `document.querySelector('iframe[title="Reverie note panel"]')?.dataset.probe === 'same' && window.__panelLoads === 0`;
      // The EHR closes its dialog: the open panel is not hidden with it.
      await page.evaluate(`document.querySelector('#native-dialog').close()`);
      await until(
        async () => ((await page.evaluate<boolean>(panelIn('html'))) ? true : undefined),
        'panel out',
      );
      // Open again over the open panel: the panel follows into the dialog, where it takes clicks.
      await page.click(button);
      await until(
        async () => ((await page.evaluate<boolean>(panelIn('dialog'))) ? true : undefined),
        'panel in',
      );
      // Let a reload of the moved frame, if there were one, be seen.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await page.evaluate<boolean>(sameFrame)).toBe(true);
      await page.click(field);
      await page.press('Control+Home');
      const panel = await page.openPanel();
      await insertSecondCopy(panel);
      const second = await page.evaluate<string>(`window.noteIn.${read}()`);
      expect(second.startsWith(NOTE_FIRST_LINE)).toBe(true);
    }
    await page.close();
  });

  it("into a field in a web component's modal dialog (Material Web), the panel following it in and out", async () => {
    const page = await openMaterialDialog(suite, kind);
    await page.press('Control+End');
    await insertFromPanel(page);
    const after = await page.evaluate<string>('window.fixture.read()');
    expect(after.startsWith(`Existing text.\n\n${NOTE_FIRST_LINE}`)).toBe(true);
    expect(occurrences(after, FOCUS)).toBe(1);
    // The EHR closes its dialog: the panel comes out with it, open and in reach.
    await page.evaluate('window.noteDialog.close()');
    await until(
      async () => ((await page.evaluate<boolean>(panelIn('html'))) ? true : undefined),
      'panel out',
    );
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    await page.close();
  });

  it('into a field inside an open shadow root', async () => {
    const page = await suite.open('shadow-root.html');
    await until(async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined), 'page');
    // Playwright's CSS pierces open shadow roots by itself; Puppeteer's needs `>>>`.
    await page.click(kind === 'chromium' ? 'ehr-note-field #note' : 'ehr-note-field >>> #note');
    await page.press('Control+End');
    await insertFromPanel(page);
    const after = await page.evaluate<string>('window.fixture.read()');
    expect(after.startsWith('Existing text.')).toBe(true);
    expect(firstTwoBlocks(await page.evaluate<string[]>('window.fixture.blocks()'))).toEqual(OWN_PARAGRAPHS);
    expect(occurrences(after, FOCUS)).toBe(1);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    await page.close();
  });

  it.each([
    ['a text area', 'plain', 'ds-closed-textarea'],
    ['a contenteditable field', 'rich', 'ds-closed-editable'],
  ])('into %s inside a closed shadow root, at the caret mid-paragraph', async (_name, read, host) => {
    const page = await suite.open('shadow-closed.html');
    await until(async () => ((await page.evaluate<boolean>('!!window.noteIn')) ? true : undefined), 'page');
    // No selector reaches into a closed shadow root: the click lands on the host, which the
    // field fills. The page itself sees the host focused, never the field.
    await insertMidParagraph(page, async () => {
      await page.click(host);
      expect(await page.evaluate<string>('document.activeElement.localName')).toBe(host);
    });
    const after = await page.evaluate<string>(`window.noteIn.${read}()`);
    const blocks = await page.evaluate<string[]>(`window.noteIn.${read}Blocks()`);
    if (read === 'plain') expect(after).toContain(`${SPLIT_AROUND.before}\n\n${NOTE_FIRST_LINE}`);
    const around = read === 'plain' ? aroundNote(blocks.filter((b) => b.trim() !== '')) : aroundNote(blocks);
    expect(around).toEqual([SPLIT_AROUND.before, NOTE_FIRST_LINE, SPLIT_AROUND.after]);
    expect(occurrences(after, FOCUS)).toBe(1);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    await page.close();
  });

  it("into a text area in a closed shadow root's modal dialog, the panel following it in and out", async () => {
    const page = await suite.open('shadow-closed.html');
    await until(async () => ((await page.evaluate<boolean>('!!window.noteIn')) ? true : undefined), 'page');
    await openClosedDialog(page);
    await page.press('Control+End');
    // Everything outside the modal dialog is inert: the panel works only from inside it.
    await insertFromPanel(page);
    const after = await page.evaluate<string>('window.noteIn.dialog()');
    expect(after.startsWith(`Existing text.\n\n${NOTE_FIRST_LINE}`)).toBe(true);
    expect(occurrences(after, FOCUS)).toBe(1);
    // The EHR closes its dialog: the panel comes out with it, open and in reach.
    await page.evaluate('window.noteIn.closeDialog()');
    await until(
      async () => ((await page.evaluate<boolean>(panelIn('html'))) ? true : undefined),
      'panel out',
    );
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    await page.close();
  });

  it("into a closed shadow root's modal dialog that opens while the panel is open", async () => {
    const page = await suite.open('shadow-closed.html');
    await until(async () => ((await page.evaluate<boolean>('!!window.noteIn')) ? true : undefined), 'page');
    const panel = await page.openPanel();
    await panel.fill('Session focus', FOCUS);
    await panel.check('No risk indicated');
    // The EHR opens its dialog over the open panel.
    await openClosedDialog(page);
    // The panel went into the dialog: out of the page's own tree, so no selector finds it.
    await until(async () => ((await page.evaluate<boolean>(panelIn('html'))) ? undefined : true), 'panel in');
    await page.press('Control+End');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    const after = await page.evaluate<string>('window.noteIn.dialog()');
    expect(after.startsWith(`Existing text.\n\n${NOTE_FIRST_LINE}`)).toBe(true);
    expect(occurrences(after, FOCUS)).toBe(1);
    await page.close();
  });

  it('into a field inside an open shadow root, at the caret mid-paragraph', async () => {
    const page = await suite.open('shadow-root.html');
    await until(async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined), 'page');
    await insertMidParagraph(page, () =>
      page.click(kind === 'chromium' ? 'ehr-note-field #note' : 'ehr-note-field >>> #note'),
    );
    // Chromium's document selection moves a range in a shadow root out to its host: the
    // caret must be read inside the root, or the note lands at the field's end.
    expect(aroundNote(await page.evaluate<string[]>('window.fixture.blocks()'))).toEqual([
      SPLIT_AROUND.before,
      NOTE_FIRST_LINE,
      SPLIT_AROUND.after,
    ]);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    await page.close();
  });

  it.each([
    [
      'a text area two shadow roots deep (a design-system text field)',
      'plain',
      'ds-text-field ds-textarea-input textarea',
    ],
    ['a rich editor (TipTap) inside a shadow root', 'rich', 'ds-rich-note .ProseMirror'],
  ])('into %s, at the caret mid-paragraph', async (_name, read, selector) => {
    const page = await suite.open('shadow-editors.html');
    await until(async () => ((await page.evaluate<boolean>('!!window.noteIn')) ? true : undefined), 'page');
    // Puppeteer's CSS needs `>>>` to pierce each shadow root; Playwright's pierces them itself.
    await insertMidParagraph(page, () =>
      page.click(kind === 'chromium' ? selector : selector.split(' ').join(' >>> ')),
    );
    const after = await page.evaluate<string>(`window.noteIn.${read}()`);
    const blocks = await page.evaluate<string[]>(`window.noteIn.${read}Blocks()`);
    // A text area's paragraphs are lines, a blank one between them.
    if (read === 'plain') expect(after).toContain(`${SPLIT_AROUND.before}\n\n${NOTE_FIRST_LINE}`);
    expect(aroundNote(blocks.filter((block) => block.trim() !== ''))).toEqual([
      SPLIT_AROUND.before,
      NOTE_FIRST_LINE,
      SPLIT_AROUND.after,
    ]);
    expect(occurrences(after, FOCUS)).toBe(1);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    await page.close();
  });

  it('into a plain-text field (plaintext-only): every space and tab of the note kept', async () => {
    // Two spaces after a full stop, as many clinicians type; tabs lining up a list.
    const spaced = 'Arrived late.  Spoke of the move:\t\tthe flat,   the keys.';
    const page = await suite.open('plaintext-only.html');
    await page.click('#note');
    await page.press('Control+End');
    const panel = await page.openPanel();
    await panel.fill('Session focus', spaced);
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    // What the page saves: the field's text (white-space: pre-wrap, as typing leaves it).
    const after = await page.evaluate<string>('window.fixture.read()');
    expect(after.startsWith('Existing text.\n\n')).toBe(true);
    expect(after).toContain(`\n${spaced}\n`);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    await page.close();
  });

  it('into CKEditor 5 on a page whose CSP allows only its own scripts', async () => {
    const page = await suite.open('strict-csp.html');
    await until(
      async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined),
      'editor',
    );
    await page.click('.ck-editor__editable');
    await page.press('Control+End');
    await insertFromPanel(page);
    const after = await page.evaluate<string>('window.fixture.read()');
    expect(after.startsWith('Existing text.')).toBe(true);
    expect(firstTwoBlocks(await page.evaluate<string[]>('window.fixture.blocks()'))).toEqual(OWN_PARAGRAPHS);
    expect(occurrences(after, FOCUS)).toBe(1);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    expect(page.errors).toEqual([]);
    // Last, as Firefox reports the blocked script as a page error: the policy is in force,
    // an inline script the page adds does not run.
    expect(await page.evaluate<boolean>(INLINE_SCRIPT_RUNS)).toBe(false);
    await page.close();
  });

  it('into a textarea on a page whose CSP allows nothing from elsewhere (default-src self)', async () => {
    const page = await suite.open('locked-csp.html');
    await page.click('#note');
    await page.press('Control+End');
    // The panel is a frame from the extension's origin: the page's frame-src does not keep it out.
    await insertFromPanel(page);
    const after = await page.evaluate<string>(`document.querySelector('#note').value`);
    expect(after.startsWith('Existing text.\n\n')).toBe(true);
    expect(occurrences(after, FOCUS)).toBe(1);
    // The policy is in force: an inline script the page adds does not run.
    expect(await page.evaluate<boolean>(INLINE_SCRIPT_RUNS)).toBe(false);
    await page.close();
  });

  it('into a rich field and a textarea on a page that enforces Trusted Types', async () => {
    const page = await suite.open('trusted-types.html');
    await page.click('#note');
    await page.press('Control+End');
    await insertFromPanel(page);
    const note = await page.evaluate<string>(`document.querySelector('#note').innerText`);
    expect(occurrences(note, FOCUS)).toBe(1);
    // Rich, as in any contenteditable: the browser built the note's markup from its HTML.
    expect(await page.evaluate<string>(`document.querySelector('#note strong').textContent`)).toBe(
      NOTE_FIRST_LINE,
    );
    expect(
      firstTwoBlocks(
        await page.evaluate<string[]>(
          `[...document.querySelector('#note').children].filter((c) => c.childNodes.length).map((c) => c.innerText)`,
        ),
      ),
    ).toEqual(OWN_PARAGRAPHS);

    await page.click('#summary');
    await page.press('Control+End');
    const panel = await page.openPanel();
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    const summary = await page.evaluate<string>(`document.querySelector('#summary').value`);
    expect(summary.startsWith('Existing text.\n\n')).toBe(true);
    expect(occurrences(summary, FOCUS)).toBe(1);
    expect(page.errors).toEqual([]);
    // Last, as Firefox reports the refused assignment as a page error: the policy is in force.
    expect(await page.evaluate<boolean>(HTML_FROM_STRING_REFUSED)).toBe(true);
    await page.close();
  });

  it.each([
    ['at an address of its own', '#open-note-window'],
    ['blank, then written by the page', '#open-written-window'],
  ])('into a note window the EHR opens (window.open) %s', async (_how, button) => {
    const page = await suite.open('legacy-windows.html');
    const noteWindow = await page.clickForPopup(button);
    await noteWindow.click('#note');
    await noteWindow.press('Control+End');
    // The panel opens in the note window, where the clinician pressed the shortcut.
    await insertFromPanel(noteWindow);
    const after = await noteWindow.evaluate<string>(`document.querySelector('#note').value`);
    expect(after.startsWith('Existing text.\n\n')).toBe(true);
    expect(occurrences(after, FOCUS)).toBe(1);
    expect(await page.hasPanel()).toBe(false);
    await noteWindow.close();
    await page.close();
  });

  it.each([
    ['written with document.write', '#written-frame'],
    ['loaded from a javascript: URL', '#js-url-frame'],
  ])('into a frame the EHR page %s', async (_how, frame) => {
    const page = await suite.open('legacy-windows.html');
    await page.clickInFrame(frame, '#note');
    await page.press('Control+End');
    await insertFromPanel(page);
    const after = await page.evaluateInFrame<string>(frame, `document.querySelector('#note').value`);
    expect(after.startsWith('Existing text.\n\n')).toBe(true);
    expect(occurrences(after, FOCUS)).toBe(1);
    await page.close();
  });
});
