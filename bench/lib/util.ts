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
