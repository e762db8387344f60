/**
 * Between sessions: a new note for the same client label shows last time's goals, themes
 * and plan as a reference, advances the session number, and carries a section forward only
 * when asked. And the note can be walked by keyboard, section to section, and inserted by
 * Ctrl+Enter.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';

describe.each(BROWSERS)('continuity and keyboard in %s', (kind) => {
  const suite = useSuite(kind);

  it('shows last time for reference, advances the session, carries forward only on request', async () => {
    const label = `C${Date.now() % 100000}.`;
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.fill('Client label', label);
    await panel.setInput('Session number', '5');
    await panel.fill('Themes and patterns', 'Expects to be left by people in charge.');
    await panel.fill('Plan', 'Explore the coming break next week.');
    await panel.click('Add goal');
    await panel.fill('Goal 1', 'Reduce withdrawal at work');
    await panel.select('Status of goal 1', 'progressing');
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    expect(await page.evaluate<string>(`document.querySelector('#note').value`)).toContain('Session 5.');

    await panel.click('New note');
    await panel.waitForStatus(/New note started/);
    const deadline = Date.now() + 5000;
    let text = await panel.text();
    while (!text.includes('Last time') && Date.now() < deadline) text = await panel.text();
    expect(text).toContain('Reduce withdrawal at work (progressing)');
    expect(text).toContain('Explore the coming break next week.');
    // Nothing entered the new note by itself.
    expect(await panel.value('Themes and patterns')).toBe('');
    expect(await panel.value('Plan')).toBe('');
    await panel.click('Carry forward Themes and patterns from last time');
    expect(await panel.value('Themes and patterns')).toBe('Expects to be left by people in charge.');
    expect(await panel.value('Plan')).toBe('');

    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/^Inserted/);
    const value = await page.evaluate<string>(`document.querySelector('#note').value`);
    expect(value).toContain('Session 6.');
    expect(value.split('Explore the coming break next week.').length - 1).toBe(1);
    await page.close();
  });

  it('moves between sections with Alt+ArrowDown and Alt+ArrowUp', async () => {
    const page = await suite.open('plain-textarea.html');
    const panel = await page.openPanel();
    await panel.type('Session focus', 'First');
    await page.press('Alt+ArrowDown');
    await page.typeKeys('Second');
    await page.press('Alt+ArrowDown');
    await page.typeKeys('Third');
    await page.press('Alt+ArrowUp');
    await page.typeKeys(' again');
    expect(await panel.value('Session focus')).toBe('First');
    expect(await panel.value('Mental status')).toBe('Second again');
    expect(await panel.value('Risk')).toBe('Third');
    await page.close();
  });

  it('inserts with Ctrl+Enter from a section; pressed again in the panel, it asks before a second copy', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.check('No risk indicated');
    await panel.type('Plan', 'Continue weekly.');
    // Enter alone is a new line in the section, not an insert.
    await page.press('Enter');
    await page.typeKeys('Review the break.');
    expect(await panel.value('Plan')).toBe('Continue weekly.\nReview the break.');
    await page.press('Control+Enter');
    await panel.waitForStatus(/^Inserted/);
    const note = await page.evaluate<string>(`document.querySelector('#note').value`);
    expect(note).toContain('Continue weekly.\nReview the break.');
    // The insert left the caret in the EHR's field, after the note: there the key is the page's.
    expect(await page.evaluate<string>(`document.activeElement?.id ?? ''`)).toBe('note');
    await page.press('Control+Enter');
    // Back in the panel, it is the button's: the same question before a second copy.
    await panel.type('Plan', ' ');
    await page.press('Backspace');
    await page.press('Control+Enter');
    await panel.waitForStatus(/Already inserted/);
    expect(await page.evaluate<string>(`document.querySelector('#note').value`)).toBe(note);
    await page.close();
  });
});
