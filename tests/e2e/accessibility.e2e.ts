/**
 * The panel passes axe-core with zero violations in every state a clinician meets: fresh,
 * each template with risk follow-ups and goals open, and the drafts list; so does the
 * options page with the template editor open on each kind of section. Every control has
 * an accessible name (axe's label, button-name and select-name rules).
 *
 * All of it in the system's light appearance and in its dark one, where the panel and the
 * options page turn dark (components/theme.css): axe's colour-contrast rule checks each
 * text against the background it is drawn on, in either.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage } from './harness/browsers';
import { pixelAt } from './harness/pixel';
import { useSuite } from './harness/suite';

type Appearance = 'light' | 'dark';

/**
 * Relative luminance (WCAG) of a CSS `rgb(…)` colour or of a pixel: 0 black, 1 white. NaN
 * (matching no appearance) for a colour that is not one opaque colour, such as `transparent`.
 */
function luminance(colour: string | number[]): number {
  const channels = typeof colour === 'string' ? (colour.match(/[\d.]+/g) ?? []).map(Number) : colour;
  if (channels.length < 3 || (channels[3] ?? 1) < 1) return Number.NaN;
  const linear = channels.slice(0, 3).map((c) => {
    const v = c / 255;
    return v <= 0.039_28 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = linear;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Light: near white. Dark: near black (the dark theme's backgrounds are under 0.02). */
const matches = (appearance: Appearance, value: number) =>
  appearance === 'dark' ? value < 0.05 : value > 0.8;

/** The background of a page's root and of its first text field, as CSS colours. */
const SHOWN_COLOURS = `(() => {
  const field = document.querySelector('textarea, input[type="text"]');
  return [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(field).backgroundColor];
})()`;

/**
 * The font size of a page's root, its body and its first label: all one (Chromium's own
 * stylesheet for extension pages shrinks the body's to 75 %).
 */
const TEXT_SIZES = `[document.documentElement, document.body, document.querySelector('label')].map(
  (el) => getComputedStyle(el).fontSize,
)`;

/**
 * The colour on screen just inside the panel's left edge, at the top: its header bar. The
 * panel is 440 px wide, on the right (the side a new install opens it on).
 */
const panelPixel = async (page: HostPage) =>
  pixelAt(page, (await page.evaluate<number>('innerWidth')) - 440 + 6, 4);

describe.each(BROWSERS.flatMap((kind) => (['light', 'dark'] as const).map((a) => [kind, a] as const)))(
  'accessibility in %s, %s appearance',
  (kind, appearance) => {
    const suite = useSuite(kind, { colorScheme: appearance });

    it("draws the panel in the system's appearance, its text at its own size", async () => {
      const page = await suite.open('plain-textarea.html');
      const panel = await page.openPanel();
      expect(await panel.evaluate(TEXT_SIZES)).toEqual(['14px', '14px', '14px']);
      // What the clinician writes in is drawn at that size too.
      expect(
        await panel.evaluate(`getComputedStyle(document.querySelector('.section textarea')).fontSize`),
      ).toBe('14px');
      const [root, field] = await panel.evaluate<[string, string]>(SHOWN_COLOURS);
      expect(matches(appearance, luminance(root)), `panel background ${root}`).toBe(true);
      // The browser's own controls too: a white field in a dark panel would glare.
      expect(matches(appearance, luminance(field)), `section field ${field}`).toBe(true);
      // And on screen, in the EHR's tab, as the clinician sees it.
      const pixel = await panelPixel(page);
      expect(matches(appearance, luminance(pixel)), `panel on screen rgb(${pixel.join(', ')})`).toBe(true);
      await page.close();
    });

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
      expect(await options.evaluate(TEXT_SIZES)).toEqual(['15px', '15px', '15px']);
      const [root, field] = await options.evaluate<[string, string]>(SHOWN_COLOURS);
      expect(matches(appearance, luminance(root)), `options background ${root}`).toBe(true);
      expect(matches(appearance, luminance(field)), `options field ${field}`).toBe(true);
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
  },
);
