/**
 * Waits until Reverie's field picker ("Fill fields", Pick field for …) is on the host page:
 * a click there picks only then. At the timeout it says what the panel said last, which
 * tells a pick the panel never started (a lost click) from one the page never showed.
 */
import type { HostPage, PanelDriver } from './browsers';
import { until } from './until';

export async function pickerShown(page: HostPage, panel?: PanelDriver): Promise<void> {
  let said = '';
  await until(
    async () => {
      if (panel) said = await panel.status().catch(() => said);
      return (await page.evaluate<boolean>('!!document.querySelector("reverie-picker")')) ? true : undefined;
    },
    () => `the field picker${panel ? ` (the panel said: "${said}")` : ''}`,
  );
}
