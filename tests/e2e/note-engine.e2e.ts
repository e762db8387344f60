/**
 * The clinical note engine through the panel, in both browsers: templates and layouts,
 * the session frame and its CPT suggestion, chips, and risk gating — each checked in the
 * host field after Insert.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';
import { FRAME_WARNINGS } from '../../lib/note/validate';

const fieldValue = (page: HostPage) => page.evaluate<string>(`document.querySelector('#note').value`);

const CASES = [
  {
    template: 'Psychodynamic progress note',
    layout: 'SOAP',
    heading: 'Subjective',
    focusTitle: 'Session focus',
  },
  { template: 'STPP session', layout: 'DAP', heading: 'Data', focusTitle: 'Session focus' },
  {
    template: 'Initial psychodynamic assessment',
    layout: 'BIRP',
    heading: 'Behavior',
    focusTitle: 'Presenting problem',
  },
  {
    template: 'Psychodynamic progress note',
    layout: 'Psychodynamic',
    heading: 'Session focus',
    focusTitle: 'Session focus',
  },
];

describe.each(BROWSERS)('note engine in %s', (kind) => {
  const suite = useSuite(kind);

  it('offers the three templates and the layouts the contract names', async () => {
    const page = await suite.open('plain-textarea.html');
    const panel = await page.openPanel();
    expect(await panel.options('Template')).toEqual(
      expect.arrayContaining([
        'Psychodynamic progress note',
        'STPP session',
        'Initial psychodynamic assessment',
      ]),
    );
    expect(await panel.options('Layout')).toEqual(expect.arrayContaining(['SOAP', 'DAP', 'BIRP']));
    await page.close();
  });

  it.each(CASES)(
    'inserts the $template in the $layout layout',
    async ({ template, layout, heading, focusTitle }) => {
      const page = await suite.open('plain-textarea.html');
      await page.click('#note');
      const panel = await page.openPanel();
      await panel.select('Template', template);
      await panel.select('Layout', layout);
      await panel.setInput('Start time', '14:00');
      await panel.setInput('End time', '14:50');
      await panel.fill(focusTitle, 'Came in angry; said "nobody keeps a promise".');
      await panel.check('No risk indicated');
      await panel.click('Insert note');
      await panel.waitForStatus(/Inserted/);
      const value = await fieldValue(page);
      expect(value).toContain(heading);
      expect(value).toContain('Came in angry; said "nobody keeps a promise".');
      expect(value).toContain('No suicidal or homicidal ideation');
      expect(value).toContain(template === 'Initial psychodynamic assessment' ? '90791' : '90834');
      await page.close();
    },
  );

  it('shows the suggested CPT code as the times change, and renders chips as readable phrases', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.setInput('Start time', '09:00');
    await panel.setInput('End time', '09:30');
    expect(await panel.text()).toContain('90832');
    await panel.setInput('End time', '09:55');
    expect(await panel.text()).toContain('90837');
    await panel.check('intellectualization');
    await panel.check('devaluation');
    await panel.check('clarification');
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    const value = await fieldValue(page);
    expect(value).toContain('intellectualization (mental inhibition level)');
    expect(value).toContain('devaluation (minor image-distorting level)');
    expect(value).toContain('clarification');
    expect(value).toContain('90837');
    await page.close();
  });

  it('warns, without blocking, of an STPP session past the sessions agreed', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.select('Template', 'STPP session');
    await panel.setInput('Sessions agreed', '16');
    // The checks follow the typing a moment later (drawn at low priority, as the preview is).
    const warned = async (shown: boolean) => {
      const check = `Check: ${FRAME_WARNINGS.courseExceeded}`;
      await until(async () => ((await panel.text()).includes(check) === shown ? true : undefined), check);
    };
    await panel.setInput('Session number', '17');
    await warned(true);
    await panel.setInput('Session number', '16');
    await warned(false);
    await panel.setInput('Session number', '18');
    await warned(true);
    await panel.fill('Session focus', 'Spoke of the ending she had not asked for.');
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    expect(await fieldValue(page)).toContain('Session 18 of 16.');
    await page.close();
  });

  it('blocks insertion until risk follow-ups are answered', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.fill('Session focus', 'Spoke of feeling hopeless.');
    await panel.click('Insert note');
    await panel.waitForStatus(/Risk not documented/);
    await panel.choose('Passive suicidal ideation');
    await panel.click('Insert note');
    await panel.waitForStatus(/Risk (follow-up missing|incomplete)/);
    expect(await fieldValue(page)).toBe('Existing text.');
    await page.close();
  });
});
