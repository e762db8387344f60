/**
 * The frames the background injected the insertion script into, per tab. A tab's entries
 * go when the tab closes or its page is replaced (a navigation or reload starts loading a
 * new document, whose frames hold no script): left, they only grew, and an entry for a
 * frame id reused by a new document cost a lost message before the injection.
 */
export class InjectedFrames {
  private readonly byTab = new Map<number, Set<number>>();

  add(tabId: number, frameId: number): void {
    const frames = this.byTab.get(tabId) ?? new Set<number>();
    frames.add(frameId);
    this.byTab.set(tabId, frames);
  }

  has(tabId: number, frameId: number): boolean {
    return this.byTab.get(tabId)?.has(frameId) ?? false;
  }

  /** One frame that did not answer (navigated on its own since it was injected). */
  forget(tabId: number, frameId: number): void {
    const frames = this.byTab.get(tabId);
    frames?.delete(frameId);
    if (frames?.size === 0) this.byTab.delete(tabId);
  }

  forgetTab(tabId: number): void {
    this.byTab.delete(tabId);
  }

  /** How many tabs have entries (for tests and leak checks). */
  get tabCount(): number {
    return this.byTab.size;
  }
}

/**
 * Whether a `tabs.onUpdated` change means the tab's top-level document is being replaced.
 * `status: 'loading'` comes without the `tabs` permission (which Reverie does not ask
 * for); `url` only where the extension has access to the tab, so it is a second hint.
 */
export const documentReplaced = (change: { status?: string; url?: string }): boolean =>
  change.status === 'loading' || change.url !== undefined;
