/**
 * A framed EHR loads another client's chart into its chart frame, and the top address,
 * which a draft is filed under, stays. An insert into that frame once it shows another
 * page than while the note was written asks first (lib/page-move.ts, frameMoveOf), and
 * inserts once confirmed. A chart loaded again (the same page, though its address has a
 * fresh cache-buster) takes the note without a question, and so does a new note written
 * for the chart now shown. Charts from the shell's own origin and from another one, and a
 * legacy frameset; in the next tab, after a browser restart, and in a chart frame the EHR
 * made anew (its name, or its chart's address, not its place, names it). "Fill fields"
 * into a field mapped in the chart frame asks the same, before filling anything, though
 * no field was ever clicked. Real Chromium and Firefox ESR.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage, type PanelDriver } from './harness/browsers';
import { useSuite } from './harness/suite';
import { pickerShown } from './harness/picker';
import { saved } from './harness/saved';
import { until } from './harness/until';

const FOCUS = 'Spoke of the move to the new flat.';
const FRAME = '#chart-frame';
const copies = (text: string) => text.split(FOCUS).length - 1;
const chartNote = (page: HostPage) =>
  page.evaluateInFrame<string>(FRAME, `document.querySelector('#note')?.value ?? ''`);
const MOVED =
  /page in the note field’s frame changed since this note was written \(\/framed-chart\.html\?client=12 → \/framed-chart\.html\?client=47\)/;

const FILL_MOVED =
  /page in the frame of a field to fill changed since this note was written \(\/framed-chart\.html\?client=12 → \/framed-chart\.html\?client=47\) — nothing was filled/;

const NOTICE =
  /This note was written while the note field’s frame showed \/framed-chart\.html\?client=12; it now shows \/framed-chart\.html\?client=47\./;
/**
 * How far down the panel's window its lasting buttons are, by name: the header's, New
 * note's row and the foot's. (Section buttons come and go as last time's note is found.)
 */
const buttonTops = (panel: PanelDriver) =>
  panel.evaluate<string[]>(
    `[...document.querySelectorAll('button')]
      .filter((b) => ['Drafts', 'Fill fields', 'Close panel', 'New note', 'Insert note', 'Copy note'].includes(b.textContent))
      .map((b) => b.textContent + ' ' + Math.round(b.getBoundingClientRect().top))`,
  );
/** How often the panel says what the note field's frame showed (the notice, a question). */
const writtenWhile = (text: string) => text.split('This note was written while').length - 1;
const noticeShown = (panel: PanelDriver) =>
  until(async () => (NOTICE.test(await panel.text()) ? true : undefined), 'the notice of the chart moved');

/** Has the chart frame show `client`'s chart, ready for a click into its note field. */
async function showChart(page: HostPage, client: string): Promise<void> {
  // The client list: in the shell page, or in a frame of its own (a frameset).
  if (await page.evaluate<boolean>(`!!document.querySelector('#nav-frame')`))
    await page.clickInFrame('#nav-frame', `#client-${client}`);
  else await page.click(`#client-${client}`);
  await until(
    async () =>
      (await chartNote(page).catch(() => '')).startsWith(
        `Existing text for ${client === '12' ? 'R.T.' : 'K.L.'}`,
      )
        ? true
        : undefined,
    `client ${client}'s chart`,
  );
}

/** A note written, and saved, with the caret in client R.T.'s chart. */
async function noteWritten(page: HostPage): Promise<PanelDriver> {
  await until(async () => ((await chartNote(page).catch(() => '')) ? true : undefined), 'the chart');
  await page.clickInFrame(FRAME, '#note');
  const panel = await page.openPanel();
  await panel.fill('Session focus', FOCUS);
  await panel.check('No risk indicated');
  await saved(panel);
  return panel;
}

/**
 * `next` opened on the EHR's `url` (a new tab, or the browser's next start): the panel opens on
 * R.T.'s note, the frame shown at K.L.'s chart. The panel says so, and Insert asks.
 */
async function asksAtTheNextChart(next: HostPage, url: string): Promise<void> {
  await next.goto(url);
  await until(async () => ((await chartNote(next).catch(() => '')) ? true : undefined), 'the chart');
  await showChart(next, '47');
  await next.clickInFrame(FRAME, '#note');
  const again = await next.openPanel();
  expect(await again.value('Client label')).toBe('R.T.');
  await noticeShown(again);
  await again.click('Insert note');
  await again.waitForStatus(MOVED);
  expect(copies(await chartNote(next))).toBe(0);
  // Said once, by the question, not by the notice beside it too; the notice is back after.
  expect(writtenWhile(await again.text())).toBe(1);
  await again.click('Cancel');
  await noticeShown(again);
  expect(writtenWhile(await again.text())).toBe(1);
  expect(next.errors).toEqual([]);
  await next.close();
}

describe.each(BROWSERS)('a framed EHR that loaded another chart into its frame, in %s', (kind) => {
  const suite = useSuite(kind);

  it.each([
    ['its own origin', 'framed-ehr.html'],
    ['another origin', 'framed-ehr.html?chart=other'],
    ['the list’s frame, in a legacy frameset', 'framed-frameset.html'],
  ])(
    'asks before inserting into the chart it loaded (charts from %s), and inserts once confirmed',
    async (_, url) => {
      const page = await suite.open(url);
      const panel = await noteWritten(page);
      // The chart's origin is the one the case names (the shell's query chose it).
      const chartOrigin = await page.evaluateInFrame<string>(FRAME, 'location.origin');
      expect(chartOrigin === (await page.evaluate<string>('location.origin'))).toBe(!url.includes('other'));

      await showChart(page, '47');
      await page.clickInFrame(FRAME, '#note');
      await panel.click('Insert note');
      await panel.waitForStatus(MOVED);
      expect(await chartNote(page)).toBe('Existing text for K.L.');
      // The top address did not change: the advice is a new note, not the panel reopened.
      expect(await panel.text()).toContain('press New note');
      expect(await panel.axe()).toEqual([]);
      await panel.click('Cancel');
      await panel.waitForStatus(/^Nothing was inserted$/);
      expect(await chartNote(page)).toBe('Existing text for K.L.');

      await panel.click('Insert note');
      await panel.waitForStatus(MOVED);
      await panel.click('Insert here anyway');
      await panel.waitForStatus(/Inserted/);
      expect(copies(await chartNote(page))).toBe(1);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it.each([
    ['', 'framed-ehr.html'],
    // From another origin: the field is keyed by its own frame's address, cache-buster and all.
    [', each load with a cache-buster of its own', 'framed-ehr.html?chart=other&bust=1'],
  ])(
    'takes the note without a question into the chart it was written in, loaded again%s, and a new note into the chart shown',
    async (_, url) => {
      const page = await suite.open(url);
      const panel = await noteWritten(page);
      const firstLoad = await page.evaluateInFrame<string>(FRAME, 'location.href');

      // Away and back: the frame loads R.T.'s chart anew, the same page.
      await showChart(page, '47');
      await showChart(page, '12');
      // With a cache-buster, another address for the same chart (lib/page-key.ts).
      expect((await page.evaluateInFrame<string>(FRAME, 'location.href')) === firstLoad).toBe(
        !url.includes('bust'),
      );
      await page.clickInFrame(FRAME, '#note');
      await panel.click('Insert note');
      await panel.waitForStatus(/Inserted/);
      expect(copies(await chartNote(page))).toBe(1);
      // Loaded once more, its note field is the field the note went into: a second copy asks.
      await showChart(page, '47');
      await showChart(page, '12');
      await page.clickInFrame(FRAME, '#note');
      await panel.click('Insert note');
      await panel.waitForStatus(/^Already inserted into this field/);
      await panel.click('Cancel');

      // K.L.'s chart, and a note of its own written there.
      await showChart(page, '47');
      await page.clickInFrame(FRAME, '#note');
      await panel.click('New note');
      await panel.waitForStatus(/^New note started for the page now shown, without a client label$/);
      await panel.fill('Session focus', FOCUS);
      await panel.check('No risk indicated');
      await saved(panel);
      await panel.click('Insert note');
      await panel.waitForStatus(/Inserted/);
      expect(copies(await chartNote(page))).toBe(1);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it('puts nothing into the page the frame left, and has the clinician click into the chart it shows', async () => {
    const page = await suite.open('framed-ehr.html');
    const panel = await noteWritten(page);

    // The frame shows K.L.'s chart; the field clicked was R.T.'s, in the page it left. A
    // note put there would read back as inserted and show nowhere.
    await showChart(page, '47');
    await panel.click('Insert note');
    await panel.waitForStatus(/^The note field is no longer on the page — click into it and try again\./);
    expect(await chartNote(page)).toBe('Existing text for K.L.');

    // Clicked into K.L.'s field: the frame's move is asked about, as ever.
    await page.clickInFrame(FRAME, '#note');
    await panel.click('Insert note');
    await panel.waitForStatus(MOVED);
    expect(await chartNote(page)).toBe('Existing text for K.L.');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['its own origin', 'framed-ehr.html'],
    ['another origin', 'framed-ehr.html?chart=other'],
  ])(
    'asks before filling a field mapped in the chart it loaded (charts from %s), and fills once confirmed',
    async (_, url) => {
      const page = await suite.open(url);
      await until(async () => ((await chartNote(page).catch(() => '')) ? true : undefined), 'the chart');
      // Written for R.T., the chart shown; no field clicked: Fill goes by the site's map.
      const panel = await page.openPanel();
      await panel.select('Layout', 'SOAP');
      await panel.fill('Session focus', FOCUS);
      await panel.check('No risk indicated');
      await saved(panel);
      await panel.click('Fill fields');
      await panel.click('Pick field for Subjective');
      await pickerShown(page, panel);
      await page.clickInFrame(FRAME, '#note');
      await panel.waitForStatus(/^Subjective goes into 'Progress note'/);

      await showChart(page, '47');
      await panel.click('Fill all fields');
      await panel.waitForStatus(FILL_MOVED);
      expect(await chartNote(page)).toBe('Existing text for K.L.');
      expect(await panel.text()).toContain('press New note');
      expect(await panel.axe()).toEqual([]);
      await panel.click('Cancel');
      await panel.waitForStatus(/^Nothing was filled$/);
      expect(await chartNote(page)).toBe('Existing text for K.L.');

      await panel.click('Fill all fields');
      await panel.waitForStatus(FILL_MOVED);
      await panel.click('Fill here anyway');
      await panel.waitForStatus(/^Filled Subjective\./);
      expect(copies(await chartNote(page))).toBe(1);
      // Filled there once confirmed: that chart is the note's now, and no second question.
      await page.evaluateInFrame(FRAME, `document.querySelector('#note').value = 'Existing text for K.L.'`);
      await panel.click('Fill all fields');
      await panel.waitForStatus(/^Filled Subjective\./);
      expect(copies(await chartNote(page))).toBe(1);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it.each([
    // Its name ("chart", which the links target) stays: the frame is known by it.
    ['named', `name: 'chart'`],
    // No name (a shell that renders an iframe per client): known by its chart's address.
    ['unnamed', `name: ''`],
  ])(
    'asks before inserting into the next client’s chart in a chart frame the EHR made anew, %s',
    async (_, name) => {
      const page = await suite.open('framed-ehr.html?chart=other');
      const panel = await noteWritten(page);
      // The EHR shows the next client by making the chart frame anew. The browsers list a
      // page's frames in the order they were made, the panel's too: the chart frame's
      // place is now after the panel's, where nothing was noted.
      await page.evaluate(`(() => {
        const chart = Object.assign(document.createElement('iframe'), {
          id: 'chart-frame', ${name}, title: 'Client chart', src: document.querySelector('#client-47').href,
        });
        document.querySelector('#chart-frame').replaceWith(chart);
        return true;
      })()`);
      await until(
        async () =>
          (await chartNote(page).catch(() => '')).startsWith('Existing text for K.L.') ? true : undefined,
        'K.L.’s chart in the new frame',
      );
      await page.clickInFrame(FRAME, '#note');
      await panel.click('Insert note');
      await panel.waitForStatus(MOVED);
      expect(copies(await chartNote(page))).toBe(0);
      await panel.click('Cancel');
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it('says so, and asks before inserting, in the next tab opened on the EHR at the next client’s chart', async () => {
    const page = await suite.open('framed-ehr.html?chart=other');
    const url = await page.evaluate<string>('location.href');
    const panel = await noteWritten(page);
    await panel.fill('Client label', 'R.T.');
    await saved(panel);
    await page.close();

    // The next tab: the same address, so the panel opens on R.T.'s note, with
    // the frame at K.L.'s chart. What R.T.'s note's frame showed came along.
    await asksAtTheNextChart(await suite.browser.newPage(), url);
  });

  it('says so in the open panel and in one opened on the next client’s chart; a new note there starts without the client label', async () => {
    const page = await suite.open('framed-ehr.html?chart=other');
    const panel = await noteWritten(page);
    await panel.fill('Client label', 'R.T.');
    await saved(panel);
    expect(NOTICE.test(await panel.text())).toBe(false);

    // The frame loads K.L.'s chart, no click into it, and the worker stops meanwhile as when
    // idle (Chromium; it forgets all it kept in memory): back in the panel, the notice.
    const before = await buttonTops(panel);
    await showChart(page, '47');
    if (suite.browser.stopServiceWorker) await suite.browser.stopServiceWorker();
    // The click that brings the clinician back focuses the panel, and that brings the
    // notice: no button may move under that click (New note, the remedy, would be missed).
    await panel.evaluate(`dispatchEvent(new FocusEvent('focus'))`);
    await noticeShown(panel);
    expect(await buttonTops(panel)).toEqual(before);
    await panel.fill('Plan', 'Meet weekly.');
    expect(await panel.text()).toContain('press New note');

    // Closed, a click into K.L.'s note field, and opened again: the page's latest note is
    // R.T.'s (the top address is the same for every client), and the panel says so at once.
    await panel.click('Close panel');
    await until(async () => ((await page.hasPanel()) ? undefined : true), 'the panel closed');
    await page.clickInFrame(FRAME, '#note');
    const again = await page.openPanel();
    expect(await again.value('Client label')).toBe('R.T.');
    await noticeShown(again);
    expect(await again.axe()).toEqual([]);

    // K.L.'s own note: R.T.'s label (and with it R.T.'s last goals and plan) stays behind.
    await again.click('New note');
    await again.waitForStatus(/^New note started for the page now shown, without a client label$/);
    expect(await again.value('Client label')).toBe('');
    expect(NOTICE.test(await again.text())).toBe(false);
    await again.fill('Session focus', FOCUS);
    await again.check('No risk indicated');
    await saved(again);
    await again.click('Insert note');
    await again.waitForStatus(/Inserted/);
    expect(copies(await chartNote(page))).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe.each(BROWSERS)('a framed EHR after the browser restarted, in %s', (kind) => {
  const suite = useSuite(kind, { ownBrowser: true });

  it('still says so, and asks before inserting, once the frame shows the next client’s chart', async () => {
    const page = await suite.open('framed-ehr.html?chart=other');
    const url = await page.evaluate<string>('location.href');
    const panel = await noteWritten(page);
    // A second save: the frames' record, noted at the first, is stored by now.
    await panel.fill('Client label', 'R.T.');
    await saved(panel);

    // The browser's session (and with it session storage) ends, as at a restart or a
    // power cut. The next start, the same address: the panel opens on R.T.'s note.
    await suite.browser.killAndRelaunch();
    await asksAtTheNextChart(await suite.browser.newPage(), url);
    // Two browser starts, Firefox's slow on a loaded machine.
  }, 120_000);
});
