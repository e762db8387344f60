/**
 * How long inserting a 5,000-word note takes in each editor, in real Chromium and
 * Firefox ESR: from the click on `Insert note` to the status saying `Inserted` (engine,
 * page bridge, editor, read-back). A report, not a pass/fail test: prints a table of the
 * median and spread over repeated runs and writes bench/RESULTS.md.
 *
 * Run through `npm run bench`, which builds the e2e extension first. BENCH_RUNS sets the
 * number of runs per editor and browser (default 5).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { EDITOR_CASES } from '../tests/e2e/editor-cases';
import { BROWSERS, launchBrowser, type HostPage } from '../tests/e2e/harness/browsers';
import { serveFixtures, startTrapProxy } from '../tests/e2e/harness/server';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SENTENCE = 'She returned to the dream of the locked house and wondered who kept the key. ';
/** 15 words a sentence: 334 sentences ≈ 5,000 words, in paragraphs of ten sentences. */
const NOTE = Array.from({ length: 34 }, () => SENTENCE.repeat(10).trim())
  .join('\n\n')
  .slice(0, 1_000_000);
const WORDS = NOTE.split(/\s+/).length;

const median = (xs: number[]) => {
  const s = xs.toSorted((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function once(page: HostPage, field: (typeof EDITOR_CASES)[number]['field']): Promise<number> {
  for (let i = 0; i < 200 && !(await page.evaluate<boolean>('!!window.fixture')); i++)
    await new Promise((r) => setTimeout(r, 50));
  if (typeof field === 'string') await page.click(field);
  else await page.clickInFrame(field.frame, field.body);
  await page.press('Control+End');
  const panel = await page.openPanel();
  await panel.fill('Unconscious material', NOTE);
  await panel.check('No risk indicated');
  const start = performance.now();
  await panel.click('Insert note');
  await panel.waitForStatus(/Inserted/, 120_000);
  return performance.now() - start;
}

await build({ configFile: 'tests/e2e/fixtures/vite.config.ts' });
const server = await serveFixtures(resolve('tests/e2e/.fixtures-dist'));
const proxy = await startTrapProxy();
const rows: string[] = [];
try {
  for (const kind of BROWSERS) {
    const browser = await launchBrowser(kind, { proxyPort: proxy.port });
    try {
      for (const c of EDITOR_CASES) {
        const times: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          const page = await browser.newPage();
          await page.goto(`${server.url(c.page)}?bench=${kind}-${run}-${Date.now()}`);
          try {
            times.push(await once(page, c.field));
          } finally {
            await page.close();
          }
        }
        const row = `| ${kind} | ${c.page.replace('.html', '')} | ${median(times).toFixed(0)} | ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} |`;
        console.log(row);
        rows.push(row);
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  await proxy.close();
}

const report = `# Insertion bench

A ${WORDS}-word note (${NOTE.length} characters), inserted by clicking \`Insert note\` until the
status says \`Inserted\`, ${RUNS} runs per editor and browser, on this machine
(${process.platform}, Node ${process.version}). Times in milliseconds.

| browser | editor | median | min–max |
| --- | --- | ---: | ---: |
${rows.join('\n')}
`;
writeFileSync('bench/RESULTS.md', report);
console.log(`\n${report}`);
