/**
 * The walking skeleton, end to end in real Chromium and real Firefox ESR, through the
 * public surface only (E2E-CONTRACT.md): open with Alt+Shift+N, fill sections by their
 * accessible names, insert, read the host field back, reload, resume.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage } from './harness/browsers';
import { until } from './harness/until';
import { useSuite } from './harness/suite';
import {
  aroundNote,
  firstTwoBlocks,
  MID_CARET_LEFT_PRESSES,
  NOTE_FIRST_LINE,
  OWN_PARAGRAPHS,
  SPLIT_AROUND,
} from './paragraphs';
import { insertSecondCopy } from './second-copy';

const FOCUS = 'Came in angry after a cancelled meeting; said "nobody keeps a promise to me".';
const PRIVATE = 'Felt an urge to reassure and offer an extra session.';

/** Hosts Chromium and Firefox call by themselves, extension or not. */
const BROWSER_OWN_SERVICES =
  /^(CONNECT |[A-Z]+ https?:\/\/)[a-z0-9.-]+\.(googleapis\.com|google\.com|gvt1\.com|gstatic\.com|mozilla\.(com|org|net)|firefox\.com)[:/]/;

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const fieldValue = (page: HostPage) => page.evaluate<string>(`document.querySelector('#note').value`);

describe.each(BROWSERS)('walking skeleton in %s', (kind) => {
  const suite = useSuite(kind);

  it('opens beside the field without taking focus, inserts once at the caret, keeps private sections out', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    await page.press('End');
    await page.press('Control+End');
    const panel = await page.openPanel();
    expect(await page.evaluate<string>('document.activeElement && document.activeElement.id')).toBe('note');

    await panel.fill('Session focus', FOCUS);
    await panel.fill('Countertransference', PRIVATE);
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);

    const value = await fieldValue(page);
    expect(value.startsWith('Existing text.')).toBe(true);
    expect(occurrences(value, FOCUS)).toBe(1);
    expect(value).toContain('No suicidal or homicidal ideation');
    expect(value).not.toContain(PRIVATE);
    expect(value).not.toContain('Countertransference');

    // A second Insert into the same field asks first and inserts nothing until confirmed.
    await panel.click('Insert note');
    await panel.waitForStatus(/Already inserted/);
    expect(occurrences(await fieldValue(page), FOCUS)).toBe(1);
    await panel.click('Insert second copy');
    await panel.waitForStatus(/Inserted/);
    expect(occurrences(await fieldValue(page), FOCUS)).toBe(2);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('refuses to insert while risk is undocumented', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.fill('Session focus', FOCUS);
    await panel.click('Insert note');
    await panel.waitForStatus(/Risk not documented/);
    expect(await fieldValue(page)).toBe('Existing text.');
    await page.close();
  });

  it('updates React state of a React-controlled textarea, not only the DOM', async () => {
    const page = await suite.open('react-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.fill('Plan', 'Continue weekly; explore the coming break.');
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    const state = await page.evaluate<string>('window.fixture.read()');
    expect(state.startsWith('Existing text.')).toBe(true);
    expect(occurrences(state, 'Continue weekly; explore the coming break.')).toBe(1);
    expect(await fieldValue(page)).toBe(state);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('inserts into a contenteditable field, keeping what was there', async () => {
    const page = await suite.open('contenteditable.html');
    // Its paragraphs: the field's child elements that draw something (fixture-api's `drawn`).
    const fieldBlocks = () =>
      page.evaluate<string[]>(
        `[...document.querySelector('#note').children].filter((c) => c.childNodes.length).map((c) => c.innerText)`,
      );
    await page.click('#note');
    await page.press('Control+End');
    const panel = await page.openPanel();
    await panel.fill('Interventions', 'Clarified the shift to analysing the schedule.');
    await panel.check('No risk indicated');
    await panel.check('interpretation');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    const text = await page.evaluate<string>(`document.querySelector('#note').innerText`);
    expect(text.startsWith('Existing text.')).toBe(true);
    // The note starts a paragraph of its own.
    expect(firstTwoBlocks(await fieldBlocks())).toEqual(OWN_PARAGRAPHS);
    expect(occurrences(text, 'Clarified the shift to analysing the schedule.')).toBe(1);
    expect(text).toContain('Interventions used: interpretation.');
    // A rich field gets the note's HTML: bold headings, each its own paragraph.
    expect(
      await page.evaluate<string[]>(
        `[...document.querySelectorAll('#note p > strong')].map((b) => b.textContent)`,
      ),
    ).toEqual([NOTE_FIRST_LINE, 'Risk', 'Interventions']);

    // Undone, then again with the caret inside the paragraph: the text after the caret
    // starts a paragraph (Firefox: a line) of its own after the note.
    const innerText = () => page.evaluate<string>(`document.querySelector('#note').innerText`);
    await page.press('Control+KeyZ');
    await until(async () => ((await innerText()).trim() === 'Existing text.' ? true : undefined), 'undo');
    await page.press('Control+End');
    for (let i = 0; i < MID_CARET_LEFT_PRESSES; i += 1) await page.press('ArrowLeft');
    await insertSecondCopy(panel);
    expect(aroundNote(await fieldBlocks())).toEqual([
      SPLIT_AROUND.before,
      NOTE_FIRST_LINE,
      SPLIT_AROUND.after,
    ]);
    await page.close();
  });

  it('keeps the text after the caret in a textarea a paragraph of its own, caret inside or at the start', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    await page.press('Control+End');
    for (let i = 0; i < MID_CARET_LEFT_PRESSES; i += 1) await page.press('ArrowLeft');
    const panel = await page.openPanel();
    await panel.fill('Session focus', FOCUS);
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    // A blank line on each side, as between the note's own sections.
    let value = await fieldValue(page);
    expect(value.startsWith(`${SPLIT_AROUND.before}\n\n${NOTE_FIRST_LINE}`)).toBe(true);
    expect(value.endsWith(`\n\n${SPLIT_AROUND.after}`)).toBe(true);
    expect(value.at(-SPLIT_AROUND.after.length - 3)).not.toBe('\n');
    expect(occurrences(value, FOCUS)).toBe(1);
    await page.press('Control+KeyZ');
    await until(async () => ((await fieldValue(page)) === 'Existing text.' ? true : undefined), 'undo');

    await page.press('Control+Home');
    await insertSecondCopy(panel);
    value = await fieldValue(page);
    expect(value.startsWith(NOTE_FIRST_LINE)).toBe(true);
    expect(value.endsWith('\n\nExisting text.')).toBe(true);
    expect(value.at(-'Existing text.'.length - 3)).not.toBe('\n');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('falls back to the clipboard when no field was chosen, and says so', async () => {
    const page = await suite.open('plain-textarea.html');
    const panel = await page.openPanel();
    await panel.fill('Session focus', FOCUS);
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Copied/);
    expect(await fieldValue(page)).toBe('Existing text.');
    await page.close();
  });

  it('resumes the draft after a reload and after the tab is closed and reopened', async () => {
    const page = await suite.open('plain-textarea.html');
    const url = await page.evaluate<string>('location.href');
    let panel = await page.openPanel();
    await panel.fill('Themes and patterns', 'Expectation of abandonment by authority figures.');
    await panel.check('No risk indicated');
    await panel.check('intellectualization');
    // Typed keys, then an immediate reload: the pagehide flush must save them.
    await panel.type('Session focus', 'Typed just before the reload');
    await page.reload();
    panel = await page.openPanel();
    expect(await panel.value('Session focus')).toBe('Typed just before the reload');
    expect(await panel.value('Themes and patterns')).toBe('Expectation of abandonment by authority figures.');
    expect(await panel.isChecked('No risk indicated')).toBe(true);
    expect(await panel.isChecked('intellectualization')).toBe(true);
    await page.close();

    const again = await suite.browser.newPage();
    await again.goto(url);
    panel = await again.openPanel();
    expect(await panel.value('Session focus')).toBe('Typed just before the reload');
    await again.close();
  });

  it('inserts hostile and huge input literally: a 1 MB section, emoji, right-to-left text, HTML', async () => {
    const big = 'Long reflective paragraph. '.repeat(40_000); // ≈1 MB
    const html = '<img src=x onerror=alert(1)> & <b>not bold</b>';
    const mixed = 'Said 😔🙂 then quoted her mother: "שלום, أهلاً" — and laughed.';
    for (const fixture of ['plain-textarea.html', 'contenteditable.html']) {
      const page = await suite.open(fixture);
      await page.click('#note');
      const panel = await page.openPanel();
      await panel.check('No risk indicated');
      await panel.fill('Session focus', `${html}\n\n${mixed}`);
      await panel.fill('Unconscious material', big);
      await panel.click('Insert note');
      // Correctness only (a generous wait for loaded machines): speed is measured in bench/.
      await panel.waitForStatus(/Inserted/, 80_000);
      const read =
        fixture === 'plain-textarea.html'
          ? await fieldValue(page)
          : await page.evaluate<string>(`document.querySelector('#note').innerText`);
      expect(read).toContain(html);
      expect(read).toContain(mixed);
      expect(read.replace(/\s+/g, ' ')).toContain(big.trim());
      expect(await page.evaluate<number>(`document.querySelectorAll('#note img, #note b').length`)).toBe(0);
      // Nothing lost in the panel either.
      expect((await panel.value('Unconscious material')).length).toBe(big.length);
      await page.close();
    }
    // Two 1 MB inserts and read-backs: minutes on a loaded 2-core machine, both browsers at once.
  }, 180_000);

  it('leaves no draft data in the host page storage or DOM, and the panel iframe is all the page sees', async () => {
    const marker = 'Dreamt of a locked house with the lights on';
    const page = await suite.open('plain-textarea.html');
    const panel = await page.openPanel();
    await panel.fill('Unconscious material', marker);
    await panel.fill('Client label', 'Z.Q.');
    await new Promise((r) => setTimeout(r, 800));
    const seen = await page.evaluate<string>(`(async () => {
      const dbs = indexedDB.databases ? await indexedDB.databases() : [];
      return JSON.stringify({
        dbs,
        local: Object.entries(localStorage),
        session: Object.entries(sessionStorage),
        html: document.documentElement.outerHTML,
        cookie: document.cookie,
      });
    })()`);
    expect(seen).not.toContain(marker);
    expect(seen).not.toContain('Z.Q.');
    expect(JSON.parse(seen).dbs).toEqual([]);
    await page.close();
  });

  it('made no network request of its own', async () => {
    // First prove the trap sees a page's outside request at all, then look for ours.
    const page = await suite.open('plain-textarea.html');
    await page.evaluate(`fetch('http://trap-check.reverie.test/').catch(() => {})`);
    await page.close();
    expect(suite.proxyHits.some((hit) => hit.includes('trap-check.reverie.test'))).toBe(true);
    suite.proxyHits.splice(
      0,
      suite.proxyHits.length,
      ...suite.proxyHits.filter((h) => !h.includes('trap-check')),
    );
    // Every non-loopback request went to the trap proxy. What remains after the browsers'
    // own services (updates, autofill, accounts, remote settings) would be ours.
    const ours = suite.proxyHits.filter((hit) => !BROWSER_OWN_SERVICES.test(hit));
    expect(ours).toEqual([]);
    const pages = suite.server.requests.filter(
      (r) => !/^\/(plain-textarea|react-textarea|contenteditable)\.html\?case=|^\/assets\//.test(r),
    );
    expect(pages.filter((r) => r !== '/favicon.ico')).toEqual([]);
  });
});
