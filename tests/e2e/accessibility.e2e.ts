/**
 * The panel passes axe-core with zero violations in every state a clinician meets: fresh,
 * each template with risk follow-ups and goals open, and the drafts list. Every control
 * has an accessible name (axe's label, button-name and select-name rules).
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';

describe.each(BROWSERS)('accessibility in %s', (kind) => {
  const suite = useSuite(kind);

  it('has no axe violations in the panel, with every part of the form open', async () => {
    const page = await suite.open('plain-textarea.html');
    const panel = await page.openPanel();
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
});
