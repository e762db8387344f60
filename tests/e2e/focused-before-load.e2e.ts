/**
 * A note field that had focus before Reverie's content script ran fires no focusin that
 * Reverie could hear: an EHR that focuses its note field on load, an editor that focuses
 * itself when made (Toast UI), or any page when the store build injects the script at the
 * shortcut. The shortcut pressed in that field must still make it the insert target, with
 * the note at the caret, without a click.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';

const PLAN = 'Weekly sessions; return to the theme of leaving next time.';
const READ = `(() => {
  const field = document.querySelector('#note');
  return field.localName === 'textarea' ? field.value : field.innerText;
})()`;

describe.each(BROWSERS)('a field focused before Reverie loaded, in %s', (kind) => {
  const suite = useSuite(kind);

  it.each(['focused-textarea.html', 'focused-editable.html'])(
    '%s: the note goes in at the caret, no click needed',
    async (fixture) => {
      const page = await suite.open(fixture);
      expect(await page.evaluate<string>('document.activeElement.id')).toBe('note');
      const panel = await page.openPanel();
      await panel.fill('Plan', PLAN);
      await panel.check('No risk indicated');
      await panel.click('Insert note');
      await panel.waitForStatus(/Inserted/);
      const text = await page.evaluate<string>(READ);
      expect(text.startsWith('Existing text.')).toBe(true);
      expect(text.split(PLAN).length - 1).toBe(1);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );
});
