/**
 * Opens or closes the panel in a tab. In the store build the content script is not on
 * the page until the clinician invokes Reverie there (activeTab), so inject it first.
 */
import { browser } from 'wxt/browser';
import { commandInFrame } from './content-command';

const CONTENT_SCRIPT = '/content-scripts/content.js';

export async function togglePanelInTab(tabId: number): Promise<void> {
  try {
    await commandInFrame(tabId, 0, { type: 'bg:togglePanel' });
    return;
  } catch {
    // No content script in this tab yet.
  }
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] });
  await commandInFrame(tabId, 0, { type: 'bg:togglePanel' });
}

export function setUpPanelToggle(): void {
  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void togglePanelInTab(tab.id).catch(() => {});
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-panel' && tab?.id !== undefined) void togglePanelInTab(tab.id).catch(() => {});
  });
}
