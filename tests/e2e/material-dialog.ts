/** Opens the Material Web dialog fixture (fixtures/material-dialog.html) and clicks into its note field. */
import type { BrowserKind, HostPage } from './harness/browsers';
import type { Suite } from './harness/suite';
import { until } from './harness/until';

/** The dialog's own native <dialog>, in the component's shadow root, is modal: the rest of the page inert. */
const MODAL = `!!window.noteDialog.shadowRoot.querySelector('dialog')?.matches(':modal')`;

export async function openMaterialDialog(suite: Suite, kind: BrowserKind): Promise<HostPage> {
  const page = await suite.open('material-dialog.html');
  await until(async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined), 'page');
  await page.click('#open');
  await until(async () => ((await page.evaluate<boolean>(MODAL)) ? true : undefined), 'dialog');
  // The textarea is in the text field's shadow root: Puppeteer's CSS needs `>>>` to reach it.
  await page.click(kind === 'chromium' ? '#note textarea' : '#note >>> textarea');
  return page;
}
