/**
 * Performance marks along a panel open, for the bench's phase breakdown
 * (bench/measures/panel-open.ts), and around an insert (tests/e2e/insert-warm-up.e2e.ts). The panel's marks are set once per panel page, so they
 * cost nothing that grows; the background's are set in the e2e build only (its page or
 * worker can live all day) and read through the test-only `e2e:timing` message.
 */
export const PANEL_MARKS = {
  /** panel-early.js ran: the draft and the templates are asked for. */
  early: 'reverie:early',
  /** The early draft answer reached the panel. */
  draftAnswered: 'reverie:draft-answered',
  /** The early templates answer reached the panel. */
  templatesAnswered: 'reverie:templates-answered',
  /** The panel's module and everything it imports (React) fetched, parsed and evaluated. */
  module: 'reverie:module',
  /** React's first commit to the DOM; `detail.drewDraft`: it drew the draft (not "Opening…"). */
  firstCommit: 'reverie:first-commit',
  /** Every section drawn: those below the fold follow the panel's first frame (App.tsx). */
  allSections: 'reverie:all-sections',
} as const;

export const BACKGROUND_MARKS = {
  /** The background's main() starts (its own timeOrigin is when its script began). */
  main: 'reverie:bg-main',
  /** A content script said a panel is opening (content:panelOpening). */
  panelOpening: 'reverie:bg-panel-opening',
  /** Dexie opened the database (schema checked, upgrades run). */
  dbReady: 'reverie:bg-db-ready',
  /** A panel's draft was read and is about to be answered. */
  draftLoaded: 'reverie:bg-draft-loaded',
  /** The insertion script was injected into a frame (entrypoints/background/inserter-injection.ts). */
  inserterInjected: 'reverie:bg-inserter-injected',
  /** A panel asked for an insert (entrypoints/background/insert-handler.ts). */
  insertAsked: 'reverie:bg-insert-asked',
  /** The page bridge was installed listening in a frame's page (content:listenBridge). */
  bridgeListening: 'reverie:bg-bridge-listening',
  /** A page bridge call came through the background (content:pageBridge), not by event. */
  bridgeRelayed: 'reverie:bg-bridge-relayed',
} as const;

/** A background mark: compiled to nothing outside the e2e build. */
export function markBackground(name: (typeof BACKGROUND_MARKS)[keyof typeof BACKGROUND_MARKS]): void {
  if (import.meta.env.MODE === 'e2e') performance.mark(name);
}
