/**
 * The template editor in the options page, in both browsers: rename, hide, mark private,
 * add a section with a prompt and chips, reorder with Move up (by click and by key); an
 * empty name is refused with a message; after Save the panel's Template combobox, sections
 * and the inserted note follow the edits. Export → restore built-ins (the E2E-CONTRACT
 * titles are back) → a malformed file is refused and changes nothing → import the export,
 * and the edits are back. The options page passes axe with the editor open.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage, type OptionsDriver } from './harness/browsers';
import { useSuite } from './harness/suite';

/** E2E-CONTRACT.md: the default template's titles, in order. */
const DEFAULT_TITLES = [
  'Session focus',
  'Mental status',
  'Risk',
  'Themes and patterns',
  'Unconscious material',
  'Defenses',
  'Relationship and transference',
  'Countertransference',
  'Interventions',
  'Response and insight',
  'Progress toward goals',
  'Assessment',
  'Plan',
];
/** After the edits: Plan renamed Next steps, Dreams added and moved up above the last three. */
const EDITED_TITLES = [
  ...DEFAULT_TITLES.slice(0, 10),
  'Dreams',
  'Progress toward goals',
  'Assessment',
  'Next steps',
];

const fieldValue = (page: HostPage) => page.evaluate<string>(`document.querySelector('#note').value`);
const tempFile = (name: string, text: string) => {
  const path = join(tmpdir(), `reverie-${Date.now()}-${name}`);
  writeFileSync(path, text);
  return path;
};

/** Edits the progress note through the form, as a clinician would, and saves. */
async function editProgressNote(options: OptionsDriver) {
  await options.select('Section to edit', 'Plan');
  await options.fill('Title', 'Next steps');
  await options.select('Section to edit', 'Unconscious material');
  await options.check('Hidden');
  await options.select('Section to edit', 'Themes and patterns');
  await options.check('Private');

  // An empty title is refused with a message, and what was typed stays.
  await options.fill('New section prompt', 'Dreams the client told, in their words.');
  await options.click('Add section');
  await options.waitForStatus(/Give the new section a title — nothing was added/);
  expect(await options.value('New section prompt')).toBe('Dreams the client told, in their words.');
  await options.fill('New section title', 'Dreams');
  await options.click('Add section');
  await options.waitForStatus(/Section “Dreams” added/);
  expect(await options.value('Title')).toBe('Dreams');
  expect(await options.value('Prompt')).toBe('Dreams the client told, in their words.');
  await options.click('Add chips');
  await options.fill('Chips: Quick picks (one per line)', 'recurring dream\nnightmare\n');

  // Dreams is last (after Next steps): one Move up by click, two by key, focus staying on the button.
  await options.click('Move up');
  await options.waitForStatus(/Dreams moved to place 13 of 14/);
  await options.press('Enter');
  await options.waitForStatus(/Dreams moved to place 12 of 14/);
  await options.press('Enter');
  await options.waitForStatus(/Dreams moved to place 11 of 14/);
  expect(await options.options('Section to edit')).toEqual(EDITED_TITLES);

  // An empty template name is refused with the reason, nothing stored, the edits kept.
  await options.fill('Template name', '');
  await options.click('Save templates');
  await options.waitForStatus(/Not saved: Give the template a name. Your changes are still here./);
  expect(await options.options('Section to edit')).toEqual(EDITED_TITLES);
  await options.fill('Template name', 'My progress note');
  await options.click('Save templates');
  await options.waitForStatus(/Templates saved/);
}

describe.each(BROWSERS)('template editor in %s', (kind) => {
  const suite = useSuite(kind);
  let attempts = 0;

  it('edits reach the panel and the inserted note; restore, refused import, export → import', async () => {
    // A retry runs in the same browser, with the first attempt's templates stored: it
    // starts again from the built-ins, as the first attempt did.
    if (attempts++ > 0) await suite.browser.reset();
    const options = await suite.browser.openOptions('Templates');
    // The editor renders once the background has answered with the templates.
    await expect
      .poll(() => options.options('Template to edit'), { timeout: 15_000 })
      .toEqual(['Psychodynamic progress note', 'STPP session', 'Initial psychodynamic assessment']);
    expect(await options.axe()).toEqual([]);
    await editProgressNote(options);
    expect(await options.axe()).toEqual([]);

    // The panel offers the edited template, with its sections as edited.
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    expect(await panel.options('Template')).toEqual([
      'My progress note',
      'STPP session',
      'Initial psychodynamic assessment',
    ]);
    // The panel draws the later sections a few frames after it is usable: read once drawn.
    await expect
      .poll(() => panel.text(), { timeout: 5000 })
      .toContain('Dreams the client told, in their words.');
    expect(await panel.text()).not.toContain('Unconscious material');
    await panel.fill('Session focus', 'Spoke of the move.');
    await panel.fill('Themes and patterns', 'PRIVATE-THEME waits for rescue.');
    await panel.fill('Dreams', 'A house with too many doors.');
    await panel.check('recurring dream');
    await panel.fill('Next steps', 'Continue weekly.');
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    const value = await fieldValue(page);
    expect(value).toContain('Spoke of the move.');
    expect(value).toContain('Dreams\nDreams: recurring dream.\nA house with too many doors.');
    expect(value).toContain('Next steps\nContinue weekly.');
    expect(value).not.toMatch(/^Plan$/m);
    expect(value).not.toContain('PRIVATE-THEME');
    expect(value).not.toContain('Themes and patterns');
    expect(value.indexOf('Dreams')).toBeLessThan(value.indexOf('Next steps'));
    await page.close();

    // Export, then restore the built-ins: the contract's default titles are back in the panel.
    const exported = await options.download('Export templates');
    await options.waitForStatus(/Exported 1 template: “My progress note”/);
    expect(JSON.parse(exported)).toMatchObject({ format: 'reverie-templates', version: 2 });
    await options.click('Restore all built-in templates');
    await options.click('Save templates');
    await options.waitForStatus(/Templates saved/);
    expect(await options.options('Section to edit')).toEqual(DEFAULT_TITLES);
    const fresh = await suite.open('plain-textarea.html');
    const restored = await fresh.openPanel();
    expect((await restored.options('Template'))[0]).toBe('Psychodynamic progress note');
    for (const title of DEFAULT_TITLES) expect(await restored.value(title)).toBe('');
    await fresh.close();

    // Malformed and foreign files are refused with the reason, and nothing changes.
    await options.upload('Import templates', tempFile('bad.json', '{"format": "reverie-templates", "ver'));
    await options.waitForStatus(/not JSON\)\. Nothing was imported\./);
    const broken = JSON.parse(exported);
    broken.templates[0].sections[0].title = '';
    await options.upload('Import templates', tempFile('broken.json', JSON.stringify(broken)));
    await options.waitForStatus(
      /Template 1 \("My progress note"\), section 1: title is missing\. Nothing was imported\./,
    );
    expect(await options.options('Template to edit')).toContain('Psychodynamic progress note');
    expect(await options.options('Section to edit')).toEqual(DEFAULT_TITLES);
    expect(await options.text()).not.toContain('unsaved changes');

    // The exported file brings the edits back.
    await options.upload('Import templates', tempFile('exported.json', exported));
    await options.waitForStatus(/Imported 1 template: “My progress note”/);
    await options.click('Save templates');
    await options.waitForStatus(/Templates saved/);
    expect(await options.options('Template to edit')).toContain('My progress note');
    expect(await options.options('Section to edit')).toEqual(EDITED_TITLES);
    const again = await suite.open('plain-textarea.html');
    const reimported = await again.openPanel();
    expect((await reimported.options('Template'))[0]).toBe('My progress note');
    expect(await reimported.value('Next steps')).toBe('');
    await again.close();
    await options.close();
    // One long walk through the page (a clinician's session); Firefox on a loaded machine needs the room.
  }, 180_000);
});
