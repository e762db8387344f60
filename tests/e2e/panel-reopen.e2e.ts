/**
 * The panel is built once per page, then hidden and shown (entrypoints/content/panel-mount.ts):
 * reopened, it is the same panel with the same text, not a new one loading again; closed,
 * it is truly gone for the clinician (no title, not displayed, not reachable by Tab) and
 * focus goes back to the note field; what was typed is saved; a single-page EHR that moved
 * to another page gets a panel for that page.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage } from './harness/browsers';
import { useSuite } from './harness/suite';

const PANEL_FRAMES = `document.querySelectorAll('iframe[src*="/panel.html"]')`;

async function closed(page: HostPage): Promise<void> {
  for (let i = 0; i < 100 && (await page.hasPanel()); i++) await new Promise((r) => setTimeout(r, 50));
  expect(await page.hasPanel()).toBe(false);
}

const activeId = (page: HostPage) =>
  page.evaluate<string>(
    'document.activeElement ? document.activeElement.id || document.activeElement.tagName : ""',
  );

describe.each(BROWSERS)('panel closed and reopened in %s', (kind) => {
  const suite = useSuite(kind);

  it('reopens the same panel with the same text; closed, it is hidden and out of reach of Tab', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.type('Session focus', 'Spoke of the move;');
    // A mark in the panel page itself: it survives only if the page is not loaded again.
    await panel.evaluate('window.__sameLife = true');

    await page.evaluate(`document.querySelector('#note').focus()`);
    await page.pressShortcut();
    await closed(page);
    const hidden = await page.evaluate<{ frames: number; display: string; visible: boolean }>(`(() => {
      const frames = ${PANEL_FRAMES};
      const frame = frames[0];
      return {
        frames: frames.length,
        display: getComputedStyle(frame.parentElement).display,
        visible: frame.checkVisibility(),
      };
    })()`);
    expect(hidden).toEqual({ frames: 1, display: 'none', visible: false });
    // The page's one field is the last thing Tab reaches: a shown panel would come next.
    await page.evaluate(`document.querySelector('#note').focus()`);
    await page.press('Tab');
    expect(await activeId(page)).not.toBe('IFRAME');

    await page.evaluate(`document.querySelector('#note').focus()`);
    const reopened = await page.openPanel();
    expect(await reopened.value('Session focus')).toBe('Spoke of the move;');
    expect(await reopened.evaluate<boolean>('window.__sameLife === true')).toBe(true);
    expect(await page.evaluate<number>(`${PANEL_FRAMES}.length`)).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('closed from inside, gives focus back to the note field and keeps what was typed', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.type('Plan', 'Weekly, same hour.');
    await panel.click('Close panel');
    await closed(page);
    expect(await activeId(page)).toBe('note');
    expect(await page.evaluate<string>(`document.querySelector('#note').value`)).toBe('Existing text.');

    // Reloaded at once: the closed panel's text is saved all the same.
    await page.reload();
    expect(await (await page.openPanel()).value('Plan')).toBe('Weekly, same hour.');
    await page.close();
  });

  it('closes at a second press right after the first, and opens once for a key held down', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    await page.openPanel();
    await page.evaluate(`document.querySelector('#note').focus()`);
    await page.pressShortcut();
    await closed(page);

    // Open and close again at once, well inside the time one press may take to arrive twice.
    const keys = page.shortcutKeys();
    await keys.hold();
    await keys.strike();
    expect(await page.hasPanel()).toBe(true);
    await keys.strike();
    await keys.release();
    await closed(page);

    // Held for about half a second: the key repeats (an odd count, so that acting on each
    // repeat would end closed), and the panel opens once and stays open.
    await keys.hold();
    await keys.strikeHeld(11, 40);
    await keys.release();
    await new Promise((r) => setTimeout(r, 400));
    expect(await page.hasPanel()).toBe(true);
    // No N typed into the field by the repeats.
    expect(await page.evaluate<string>(`document.querySelector('#note').value`)).toBe('Existing text.');
    await page.close();
  });

  it('opens a panel of its own for the page a single-page EHR moved to', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const first = await page.openPanel();
    await first.fill('Session focus', 'First client.');
    await page.evaluate(`document.querySelector('#note').focus()`);
    await page.pressShortcut();
    await closed(page);

    await page.evaluate(`history.pushState(null, '', location.pathname + '?client=other-' + Date.now())`);
    const second = await page.openPanel();
    expect(await second.value('Session focus')).toBe('');
    expect(await page.evaluate<number>(`${PANEL_FRAMES}.length`)).toBe(1);
    await page.close();
  });
});
