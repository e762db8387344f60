/** Small shared pieces of the bench's measures. */
import type { HostPage } from '../../tests/e2e/harness/browsers';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for a fixture page's own script to have run (`window.fixture` or `window.ehrReady`). */
export async function fixtureReady(page: HostPage, flag = 'fixture'): Promise<void> {
  for (let i = 0; i < 200 && !(await page.evaluate<boolean>(`!!window.${flag}`)); i++) await sleep(50);
}

/**
 * Page-side probe: for every keydown, the time from the event to the frame after it
 * (requestAnimationFrame, then a task once that frame is painted). Records into
 * `window.__keyLatency`. Installed in the host page or in the panel.
 */
export const KEY_LATENCY_PROBE = `(() => {
  window.__keyLatency = [];
  addEventListener('keydown', (e) => {
    const start = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__keyLatency.push(performance.now() - start), 0));
  }, true);
})()`;

/** Letters typed one by one, spaced like a quick typist. */
export const TYPED = 'the patient spoke of her mother and the long winter ';

/** The panel's iframe, by the title E2E-CONTRACT.md gives it. */
export const PANEL_FRAME = 'iframe[title="Reverie note panel"]';

/** Evaluates an expression in the panel page. */
export type PanelEval = <T>(fn: string) => Promise<T>;

/**
 * Opens the panel with the shortcut and drives it by CSS selectors and the keyboard only,
 * never by Firefox's accessibility tree (the e2e drivers compute role and name in the page
 * for the same reason: tests/e2e/harness/role-finder.ts). In Firefox a query of that tree
 * (WebDriver BiDi locateNodes by accessibility) starts the
 * accessibility service for the tab's content process, where it stays: from then on every
 * DOM change in the panel also updates Firefox's accessibility tree and sends it to the
 * parent process (profiled: ~2.5 ms of each panel keystroke, ~20 ms of opening the drafts
 * list). That is the cost with a screen reader running, not the one most clinicians see;
 * a measure taken this way does not pay it unless it says so.
 */
export async function openPanelByCss(page: HostPage): Promise<PanelEval> {
  for (let attempt = 0; attempt < 5 && !(await page.hasPanel()); attempt++) {
    await page.pressShortcut();
    for (let i = 0; i < 20 && !(await page.hasPanel()); i++) await sleep(50);
  }
  const evaluate: PanelEval = (fn) => page.evaluateInFrame(PANEL_FRAME, fn);
  for (let i = 0; i < 200; i++) {
    const usable = await evaluate<boolean>("performance.getEntriesByName('reverie:usable').length > 0").catch(
      () => false,
    );
    if (usable) return evaluate;
    await sleep(50);
  }
  throw new Error('The panel never became usable');
}
