/**
 * The demo: serves a fictional EHR page on 127.0.0.1 and opens Chromium with Reverie
 * loaded. With a display, the browser stays open for you to try it (Ctrl+C ends). Without
 * one, it walks through a fictional note and saves a screenshot.
 *
 * Run through `npm run demo`, which builds the extension first.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { launchBrowser } from '../tests/e2e/harness/browsers';
import { serveFixtures, startTrapProxy } from '../tests/e2e/harness/server';

const SCREENSHOT = resolve(process.env.DEMO_SCREENSHOT ?? 'docs/screenshot.png');

await build({ configFile: 'tests/e2e/fixtures/vite.config.ts' });
const server = await serveFixtures(resolve('tests/e2e/.fixtures-dist'));
const proxy = await startTrapProxy();
const url = server.url('demo-ehr.html');

if (process.env.DISPLAY && !process.env.CI) {
  const { chromium } = await import('playwright-core');
  const dir = resolve('.output/chrome-mv3-e2e');
  const context = await chromium.launchPersistentContext(resolve('.demo-profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Demo EHR: ${url}\nClick into the note field and press Alt+Shift+N. Ctrl+C to end.`);
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  const browser = await launchBrowser('chromium', { proxyPort: proxy.port });
  const page = await browser.newPage();
  await page.goto(url);
  await page.click('#progress-note');
  const panel = await page.openPanel();
  // The appointment the fictional page shows: Wed 4 Mar 2026, 14:00–14:50, individual, in person.
  await panel.setInput('Session date', '2026-03-04');
  await panel.setInput('Start time', '14:00');
  await panel.setInput('End time', '14:50');
  await panel.select('Modality', 'Individual');
  await panel.select('Setting', 'in person');
  await panel.click('Confirm CPT code');
  await panel.fill(
    'Session focus',
    'Came in angry after her manager cancelled a one-to-one; said "nobody ever keeps a promise to me".',
  );
  await panel.check('No risk indicated');
  await panel.fill(
    'Themes and patterns',
    "Expectation of abandonment by authority figures, linked to father's unpredictable visits.",
  );
  await panel.check('intellectualization');
  await panel.check('devaluation');
  await panel.check('clarification');
  await panel.check('interpretation');
  await panel.fill('Countertransference', 'Felt an urge to reassure (private: stays in the local draft).');
  await panel.fill('Plan', 'Continue weekly; explore feelings about the two-week break next session.');
  await panel.click('Insert note');
  const status = await panel.waitForStatus(/Inserted|Copied|not/);
  // The preview and the checks follow a burst of edits once it is over (150 ms without one,
  // entrypoints/panel/use-between-bursts.ts); a script edits faster than anyone types.
  await new Promise((settled) => setTimeout(settled, 1000));
  mkdirSync(resolve(SCREENSHOT, '..'), { recursive: true });
  await page.screenshot(SCREENSHOT);
  console.log(`Status: ${status}\nScreenshot: ${SCREENSHOT}`);
  await browser.close();
}
await server.close();
await proxy.close();
