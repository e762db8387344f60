/** Inserting again into a field the draft already went into, as a person confirms it. */
import type { PanelDriver } from './harness/browsers';

/** Insert, then confirm the second copy the panel asks about. */
export async function insertSecondCopy(panel: PanelDriver): Promise<void> {
  await panel.click('Insert note');
  await panel.waitForStatus(/Already inserted/);
  await panel.click('Insert second copy');
  await panel.waitForStatus(/Inserted/);
}
