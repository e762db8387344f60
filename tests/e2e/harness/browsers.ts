/**
 * Real Chromium (Playwright) and real Firefox ESR (Puppeteer over WebDriver BiDi), both
 * with the e2e build loaded, behind one small interface that speaks only the public
 * surface of E2E-CONTRACT.md: keys, roles, accessible names, the panel iframe's title.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Frame as PwFrame,
  type Page as PwPage,
} from 'playwright-core';
import {
  launch,
  type Browser as PpBrowser,
  type ElementHandle,
  type Frame as PpFrame,
  type Page as PpPage,
} from 'puppeteer-core';
import { queryByRole } from './role-finder';
import { until } from './until';

export type BrowserKind = 'chromium' | 'firefox';

export const EXTENSION_DIRS: Record<BrowserKind, string> = {
  chromium: resolve('.output/chrome-mv3-e2e'),
  firefox: resolve('.output/firefox-mv3-e2e'),
};

const TIMEOUT = 10_000;

/** An open panel, as E2E-CONTRACT.md names it: the frame titled so (a closed one has no title). */
const PANEL_FRAME_TITLE = 'Reverie note panel';

/**
 * Profiles and download folders of browsers still open. A browser kept for the next test
 * file (harness/suite.ts) outlives the last one; the drivers kill it when this process
 * exits, and here its folders go too.
 */
const liveDirs = new Set<string>();
process.once('exit', () => {
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  liveDirs.add(dir);
  return dir;
}
function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  liveDirs.delete(dir);
}

/** axe-core, evaluated into a page through the driver (extension pages forbid inline scripts). */
const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const AXE_RUN = `axe.run(document, { resultTypes: ['violations'] }).then((r) =>
  r.violations.flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' '))))`;
const AXE_LOADED = `typeof axe === 'object' && typeof axe.run === 'function'`;

/**
 * Runs axe-core in a frame. Its source (over 500 kB) is evaluated there once, not at every
 * check: a test checks the same panel in one state after another.
 */
async function runAxe(evaluate: (expression: string) => Promise<unknown>): Promise<string[]> {
  if (!(await evaluate(AXE_LOADED))) await evaluate(AXE_SOURCE);
  return (await evaluate(AXE_RUN)) as string[];
}

/** The panel, driven by role and accessible name only. */
export interface PanelDriver {
  /** Fills a textbox (or, with `role`, a searchbox) found by its accessible name. */
  fill(textboxName: string, value: string, role?: 'textbox' | 'searchbox'): Promise<void>;
  type(textboxName: string, text: string): Promise<void>;
  value(textboxName: string): Promise<string>;
  check(checkboxName: string): Promise<void>;
  /** Picks a radio button by its accessible name. */
  choose(radioName: string): Promise<void>;
  /** Picks an option (by its text) in a combobox found by its accessible name. */
  select(comboboxName: string, optionText: string): Promise<void>;
  /** The option texts of a combobox. */
  options(comboboxName: string): Promise<string[]>;
  /** Sets a date or time input found by its label, as a person picking a value would. */
  setInput(label: string, value: string): Promise<void>;
  isChecked(checkboxName: string): Promise<boolean>;
  click(buttonName: string): Promise<void>;
  status(): Promise<string>;
  /** Waits for the status to match; `timeout` only for deliberately huge inputs. */
  waitForStatus(pattern: RegExp, timeout?: number): Promise<string>;
  /** The panel's visible text (for checks such as "this text is shown"). */
  text(): Promise<string>;
  /** Runs axe-core in the panel page; returns the violations as "rule: target" lines. */
  axe(): Promise<string[]>;
  /** Evaluates an expression in the panel's own page (test switches of the e2e build; the bench times work there). */
  evaluate<T>(expression: string): Promise<T>;
}

/**
 * The options page (`options.html` in a tab of its own), driven like the panel. `status`
 * reads the live region with the given name: the page has one per section.
 */
export interface OptionsDriver extends PanelDriver {
  /** Chooses a file for the file input labelled `label`, as a person picking it would. */
  upload(label: string, path: string): Promise<void>;
  /** Clicks the button and returns the text of the file it downloads. */
  download(buttonName: string): Promise<string>;
  /** A key on whatever has focus, e.g. `Enter` on the button just clicked. */
  press(key: 'Enter' | 'Space'): Promise<void>;
  close(): Promise<void>;
}

export interface HostPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
  click(selector: string): Promise<void>;
  /** Clicks an element inside a child frame (an editor's iframe, an embedded page). */
  clickInFrame(frameSelector: string, selector: string): Promise<void>;
  /** Alt+Shift+N, as a person presses it. */
  pressShortcut(): Promise<void>;
  /**
   * The shortcut in its parts, so the bench can time the press of N alone: each key is a
   * round trip to the browser, and Firefox's driver takes ~10 ms for each.
   */
  shortcutKeys(): {
    hold(): Promise<void>;
    strike(): Promise<void>;
    /** N held down: its first keydown, then `repeats` auto-repeats `gapMs` apart, then up. */
    strikeHeld(repeats: number, gapMs: number): Promise<void>;
    release(): Promise<void>;
  };
  press(key: string): Promise<void>;
  typeKeys(text: string): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  /** Evaluates in a child frame's page (same- or cross-origin). */
  evaluateInFrame<T>(frameSelector: string, fn: string): Promise<T>;
  /** Clicks `selector`, which opens a window of the page's own (window.open), and returns that window. */
  clickForPopup(selector: string): Promise<HostPage>;
  screenshot(path: string): Promise<void>;
  /**
   * The panel once it shows the button named `ready` (the note's `Insert note` unless told;
   * `Unlock` when locked): the frame titled `title`, Reverie's own unless told (a hostile
   * page's copy of panel.html has a title of the page's choosing).
   */
  panel(ready?: string, title?: string): Promise<PanelDriver>;
  hasPanel(): Promise<boolean>;
  /** Presses Alt+Shift+N and waits for the panel (pressing again if the content script was not ready yet). */
  openPanel(ready?: string): Promise<PanelDriver>;
  errors: string[];
  /** Chromium only (CDP): crashes the tab's renderer as a real crash would. */
  crash?(): Promise<void>;
  /**
   * Chromium only: the browser-level Alt+Shift+N command, handed to the background's own
   * commands.onCommand listener (synthesized keys reach the page, never the browser's
   * shortcuts).
   */
  browserCommand?(): Promise<void>;
  /**
   * Chromium only: the background injects the eager content script into this tab's frames
   * (scripting.executeScript), as it does on demand in the store build.
   */
  injectContentScript?(): Promise<void>;
  /** Chromium only: sends a CDP command to this tab (the bench reads metrics and heaps). */
  cdp?<T>(method: string, params?: object): Promise<T>;
  /**
   * Chromium only: the trace events (CDP Tracing, `categories`) recorded while `during` runs
   * in this tab (the bench attributes main-thread tasks to the content script).
   */
  trace?(categories: string, during: () => Promise<void>): Promise<TraceEvent[]>;
  /**
   * Chromium only: evaluates in the panel page, its frame found in the frame list by URL
   * alone, open or hidden. Runs no script in the tab itself, whose heap the memory bench
   * reads (the panel is an extension frame, in a process of its own).
   */
  evaluateInPanelFrame?<T>(fn: string): Promise<T>;
}

/** One Chrome trace event, as CDP's Tracing.dataCollected reports it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } } & Record<string, unknown>;
}

/** An extension page of its own (the options page), driven by labels and button names. */
export interface ExtensionPageDriver {
  /** Fills the input whose label is exactly `label` (password and number inputs too). */
  fill(label: string, value: string): Promise<void>;
  click(buttonName: string): Promise<void>;
  text(): Promise<string>;
  /** Evaluates in the extension's own origin (its IndexedDB is the background's). */
  evaluate<T>(fn: string): Promise<T>;
  close(): Promise<void>;
}

export interface TestBrowser {
  kind: BrowserKind;
  /** The extension's runtime.id (public: store IDs are, and a page may guess it). */
  extensionId(): string;
  newPage(): Promise<HostPage>;
  close(): Promise<void>;
  /**
   * Chromium only (CDP): stops the extension's service worker, as the browser does when
   * idle. Through a helper tab whose closing wakes the worker again (tabs.onRemoved): what
   * follows may find it running.
   */
  stopServiceWorker?(): Promise<void>;
  /**
   * Chromium only (CDP): stops the worker without waking it again, and returns once CDP
   * reports it stopped: for a cold open (the bench, cold-open.e2e.ts). Not with a panel
   * open (its port would restart the worker at once).
   */
  stopServiceWorkerQuietly?(): Promise<void>;
  /** Chromium only: the Playwright page of an extension page such as `options.html`. */
  openExtensionPage?(path: string): Promise<PwPage>;
  /** Opens the options page; `statusName` names the live region `status()` reads. */
  openOptions(statusName: string): Promise<OptionsDriver>;
  /**
   * Reloads the extension as an update or a developer's reload does, with pages (and
   * panels) left open. Chromium: runtime.reload() in the service worker. Firefox: the same
   * add-on installed again over itself (an update in place); runtime.reload() is not
   * reachable there (framed extension pages lack it, BiDi neither navigates a tab to a
   * moz-extension: page nor reaches the background).
   */
  reloadExtension(): Promise<void>;
  /**
   * Sends runtime messages, one after the other, from one of the extension's own pages and
   * returns the last answer (for the e2e build's test-only messages, see
   * harness/drafts-seed.ts). Chromium sends them from the options page; Firefox will not let
   * the driver open a moz-extension:// page, so it opens `hostUrl` (a fixture page), the
   * panel there, and sends them from the panel.
   */
  messagesFromExtensionPage(msgs: object[], hostUrl: string): Promise<unknown>;
  /**
   * The options page driven by input labels and button names (password and number inputs
   * too), with evaluate in the extension's own origin (its IndexedDB is the background's).
   */
  openOptionsPage(): Promise<ExtensionPageDriver>;
  /**
   * Kills the whole browser with SIGKILL (no shutdown: no unload handlers, no last writes),
   * then starts it again on the same profile with the extension, as a clinician restarts
   * after a power cut; this object then drives the new browser. Pages of the killed one are gone.
   * Firefox: the temporary add-on is gone after the kill and is installed anew under the same
   * fixed moz-extension UUID; its IndexedDB stays in the kept profile, as nothing uninstalled it.
   */
  killAndRelaunch(): Promise<void>;
  /**
   * Makes this browser what a fresh launch gives the next test file (harness/suite.ts
   * shares it): one blank tab, no download, the extension uninstalled (its storage, granted
   * permissions, alarms and background go with it) and installed anew.
   */
  reset(): Promise<void>;
  /**
   * False once the browser was killed, the extension reloaded or its worker stopped: such
   * a browser is closed after its file, never handed to the next one.
   */
  reusable: boolean;
}

export interface LaunchOptions {
  /** Port of the trap proxy every non-loopback request is sent to. */
  proxyPort: number;
  /** Load the extension (default); false gives the same browser without it, for the bench. */
  extension?: boolean;
  /**
   * Firefox only: how long the event page may idle before it is suspended (the browser's
   * default is 30 s). The bench shortens it to open the panel with the background stopped.
   */
  backgroundIdleMs?: number;
  /** The unpacked extension to load, if not the e2e build (EXTENSION_DIRS). */
  extensionDir?: string;
  /**
   * What the browser tells pages of the system's appearance (`prefers-color-scheme`), as a
   * clinician's dark mode sets it; light unless told.
   */
  colorScheme?: 'light' | 'dark';
}

/**
 * In an extension page: sends each message in turn, retrying one that found no listener (a
 * Firefox event page or a Chrome service worker starting up again), returns the last answer.
 */
const sendInTurn = (api: string, msgs: object[]) => `(async () => {
  let answer;
  for (const m of ${JSON.stringify(msgs)}) {
    for (let attempt = 0; ; attempt++) {
      try {
        answer = await ${api}.runtime.sendMessage(m);
        break;
      } catch (error) {
        if (attempt >= 3 || !/Receiving end does not exist/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }
  return answer;
})()`;

/** Sets a field's value the way a paste would, so React and friends see an input event. */
const SET_VALUE = (el: Element, value: string) => {
  const proto =
    el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

// ---------------------------------------------------------------- Chromium (Playwright)

function chromiumPanel(frame: PwFrame, statusName?: string): PanelDriver {
  const textbox = (name: string) => frame.getByRole('textbox', { name, exact: true });
  const status = frame.getByRole('status', statusName ? { name: statusName, exact: true } : {});
  return {
    fill: async (name, value, role = 'textbox') => {
      const box = frame.getByRole(role, { name, exact: true });
      await box.waitFor({ timeout: TIMEOUT });
      // fill() types nothing for huge values; set it like a paste instead.
      if (value.length > 10_000) await box.evaluate(SET_VALUE, value);
      else await box.fill(value);
    },
    type: (name, text) => textbox(name).pressSequentially(text),
    value: (name) => textbox(name).inputValue(),
    check: (name) => frame.getByRole('checkbox', { name, exact: true }).check(),
    isChecked: (name) => frame.getByRole('checkbox', { name, exact: true }).isChecked(),
    choose: (name) => frame.getByRole('radio', { name, exact: true }).check(),
    select: async (name, option) =>
      void (await frame.getByRole('combobox', { name, exact: true }).selectOption({ label: option })),
    options: (name) => frame.getByRole('combobox', { name, exact: true }).locator('option').allInnerTexts(),
    setInput: (label, value) => frame.getByLabel(label, { exact: true }).fill(value),
    click: (name) => frame.getByRole('button', { name, exact: true }).click(),
    status: () => status.innerText(),
    waitForStatus: async (pattern, timeout) => {
      let last = '';
      return until(
        async () => {
          last = await status.innerText();
          return pattern.test(last) ? last : undefined;
        },
        () => `status ${pattern} (last status: ${JSON.stringify(last)})`,
        timeout,
      );
    },
    text: () => frame.locator('body').innerText(),
    axe: () => runAxe((expression) => frame.evaluate(expression)),
    evaluate: (expression) => frame.evaluate(expression) as Promise<never>,
  };
}

/** Adds openPanel() to a page: the content script runs at document_idle, shortly after load. */
function withOpenPanel(page: Omit<HostPage, 'openPanel'>): HostPage {
  return {
    ...page,
    openPanel: async (ready) => {
      for (let attempt = 0; attempt < 5 && !(await page.hasPanel()); attempt++) {
        await page.pressShortcut();
        const deadline = Date.now() + 1000;
        while (Date.now() < deadline && !(await page.hasPanel())) await new Promise((r) => setTimeout(r, 50));
      }
      return page.panel(ready);
    },
  };
}

/** Evaluates in the extension's service worker; after a reload the list may still hold the old, gone worker: the live one answers. */
async function inServiceWorker(page: PwPage, expression: string): Promise<void> {
  const workers = page.context().serviceWorkers().toReversed();
  for (const [i, worker] of workers.entries()) {
    try {
      return void (await worker.evaluate(expression));
    } catch (error) {
      if (i === workers.length - 1) throw error;
    }
  }
}

function chromiumPage(page: PwPage): HostPage {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Exactly as E2E-CONTRACT.md words it: the frame URL ends in /panel.html.
  // The open panel's frame: a closed panel's (hidden, untitled) may still be listed while the
  // content script replaces it with one for the page a single-page EHR moved to.
  const panelFrame = async (wanted = PANEL_FRAME_TITLE) => {
    for (const frame of page.frames()) {
      if (!frame.url().endsWith('/panel.html') || frame.isDetached()) continue;
      const title = await frame.frameElement().then(
        (owner) => owner.getAttribute('title'),
        () => null,
      );
      if (title === wanted) return frame;
    }
    return undefined;
  };
  let session: Promise<CDPSession> | undefined;
  return withOpenPanel({
    errors,
    clickForPopup: async (selector) => {
      const [popup] = await Promise.all([
        page.waitForEvent('popup', { timeout: TIMEOUT }),
        page.click(selector),
      ]);
      await popup.waitForLoadState('domcontentloaded');
      return chromiumPage(popup);
    },
    cdp: async (method, params) => {
      session ??= page.context().newCDPSession(page);
      return (await (await session).send(method as 'Runtime.evaluate', params as never)) as never;
    },
    evaluateInPanelFrame: async (fn) => {
      const frame = page.frames().find((f) => f.url().endsWith('/panel.html') && !f.isDetached());
      if (!frame) throw new Error('No panel frame in the page');
      return frame.evaluate(fn);
    },
    trace: async (categories, during) => {
      const cdp = await page.context().newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
      try {
        await during();
      } finally {
        await cdp.send('Tracing.end');
        await complete;
        await cdp.detach();
      }
      return events;
    },
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    // As a person closes a tab: unload handlers run (a CDP close without them is a kill).
    close: () => page.close({ runBeforeUnload: true }),
    crash: async () => {
      const cdp = await page.context().newCDPSession(page);
      const crashed = new Promise((done) => page.once('crash', done));
      // Page.crash never answers: the renderer it would answer from is gone.
      void cdp.send('Page.crash').catch(() => {});
      await crashed;
    },
    browserCommand: () =>
      // The Event object's own dispatch runs the listener exactly as a key press would.
      inServiceWorker(
        page,
        `(async (url) => {
          const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
          chrome.commands.onCommand.dispatch('toggle-panel', tab);
        })(${JSON.stringify(page.url())})`,
      ),
    injectContentScript: () =>
      inServiceWorker(
        page,
        `(async (url) => {
          const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
          await chrome.scripting.executeScript({
            target: { tabId: tab.id, allFrames: true },
            files: ['/content-scripts/content.js'],
          });
        })(${JSON.stringify(page.url())})`,
      ),
    click: (selector) => page.click(selector),
    clickInFrame: (frameSelector, selector) => page.frameLocator(frameSelector).locator(selector).click(),
    pressShortcut: () => page.keyboard.press('Alt+Shift+KeyN'),
    shortcutKeys: () => shortcutKeys(page.keyboard as ShortcutKeyboard),
    press: (key) => page.keyboard.press(key),
    typeKeys: (text) => page.keyboard.type(text),
    evaluate: (fn) => page.evaluate(fn),
    evaluateInFrame: async (frameSelector, fn) => {
      const frame = await (await page.waitForSelector(frameSelector, { timeout: TIMEOUT }))?.contentFrame();
      if (!frame) throw new Error(`No frame ${frameSelector}`);
      return frame.evaluate(fn);
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    // By the frame list, not a selector: no selector reaches a panel in a closed shadow root
    // (an EHR's closed modal dialog), and the contract names the frame by URL and title.
    hasPanel: async () => (await panelFrame()) !== undefined,
    panel: async (ready = 'Insert note', title?: string) => {
      const frame = await until(async () => panelFrame(title), 'panel frame');
      await frame.getByRole('button', { name: ready, exact: true }).waitFor({ timeout: TIMEOUT });
      return chromiumPanel(frame);
    },
  });
}

function chromiumExtensionPage(page: PwPage): ExtensionPageDriver {
  return {
    fill: (label, value) => page.getByLabel(label, { exact: true }).fill(value),
    click: (name) => page.getByRole('button', { name, exact: true }).click(),
    text: () => page.locator('body').innerText(),
    evaluate: (fn) => page.evaluate(fn),
    close: () => page.close(),
  };
}

/**
 * Kills a process and its process group with SIGKILL (the browser's helpers die with it, as
 * they do when the machine loses power).
 */
function killHard(pid: number) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    process.kill(pid, 'SIGKILL');
  }
}

/** The Chromium started on `profile`: the process whose command line has no `--type=` (helpers have one). */
function chromiumPid(profile: string): number {
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile
    }
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type=')))
      return Number(entry);
  }
  throw new Error(`No Chromium process runs on ${profile}`);
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Stops the extension's service worker as the browser does when idle, and returns once CDP
 * reports every version of it stopped (stopAllWorkers answers before they are).
 */
async function stopExtensionWorkers(cdp: CDPSession): Promise<void> {
  const status = new Map<string, WorkerVersion['runningStatus']>();
  /** Versions reported stopped since the stop was asked: an open panel may restart one at once. */
  const stoppedSince = new Set<string>();
  let asked = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith('chrome-extension://')) continue;
      status.set(v.versionId, v.runningStatus);
      if (asked && v.runningStatus === 'stopped') stoppedSince.add(v.versionId);
    }
  });
  await cdp.send('ServiceWorker.enable');
  asked = true;
  await cdp.send('ServiceWorker.stopAllWorkers');
  // None seen yet is not "stopped": the versions arrive as events after enable.
  const allStopped = () =>
    status.size > 0 && [...status].every(([id, s]) => s === 'stopped' || stoppedSince.has(id));
  const deadline = Date.now() + TIMEOUT;
  while (!allStopped()) {
    if (Date.now() > deadline) throw new Error('The extension service worker did not stop');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** What Playwright's and Puppeteer's keyboards share, for the shortcut's keys. */
interface ShortcutKeyboard {
  /** A key already down goes down again as a repeat (`KeyboardEvent.repeat`), in both drivers. */
  down(key: 'Alt' | 'Shift' | 'KeyN'): Promise<void>;
  up(key: 'Alt' | 'Shift' | 'KeyN'): Promise<void>;
  press(key: 'KeyN'): Promise<void>;
}

/** Alt+Shift+N in its parts (HostPage.shortcutKeys). */
const shortcutKeys = (keyboard: ShortcutKeyboard) => ({
  hold: async () => {
    await keyboard.down('Alt');
    await keyboard.down('Shift');
  },
  strike: () => keyboard.press('KeyN'),
  strikeHeld: async (repeats: number, gapMs: number) => {
    await keyboard.down('KeyN');
    for (let i = 0; i < repeats; i++) {
      await new Promise((done) => setTimeout(done, gapMs));
      await keyboard.down('KeyN');
    }
    await keyboard.up('KeyN');
  },
  release: async () => {
    await keyboard.up('Shift');
    await keyboard.up('Alt');
  },
});

/**
 * Closes every tab but a new blank one, which stays open: a page then opens as a tab of its
 * window, as after a reset. With no tab left, Chromium closes the window, and each test's
 * page would open a new one, with the window's own WebUI (see NO_OMNIBOX_POPUP).
 */
async function oneBlankTab(context: BrowserContext): Promise<void> {
  const stale = context.pages();
  await context.newPage();
  for (const page of stale) await page.close();
}

/**
 * The browser's own omnibox popup (a WebUI page, never shown headless) turned off as
 * chrome://flags would, in a new profile's Local State: Chromium otherwise loads it in a
 * renderer of its own for each window, about 1.3 s of CPU. (A --disable-features switch
 * would replace the list Playwright passes.) Pages and the extension never see it.
 */
const NO_OMNIBOX_POPUP = {
  browser: { enabled_labs_experiments: ['webui-omnibox-popup@2', 'webui-omnibox-aim-popup@2'] },
};

/** `profile`: a profile left by a killed browser, started again (and deleted on close). */
async function launchChromium(
  options: LaunchOptions,
  profile = tempDir('reverie-chromium-'),
): Promise<TestBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIRS.chromium;
  const withExtension = options.extension ?? true;
  const localState = join(profile, 'Local State');
  if (!existsSync(localState)) writeFileSync(localState, JSON.stringify(NO_OMNIBOX_POPUP));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Reverie is installed over CDP (Extensions.loadUnpacked), not with --load-extension:
    // Chromium uninstalls only such an extension, and reset() needs that. Playwright turns
    // extensions off unless told not to.
    ignoreDefaultArgs: ['--disable-extensions'],
    colorScheme: options.colorScheme ?? 'light',
    args: [
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--proxy-server=http://127.0.0.1:${options.proxyPort}`,
    ],
  });
  const browserCdp = await context.browser()!.newBrowserCDPSession();
  /** Installs the e2e build and waits for its worker; the ID derives from the folder's path. */
  const install = async () => {
    const started = context.waitForEvent('serviceworker', { timeout: TIMEOUT });
    const { id } = (await browserCdp.send('Extensions.loadUnpacked' as never, { path: dir } as never)) as {
      id: string;
    };
    await started;
    return id;
  };
  const extensionId = withExtension ? await install() : '';
  await oneBlankTab(context);
  const openExtensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  const self: TestBrowser = {
    kind: 'chromium',
    reusable: true,
    extensionId: () => extensionId,
    newPage: async () => chromiumPage(await context.newPage()),
    openExtensionPage,
    openOptions: async (statusName) => {
      const page = await openExtensionPage('options.html');
      return {
        ...chromiumPanel(page.mainFrame(), statusName),
        upload: (label, path) => page.getByLabel(label, { exact: true }).setInputFiles(path),
        download: async (name) => {
          const [download] = await Promise.all([
            page.waitForEvent('download', { timeout: TIMEOUT }),
            page.getByRole('button', { name, exact: true }).click(),
          ]);
          return readFileSync(await download.path(), 'utf8');
        },
        press: (key) => page.keyboard.press(key),
        close: () => page.close(),
      };
    },
    reloadExtension: async () => {
      // Outside developer mode Chromium disables a reloaded unpacked extension instead.
      const settings = await context.newPage();
      await settings.goto('chrome://extensions');
      await settings.evaluate(
        `chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true })`,
      );
      await settings.close();
      self.reusable = false;
      const restarted = context.waitForEvent('serviceworker', { timeout: TIMEOUT });
      await context
        .serviceWorkers()[0]!
        .evaluate('chrome.runtime.reload()')
        .catch(() => {});
      await restarted;
    },
    messagesFromExtensionPage: async (msgs) => {
      const page = await openExtensionPage('options.html');
      try {
        return await page.evaluate(sendInTurn('chrome', msgs));
      } finally {
        await page.close();
      }
    },
    openOptionsPage: async () => chromiumExtensionPage(await openExtensionPage('options.html')),
    stopServiceWorker: async () => {
      self.reusable = false;
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.close();
    },
    stopServiceWorkerQuietly: async () => {
      self.reusable = false;
      // Through a tab that stays open: closing a helper tab afterwards would wake the worker
      // again at once (the background listens to tabs.onRemoved), and a cold open would not be.
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        await stopExtensionWorkers(cdp);
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
    killAndRelaunch: async () => {
      const closed = new Promise((done) => context.once('close', done));
      killHard(chromiumPid(profile));
      await closed;
      Object.assign(self, await launchChromium(options, profile), { reusable: false });
    },
    reset: async () => {
      await oneBlankTab(context);
      if (!withExtension) return;
      // Uninstalling deletes the extension's IndexedDB, storage.local/session, alarms and
      // granted permissions, and stops its worker; installed again, it starts empty, as in
      // a fresh profile (same ID: it derives from the folder's path).
      await browserCdp.send('Extensions.uninstall' as never, { id: extensionId } as never);
      await install();
    },
    close: async () => {
      await context.close();
      removeDir(profile);
    },
  };
  return self;
}

// ---------------------------------------------------------------- Firefox (Puppeteer/BiDi)

/**
 * The first element (in document order) with `role` and the exact accessible name `name`,
 * waited for like waitForSelector; computed in the page (role-finder.ts), as Playwright
 * does in Chromium.
 */
function findByRole(frame: PpFrame, role: string, name: string): Promise<ElementHandle> {
  return until(() => queryByRole(frame, role, name), `a ${role} named ${name}`, TIMEOUT);
}

/**
 * In the page: scrolls the element into view, then resolves once its box is the same two
 * frames running. A loop with no named function inside: the bench runs the harness through
 * tsx, whose esbuild wraps named functions in a `__name` helper the page does not have.
 */
const BOX_STABLE = async (el: Element) => {
  // Puppeteer's own scrolling misses a button far down the panel's list in Firefox.
  el.scrollIntoView({ block: 'center' });
  const deadline = performance.now() + 5000;
  let last = JSON.stringify(el.getBoundingClientRect());
  for (;;) {
    if (!el.isConnected) throw new Error('Element is detached');
    await new Promise((r) => requestAnimationFrame(r));
    const now = JSON.stringify(el.getBoundingClientRect());
    if (now === last || performance.now() > deadline) return;
    last = now;
  }
};

/**
 * In the page, just before a click: the pointer events of that click reach `el` or no
 * one, as Playwright's hit-target check does in Chromium. The box can still move between
 * BOX_STABLE and the click (under load the panel may commit a deferred render many frames
 * late, and content above the button grows or shrinks); the click would then land on
 * whatever moved under the pointer. Here it is stopped there and named, and clicked
 * again. No named function inside (see BOX_STABLE).
 */
const GUARD_HITS = (el: Element) => {
  const types = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
  const host = window as unknown as Record<string, { stop(): void } | undefined>;
  host.reverieHitGuard?.stop();
  const guard = {
    missed: '',
    handleEvent(event: Event) {
      // composedPath: a target inside the element's shadow root counts as the element,
      // and a checkbox's label is the checkbox to a click.
      const path = event.composedPath();
      if (
        path.includes(el) ||
        Array.from((el as HTMLInputElement).labels ?? []).some((l) => path.includes(l))
      )
        return;
      guard.missed ||= `${event.type} on <${(event.target as Element | null)?.localName ?? 'nothing'}>`;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    stop() {
      for (const type of types) window.removeEventListener(type, guard, true);
    },
  };
  for (const type of types) window.addEventListener(type, guard, true);
  host.reverieHitGuard = guard;
};

/** After the click: what the guard stopped ('' when every event reached the element), and the guard gone. */
const HITS_MISSED = async () => {
  const host = window as unknown as Record<string, { stop(): void; missed: string } | undefined>;
  const guard = host.reverieHitGuard;
  if (!guard) return '';
  // The click's events are dispatched by now; a frame's wait covers a late one. A frame
  // the click hid (the panel's Close) draws no more frames in Firefox: a timer ends the wait.
  await Promise.race([new Promise((r) => requestAnimationFrame(r)), new Promise((r) => setTimeout(r, 100))]);
  guard.stop();
  delete host.reverieHitGuard;
  return guard.missed;
};

/**
 * In a host page, before a click: notes where the click's mousedown lands in the element's
 * window; false where it cannot tell. A frame element's click lands in the frame's own
 * document, and Reverie's field picker takes a click for itself before the window hears
 * it. No named function inside (see BOX_STABLE).
 */
const HEAR_MOUSEDOWN = (el: Element) => {
  if (el.localName === 'iframe' || el.localName === 'frame') return false;
  let picking = !!document.querySelector('reverie-picker');
  try {
    picking ||= !!window.top?.document.querySelector('reverie-picker');
  } catch {
    // Another origin's top page: this frame's own picker is the one that counts.
  }
  if (picking) return false;
  const heard = {
    at: '',
    handleEvent(event: Event) {
      heard.at ||= event.composedPath().includes(el)
        ? 'it'
        : `<${(event.target as Element | null)?.localName ?? 'nothing'}>`;
    },
  };
  window.addEventListener('mousedown', heard, true);
  (window as unknown as Record<string, unknown>).reverieHeard = heard;
  return true;
};

/** After the click: where its mousedown landed ('' where the page heard none), the listener gone. */
const MOUSEDOWN_HEARD = () => {
  const host = window as unknown as Record<string, { at: string } | undefined>;
  const heard = host.reverieHeard;
  if (!heard) return 'it';
  window.removeEventListener('mousedown', heard as unknown as EventListener, true);
  delete host.reverieHeard;
  return heard.at;
};

/**
 * Clicks an element of a host page (Firefox). Puppeteer clicks wherever the element's box is,
 * whatever covers it: in Firefox's 800 px test window the open 440 px panel covers the page's
 * right, and a click meant for a field there goes into the panel, unsaid. Said here, so a
 * run's log names it instead of leaving a stray failure to puzzle over.
 */
async function clickInHostPage(element: ElementHandle, name: string): Promise<void> {
  const listening = await element.evaluate(HEAR_MOUSEDOWN).catch(() => false);
  await element.click();
  if (!listening) return;
  const heard = await element.evaluate(MOUSEDOWN_HEARD).catch(() => 'it');
  if (heard !== 'it')
    console.warn(
      `[harness] the click on ${name} landed ${heard ? `on ${heard}` : 'outside its page (the panel covers it?)'}`,
    );
}

/** Clicks the element (a button, radio, checkbox) where it is now; again if the box moved under the pointer. */
async function clickWhereItIs(frame: PpFrame, element: ElementHandle, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    // As Playwright does before a click: the element stays where it is for a frame (a
    // list still rendering its results moves it), or the click lands elsewhere.
    await element.evaluate(BOX_STABLE);
    await element.evaluate(GUARD_HITS);
    await element.click();
    // A click that removed the frame has nothing left to ask.
    const missed = await frame.evaluate(HITS_MISSED).catch(() => '');
    if (!missed) return;
    // Said, so that a run's log shows how often the panel moved under a click.
    console.warn(`[harness] a click on ${name} was stopped (${missed}): the box moved; clicking again`);
    if (attempt === 5) throw new Error(`Clicks on ${name} kept missing it (${missed}): it keeps moving`);
  }
}

/**
 * Finds the control and acts on it. React may replace the element in between (a list
 * rendering new results): Puppeteer then throws "detached" (or "not clickable"), and the
 * control is found again, as Playwright's locators do by themselves.
 */
async function onControl<T>(
  frame: PpFrame,
  role: string,
  name: string,
  act: (element: ElementHandle) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const element = await findByRole(frame, role, name);
    try {
      return await act(element);
    } catch (error) {
      // Puppeteer says "not clickable" of a button React took out between the look-up and
      // the click, before it notices the element is detached (the drafts list, in Firefox).
      if (attempt === 5 || !/detached|not clickable/i.test(String(error))) throw error;
    }
  }
}

function firefoxPanel(frame: PpFrame, statusName?: string): PanelDriver {
  const on = <T>(role: string, name: string, act: (element: ElementHandle) => Promise<T>) =>
    onControl(frame, role, name, act);
  const statusText = async () =>
    statusName
      ? on('status', statusName, (el) => el.evaluate((node) => (node as HTMLElement).innerText))
      : frame.$eval('[role="status"]', (el) => (el as HTMLElement).innerText);
  return {
    fill: (name, value, role = 'textbox') =>
      on(role, name, async (box) => {
        await box.focus();
        await box.evaluate(SET_VALUE, value);
      }),
    type: (name, text) => on('textbox', name, (box) => box.type(text)),
    value: (name) => on('textbox', name, (box) => box.evaluate((el) => (el as HTMLTextAreaElement).value)),
    check: (name) =>
      on('checkbox', name, async (box) => {
        const checked = () => box.evaluate((el) => (el as HTMLInputElement).checked);
        if (await checked()) return;
        await clickWhereItIs(frame, box, name);
        // As Playwright's check() does: a click that did not check the box fails here, not later.
        await until(
          async () => ((await checked()) ? true : undefined),
          `${name} checked after a click`,
          2000,
        );
      }),
    isChecked: (name) =>
      on('checkbox', name, (box) => box.evaluate((el) => (el as HTMLInputElement).checked)),
    choose: (name) => on('radio', name, (radio) => clickWhereItIs(frame, radio, name)),
    select: (name, option) =>
      on('combobox', name, async (box) => {
        const value = await box.evaluate(
          (el, text) => Array.from((el as HTMLSelectElement).options).find((o) => o.text === text)?.value,
          option,
        );
        if (value === undefined) throw new Error(`No option ${option} in ${name}`);
        await box.select(value);
      }),
    options: (name) =>
      on('combobox', name, (box) =>
        box.evaluate((el) => Array.from((el as HTMLSelectElement).options).map((o) => o.text)),
      ),
    setInput: async (label, value) => {
      // Firefox exposes date and time inputs as groups of spin buttons; find the input by its label.
      const done = await frame.evaluate(
        (text, v) => {
          const control = Array.from(document.querySelectorAll('label')).find(
            (l) => l.textContent?.trim() === text,
          )?.control as HTMLInputElement | undefined;
          if (!control) return false;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(control, v);
          control.dispatchEvent(new Event('input', { bubbles: true }));
          control.dispatchEvent(new Event('change', { bubbles: true }));
          return true;
        },
        label,
        value,
      );
      if (!done) throw new Error(`No input labelled ${label}`);
    },
    click: (name) => on('button', name, (button) => clickWhereItIs(frame, button, name)),
    status: statusText,
    waitForStatus: (pattern, timeout) => {
      let last = '';
      return until(
        async () => {
          last = await statusText();
          return pattern.test(last) ? last : undefined;
        },
        () => `status ${pattern} (last status: ${JSON.stringify(last)})`,
        timeout,
      );
    },
    text: () => frame.$eval('body', (el) => (el as HTMLElement).innerText),
    axe: () => runAxe((expression) => frame.evaluate(expression)),
    evaluate: (expression) => frame.evaluate(expression) as Promise<never>,
  };
}

function firefoxPage(page: PpPage): HostPage {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // BiDi reports the panel frame's URL late; ask each child frame where it is. Only the open
  // panel's frame (titled) counts, as in Chromium.
  const panelFrame = async (wanted = PANEL_FRAME_TITLE) => {
    for (const frame of page.mainFrame().childFrames()) {
      const url = await frame.evaluate(() => document.URL).catch(() => '');
      if (!url.endsWith('/panel.html')) continue;
      const owner = await frame.frameElement().catch(() => null);
      const title = await owner?.evaluate((el) => el.getAttribute('title')).catch(() => null);
      if (title === wanted) return frame;
    }
    return undefined;
  };
  return withOpenPanel({
    errors,
    clickForPopup: async (selector) => {
      const [popup] = await Promise.all([
        new Promise<PpPage | null>((settle, reject) => {
          const timer = setTimeout(() => reject(new Error('no window opened')), TIMEOUT);
          page.once('popup', (opened) => {
            clearTimeout(timer);
            settle(opened);
          });
        }),
        page.click(selector),
      ]);
      if (!popup) throw new Error('the window opened is not reachable');
      return firefoxPage(popup);
    },
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
    // Waits for the element as Playwright's click does: a window the page has just opened may
    // still be loading (Puppeteer's own click fails at once with "No element found"). A wait
    // begun while such a window still shows its first about:blank document can stay bound to
    // it and never see the document that replaced it (10 s, now and then): the wait is taken
    // up again every second, in the document the window shows then.
    click: async (selector) => {
      const deadline = Date.now() + TIMEOUT;
      for (;;) {
        const element = await page
          .waitForSelector(selector, { timeout: Math.max(1, Math.min(1000, deadline - Date.now())) })
          .catch((error: unknown) => {
            if (Date.now() >= deadline) throw error;
            return undefined;
          });
        if (element === null) return;
        if (element !== undefined) return clickInHostPage(element, selector);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    clickInFrame: async (frameSelector, selector) => {
      const element = await page.waitForSelector(frameSelector, { timeout: TIMEOUT });
      const frame = await element?.contentFrame();
      if (!frame) throw new Error(`No frame ${frameSelector}`);
      const inner = await frame.waitForSelector(selector, { timeout: TIMEOUT });
      if (inner) await clickInHostPage(inner, `${selector} in ${frameSelector}`);
    },
    pressShortcut: async () => {
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyN');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
    },
    shortcutKeys: () => shortcutKeys(page.keyboard as ShortcutKeyboard),
    press: async (combo) => {
      // Playwright-style "Control+End": hold the modifiers, press the last key.
      type Key = Parameters<PpPage['keyboard']['press']>[0];
      const keys = combo.split('+') as Key[];
      const last = keys.pop()!;
      for (const key of keys) await page.keyboard.down(key);
      await page.keyboard.press(last);
      for (const key of keys.toReversed()) await page.keyboard.up(key);
    },
    typeKeys: (text) => page.keyboard.type(text),
    evaluate: (fn) => page.evaluate(fn) as Promise<never>,
    evaluateInFrame: async (frameSelector, fn) => {
      const frame = await (await page.waitForSelector(frameSelector, { timeout: TIMEOUT }))?.contentFrame();
      if (!frame) throw new Error(`No frame ${frameSelector}`);
      return frame.evaluate(fn) as Promise<never>;
    },
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    // By the frame list, as in Chromium: no selector reaches a panel in a closed shadow root.
    hasPanel: async () => (await panelFrame()) !== undefined,
    panel: async (ready = 'Insert note', title?: string) => {
      // The tab a person works in is the front one (and keys and focus go to it).
      await page.bringToFront();
      const frame = await until(() => panelFrame(title), 'panel frame');
      await findByRole(frame, 'button', ready).catch(async (error) => {
        const shown = await frame.evaluate('document.body.innerText').catch(() => '(unreadable)');
        throw new Error(`The panel never became usable. It showed: ${String(shown).slice(0, 300)}`, {
          cause: error,
        });
      });
      return firefoxPanel(frame);
    },
  });
}

/** The gecko id of wxt.config.ts, and the moz-extension host we ask Firefox to give it. */
const FIREFOX_ADDON_ID = 'reverie@reverie.invalid';
const FIREFOX_UUID = '5e0f7c1a-3b7d-4c55-9a61-0d2f6e8b4a17';

/**
 * A file Firefox finished downloading into `dir`: it creates the file empty, writes a
 * `*.part` beside it, and moves that over the file when done.
 */
const downloadedFile = (dir: string) =>
  until(async () => {
    const files = readdirSync(dir);
    const done = files.find((f) => !f.endsWith('.part'));
    if (!done || files.some((f) => f.endsWith('.part'))) return undefined;
    const text = readFileSync(join(dir, done), 'utf8');
    if (text === '') return undefined;
    rmSync(join(dir, done));
    return text;
  }, `a download in ${dir}`);

/** The options page in a new tab (by the fixed moz-extension host), loaded. */
async function openFirefoxOptions(browser: PpBrowser): Promise<PpPage> {
  const page = await browser.newPage();
  // The page loads, but BiDi never answers the navigation (nor updates page.url()): ask the page.
  const url = `moz-extension://${FIREFOX_UUID}/options.html`;
  void page.goto(url, { timeout: 0 }).catch(() => {});
  await until(async () => {
    const state = await page.evaluate(`location.href === ${JSON.stringify(url)} && document.readyState`);
    return state === 'complete' ? true : undefined;
  }, 'the options page');
  // As a person would look at it: keys and focus go to the front tab.
  await page.bringToFront();
  return page;
}

/** In the page: types `v` into the input labelled `text` as React sees typing; undefined if absent. */
const setLabelledValue = (text: string, v: string) => {
  const control = Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.trim() === text)
    ?.control as HTMLInputElement | undefined;
  if (!control) return undefined;
  control.focus();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(control, v);
  control.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
};

function firefoxExtensionPage(page: PpPage): ExtensionPageDriver {
  return {
    fill: async (label, value) => {
      await page.bringToFront();
      // The page renders its sections once the background answered: wait for the input.
      await until(() => page.evaluate(setLabelledValue, label, value), `an input labelled ${label}`);
    },
    click: async (name) => {
      await page.bringToFront();
      await (await findByRole(page.mainFrame(), 'button', name)).click();
    },
    text: () => page.$eval('body', (el) => (el as HTMLElement).innerText),
    evaluate: (fn) => page.evaluate(fn) as Promise<never>,
    close: () => page.close(),
  };
}

/** `profile`: a profile left by a killed browser, started again (and deleted on close). */
async function launchFirefox(
  options: LaunchOptions,
  profile = tempDir('reverie-firefox-'),
): Promise<TestBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIRS.firefox;
  const downloads = tempDir('reverie-firefox-downloads-');
  const browser: PpBrowser = await launch({
    browser: 'firefox',
    userDataDir: profile,
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Firefox 153 lets WebDriver navigate to moz-extension:// pages (the options page) only
    // with system access granted to the remote agent.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.share_proxy_settings': true,
      // Firefox's own remote-settings sync is the browser's traffic, not the extension's:
      // point it at a closed loopback port so the trap proxy records only what we cause.
      'services.settings.server': 'http://127.0.0.1:9/v1',
      // A known moz-extension host, so tests can open the options page by its URL.
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      // Kept over an uninstall (TestBrowser.reset); the storage is still removed with it.
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': false,
      // Downloads go straight to a folder the tests read, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // 0: pages are told the system is dark (1: light), whatever the browser's theme.
      ...(options.colorScheme === 'dark' ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
      ...(options.backgroundIdleMs === undefined
        ? {}
        : { 'extensions.background.idle.timeout': options.backgroundIdleMs }),
    },
  });
  if (options.extension ?? true) await browser.installExtension(extensionDir);
  const self: TestBrowser = {
    kind: 'firefox',
    reusable: true,
    extensionId: () => FIREFOX_ADDON_ID,
    newPage: async () => firefoxPage(await browser.newPage()),
    openOptions: async (statusName) => {
      const page = await openFirefoxOptions(browser);
      const frame = page.mainFrame();
      return {
        ...firefoxPanel(frame, statusName),
        upload: async (label, path) => {
          const input = await frame.evaluateHandle(
            (text) =>
              Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.trim() === text)
                ?.control ?? null,
            label,
          );
          const element = input.asElement() as ElementHandle<HTMLInputElement> | null;
          if (!element) throw new Error(`No file input labelled ${label}`);
          await element.uploadFile(path);
        },
        download: async (name) => {
          await (await findByRole(frame, 'button', name)).click();
          return downloadedFile(downloads);
        },
        press: (key) => page.keyboard.press(key),
        close: () => page.close(),
      };
    },
    openOptionsPage: async () => firefoxExtensionPage(await openFirefoxOptions(browser)),
    reloadExtension: async () => {
      self.reusable = false;
      await browser.installExtension(extensionDir);
    },
    reset: async () => {
      const stale = await browser.pages();
      await browser.newPage();
      for (const page of stale) await page.close();
      for (const file of readdirSync(downloads))
        rmSync(join(downloads, file), { recursive: true, force: true });
      // Uninstalling clears the add-on's IndexedDB, storage.local/session, alarms and
      // permissions (keepStorageOnUninstall is false); its moz-extension UUID stays
      // (keepUuidOnUninstall), as a fresh profile would be given the same one.
      if (!(options.extension ?? true)) return;
      await browser.uninstallExtension(FIREFOX_ADDON_ID);
      await browser.installExtension(extensionDir);
    },
    messagesFromExtensionPage: async (msgs, hostUrl) => {
      const page = firefoxPage(await browser.newPage());
      try {
        await page.goto(hostUrl);
        const panel = await page.openPanel();
        return await panel.evaluate(sendInTurn('browser', msgs));
      } finally {
        await page.close();
      }
    },
    killAndRelaunch: async () => {
      const gone = new Promise((done) => browser.once('disconnected', done));
      killHard(browser.process()!.pid!);
      await gone;
      removeDir(downloads);
      Object.assign(self, await launchFirefox(options, profile), { reusable: false });
    },
    close: async () => {
      await browser.close();
      removeDir(downloads);
      removeDir(profile);
    },
  };
  return self;
}

export function launchBrowser(kind: BrowserKind, options: LaunchOptions): Promise<TestBrowser> {
  return kind === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/**
 * The browsers the e2e tests run in: both, or those named in REVERIE_E2E_BROWSERS
 * (comma-separated) — scripts/test-all.sh runs one process per browser side by side.
 */
export const BROWSERS: BrowserKind[] = (['chromium', 'firefox'] as const).filter((kind) =>
  (process.env.REVERIE_E2E_BROWSERS ?? 'chromium,firefox').split(',').includes(kind),
);
