/**
 * A single-page EHR moves to another client's chart without loading a document, so the
 * open panel still holds the note it opened with: an insert or fill there asks first
 * (lib/page-move.ts), and inserts or fills once confirmed; the open panel tells the
 * clinician as soon as the page moves, and again when they come back to it. A hash route
 * counts as a move and as another page with a note of its own; an anchor jump does neither.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage, type PanelDriver } from './harness/browsers';
import { useSuite } from './harness/suite';
import { pickerShown } from './harness/picker';
import { saved } from './harness/saved';
import { until } from './harness/until';

const FOCUS = 'Spoke of the anniversary of the loss.';
const noteOf = (page: HostPage, client: string) => page.evaluate<string>(`window.spaEhr.noteOf('${client}')`);
const copies = (text: string) => text.split(FOCUS).length - 1;
const NOTICE = 'The EHR page changed since this note was opened';
const OTHER_FOCUS = 'Spoke of starting a new job.';
/** Closes the open panel with the shortcut from the page's note field. */
async function closePanel(page: HostPage): Promise<void> {
  await page.evaluate(`document.querySelector('#note').focus()`);
  await page.pressShortcut();
  await until(async () => ((await page.hasPanel()) ? undefined : true), 'panel closed');
}

/** The panel opened from client R.T.'s note field, with a note ready to insert. */
async function noteReady(page: HostPage): Promise<PanelDriver> {
  await page.click('#note');
  const panel = await page.openPanel();
  await panel.fill('Session focus', FOCUS);
  await panel.check('No risk indicated');
  return panel;
}

describe.each(BROWSERS)('a single-page EHR that moved since the panel opened, in %s', (kind) => {
  const suite = useSuite(kind);

  it('asks before inserting into the chart it moved to, and inserts once confirmed', async () => {
    const page = await suite.open('spa-ehr.html');
    const panel = await noteReady(page);
    expect(await panel.text()).not.toContain(NOTICE);

    await page.click('a[href="?client=47"]');
    expect(await page.evaluate<string>('location.search')).toBe('?client=47');
    // Back in the panel, the clinician is told before doing anything.
    await panel.fill('Plan', 'Weekly.');
    await until(async () => ((await panel.text()).includes(NOTICE) ? true : undefined), 'the notice');
    await page.click('#note');
    await panel.click('Insert note');
    await panel.waitForStatus(
      /page changed since this note was opened \(\/spa-ehr\.html\?case=.* → \/spa-ehr\.html\?client=47\)/,
    );
    expect(await noteOf(page, '47')).toBe('Existing text for K.L.');
    expect(await panel.axe()).toEqual([]);
    // Another page key: closing and opening the panel gives that page's own note.
    expect(await panel.text()).toContain('close the panel and open it again');
    await panel.click('Cancel');
    await panel.waitForStatus(/^Nothing was inserted$/);
    expect(await noteOf(page, '47')).toBe('Existing text for K.L.');

    await panel.click('Insert note');
    await panel.waitForStatus(/page changed/);
    await panel.click('Insert here anyway');
    await panel.waitForStatus(/Inserted/);
    expect(copies(await noteOf(page, '47'))).toBe(1);
    expect(await noteOf(page, '12')).toBe('Existing text for R.T.');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('tells the clinician as the page moves, while they are still in the page, and takes the notice back on return', async () => {
    const page = await suite.open('spa-ehr.html');
    await noteReady(page);
    // The clinician goes on in the page: the panel keeps its place, it never gets the focus.
    await page.click('#note');
    const panel = await page.openPanel();
    expect(await panel.text()).not.toContain(NOTICE);

    await page.click('a[href="?client=47"]');
    expect(await page.evaluate<string>('location.search')).toBe('?client=47');
    await until(async () => ((await panel.text()).includes(NOTICE) ? true : undefined), 'the notice');
    // Told with the focus still in the page, never in the panel's frame.
    expect(await page.evaluate<string>('document.activeElement.localName')).not.toBe('iframe');

    // Back (the browser's own) on the chart where the note was opened: the notice goes.
    await page.evaluate('history.back()');
    await until(async () => ((await panel.text()).includes(NOTICE) ? undefined : true), 'the notice gone');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('files a new note started after the move under the page moved to, and each page opens its own note again', async () => {
    const page = await suite.open('spa-ehr.html');
    const panel = await noteReady(page);
    await panel.fill('Client label', 'R.T.');
    await saved(panel);

    await page.click('a[href="?client=47"]');
    expect(await page.evaluate<string>('location.search')).toBe('?client=47');
    await panel.fill('Plan', 'Weekly.');
    await until(async () => ((await panel.text()).includes(NOTICE) ? true : undefined), 'the notice');
    // K.L.'s own note: not R.T.'s label, and no notice, since the panel now stands for this page.
    await panel.click('New note');
    await panel.waitForStatus(/^New note started for the page now shown, without a client label$/);
    expect(await panel.value('Client label')).toBe('');
    expect(await panel.value('Session focus')).toBe('');
    expect(await panel.text()).not.toContain(NOTICE);
    await panel.fill('Session focus', OTHER_FOCUS);
    await panel.check('No risk indicated');
    await saved(panel);
    // Into K.L.'s chart with no question: this is the page the note was started on.
    await page.click('#note');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    expect(await noteOf(page, '47')).toContain(OTHER_FOCUS);
    expect(await panel.axe()).toEqual([]);

    // Closed and opened again on K.L.'s page: K.L.'s note.
    await closePanel(page);
    expect(await (await page.openPanel()).value('Session focus')).toBe(OTHER_FOCUS);
    // Back (the browser's own) on the page the panel first opened on: R.T.'s unfinished note.
    await page.evaluate('history.back()');
    await until(
      async () => ((await page.evaluate<string>('location.search')).startsWith('?case=') ? true : undefined),
      'back',
    );
    await closePanel(page);
    const first = await page.openPanel();
    expect(await first.value('Session focus')).toBe(FOCUS);
    expect(await first.value('Client label')).toBe('R.T.');
    expect(await noteOf(page, '12')).toBe('Existing text for R.T.');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('asks before filling fields in the chart it moved to', async () => {
    const page = await suite.open('spa-ehr.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.select('Layout', 'SOAP');
    await panel.fill('Session focus', FOCUS);
    await panel.check('No risk indicated');
    await panel.click('Fill fields');
    await panel.click('Pick field for Subjective');
    // The click picks only once the picker is on the page.
    await pickerShown(page, panel);
    await page.click('#note');
    await panel.waitForStatus(/^Subjective goes into/);

    await page.click('a[href="?client=47"]');
    await panel.click('Fill all fields');
    await panel.waitForStatus(/page changed since this note was opened.*nothing was filled/);
    expect(await noteOf(page, '47')).toBe('Existing text for K.L.');
    await panel.click('Fill here anyway');
    await panel.waitForStatus(/^Filled /);
    expect(copies(await noteOf(page, '47'))).toBe(1);
    expect(await noteOf(page, '12')).toBe('Existing text for R.T.');
    await page.close();
  });

  it('takes a hash route for a move and another page, an anchor jump for neither', async () => {
    const page = await suite.open('spa-ehr.html');
    const panel = await noteReady(page);

    await page.click('a[href="#plan"]');
    // The jump happened: a click that missed would prove nothing here.
    expect(await page.evaluate<string>('location.hash')).toBe('#plan');
    await page.click('#note');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    expect(copies(await noteOf(page, '12'))).toBe(1);

    await page.click('a[href="#/clients/47"]');
    expect(await page.evaluate<string>('location.hash')).toBe('#/clients/47');
    await page.click('#note');
    await panel.click('Insert note');
    await panel.waitForStatus(/page changed since this note was opened.*#\/clients\/47/);
    expect(await panel.text()).toContain('close the panel and open it again');
    expect(await noteOf(page, '47')).toBe('Existing text for K.L.');
    await panel.click('Cancel');

    // Closed and opened again on the hash route: that page's own note, not R.T.'s.
    await closePanel(page);
    expect(await (await page.openPanel()).value('Session focus')).toBe('');
    // Back on R.T.'s page (the anchor, no route), the unfinished note there is resumed.
    await page.click('a[href="#plan"]');
    expect(await page.evaluate<string>('location.hash')).toBe('#plan');
    await closePanel(page);
    expect(await (await page.openPanel()).value('Session focus')).toBe(FOCUS);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
