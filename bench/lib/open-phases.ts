/**
 * The phases of one panel open, each as ms after the shortcut was sent: read from the host
 * page (when the content script added the panel's iframe), the panel page (navigation and
 * resource timing, lib/open-marks.ts's marks) and the background (its start and marks,
 * through the e2e build's `e2e:timing` message). Used by measures/panel-open.ts.
 */
import type { HostPage, PanelDriver } from '../../tests/e2e/harness/browsers';
import { BACKGROUND_MARKS, PANEL_MARKS } from '../../lib/open-marks';
import { USABLE_MARK } from '../../entrypoints/panel/usable-mark';
import { median, p95 } from './stats';

/** In the host page's own world: the time the panel's iframe appears, epoch ms. */
export const WATCH_PANEL_FRAME = `(() => {
  window.__panelFrameAt = 0;
  new MutationObserver(() => {
    if (!window.__panelFrameAt && document.querySelector('iframe[src$="/panel.html"]'))
      window.__panelFrameAt = performance.timeOrigin + performance.now();
  }).observe(document.documentElement, { childList: true, subtree: true });
})()`;

/** In the panel: its own timeline (first of each mark), and the background's. */
const PANEL_TIMELINE = `(async () => {
  // The sections below the fold follow the first frame: wait for them, up to 2 s.
  for (let i = 0; i < 400 && !performance.getEntriesByName('${PANEL_MARKS.allSections}').length; i++)
    await new Promise((r) => setTimeout(r, 5));
  const nav = performance.getEntriesByType('navigation')[0];
  const marks = {};
  for (const m of performance.getEntriesByType('mark')) marks[m.name] ??= m.startTime;
  const resources = performance.getEntriesByType('resource').map((r) => [r.name, r.responseEnd]);
  const api = globalThis.browser ?? globalThis.chrome;
  const background = await api.runtime.sendMessage({ type: 'e2e:timing' });
  return { origin: performance.timeOrigin, responseEnd: nav.responseEnd, marks, resources, background };
})()`;

interface PanelTimeline {
  origin: number;
  responseEnd: number;
  marks: Record<string, number>;
  resources: [url: string, responseEnd: number][];
  background: { timeOrigin: number; marks: [string, number][] };
}

/** Phase name → ms after the press; a phase that did not happen is absent. */
export type Phases = Record<string, number>;

/** The phases in the order an open goes through them. */
export const PHASES = [
  'iframe added (content script)',
  'panel navigation starts',
  'panel.html received',
  'panel-early.js received',
  'early script asked (panel-early.js)',
  'background started',
  'background main()',
  'database open',
  'draft read (background)',
  'draft answer in panel',
  'templates answer in panel',
  'React chunk received',
  'panel module evaluated (React)',
  'first commit',
  'usable',
  'all sections drawn',
] as const;

export async function openPhases(page: HostPage, panel: PanelDriver, pressed: number): Promise<Phases> {
  // The panel first: the background's timing is asked before it can go idle again.
  const t = await panel.evaluate<PanelTimeline>(PANEL_TIMELINE);
  const frameAt = await page.evaluate<number>('window.__panelFrameAt');
  const inPanel = (ms: number | undefined) => (ms === undefined ? undefined : t.origin + ms - pressed);
  const bgMarks = new Map<string, number>();
  // The latest of each: the background may have answered earlier opens before this one.
  for (const [name, at] of t.background.marks) bgMarks.set(name, at);
  const inBackground = (name: string) => {
    const at = bgMarks.get(name);
    return at === undefined ? undefined : t.background.timeOrigin + at - pressed;
  };
  const resource = (path: string | RegExp) =>
    t.resources.find(([url]) => (typeof path === 'string' ? url.endsWith(path) : path.test(url)))?.[1];
  const reactChunk = resource(/\/chunks\/src-[^/]*\.js$/);
  const phases: Partial<Record<(typeof PHASES)[number], number | undefined>> = {
    'iframe added (content script)': frameAt ? frameAt - pressed : undefined,
    'panel navigation starts': inPanel(0),
    'panel.html received': inPanel(t.responseEnd),
    'panel-early.js received': inPanel(resource('/panel-early.js')),
    'early script asked (panel-early.js)': inPanel(t.marks[PANEL_MARKS.early]),
    'background started': t.background.timeOrigin - pressed,
    'background main()': inBackground(BACKGROUND_MARKS.main),
    'database open': inBackground(BACKGROUND_MARKS.dbReady),
    'draft read (background)': inBackground(BACKGROUND_MARKS.draftLoaded),
    'draft answer in panel': inPanel(t.marks[PANEL_MARKS.draftAnswered]),
    'templates answer in panel': inPanel(t.marks[PANEL_MARKS.templatesAnswered]),
    'React chunk received': inPanel(reactChunk),
    'panel module evaluated (React)': inPanel(t.marks[PANEL_MARKS.module]),
    'first commit': inPanel(t.marks[PANEL_MARKS.firstCommit]),
    usable: inPanel(t.marks[USABLE_MARK]),
    'all sections drawn': inPanel(t.marks[PANEL_MARKS.allSections]),
  };
  return Object.fromEntries(
    Object.entries(phases).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
}

const round = (ms: number) => Math.round(ms);

/** One line per phase: median and p95 ms after the press, over the opens that had it. */
export function phaseTable(all: Phases[]): string {
  return PHASES.flatMap((name) => {
    const xs = all.flatMap((p) => (name in p ? [p[name]!] : []));
    return xs.length ? [`${name}: ${round(median(xs))} / ${round(p95(xs))} ms`] : [];
  }).join('; ');
}
