/**
 * The panel passes axe-core with zero violations in every state a clinician meets: fresh,
 * each template with risk follow-ups and goals open, and the drafts list; so does the
 * options page with the template editor open on each kind of section. Every control has
 * an accessible name (axe's label, button-name and select-name rules).
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';

describe.each(BROWSERS)('accessibility in %s', (kind) => {
  const suite = useSuite(kind);

  it('has no axe violations in the panel, with every part of the form open', async () => {
    const page = await suite.open('plain-textarea.html');
    const panel = await page.openPanel();
    // The sections below the fold follow the first frame: checked once all are drawn.
    await panel.value('Plan');
    expect(await panel.axe()).toEqual([]);
    for (const template of [
      'STPP session',
      'Initial psychodynamic assessment',
      'Psychodynamic progress note',
    ]) {
      await panel.select('Template', template);
      expect(await panel.axe()).toEqual([]);
    }
    await panel.choose('Active suicidal ideation');
    await panel.choose('Self-harm present');
    await panel.choose('Homicidal ideation present');
    await panel.select('Setting', 'video telehealth');
    await panel.click('Add goal');
    expect(await panel.axe()).toEqual([]);
    await panel.click('Drafts');
    expect(await panel.axe()).toEqual([]);
    await page.close();
  });

  it('has no axe violations in the options page, with the template editor open', async () => {
    const options = await suite.browser.openOptions('Templates');
    // Check the page once the editor has rendered, not its empty first frame.
    await expect
      .poll(async () => (await options.options('Template to edit')).length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await options.axe()).toEqual([]);
    for (const template of [
      'STPP session',
      'Initial psychodynamic assessment',
      'Psychodynamic progress note',
    ]) {
      await options.select('Template to edit', template);
      expect(await options.axe()).toEqual([]);
    }
    // Many chip groups; Risk's fixed rules; a section given chips; an invalid save's message.
    for (const section of ['Defenses', 'Risk', 'Plan']) {
      await options.select('Section to edit', section);
      expect(await options.axe()).toEqual([]);
    }
    await options.click('Add chips');
    // Add chips moves focus into the new box a frame later: filling Title before then lets
    // that move carry the fill's edit into the empty box, and Title keeps its text (seen in Chromium).
    await expect
      .poll(() => options.evaluate<string>(`document.activeElement?.labels?.[0]?.textContent ?? ''`))
      .toBe('Chips: Quick picks (one per line)');
    await options.fill('Title', '');
    await options.click('Save templates');
    await options.waitForStatus(/Not saved/);
    expect(await options.axe()).toEqual([]);
    await options.close();
  });
});
