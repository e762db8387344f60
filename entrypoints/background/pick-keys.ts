/**
 * Keys pressed on the page while the field picker runs, from whichever frame has focus:
 * Tab / Shift+Tab step through the fields of every frame as one list and the tab's panel
 * says where the highlight is (the same sentence as for the panel's own arrow keys);
 * Enter picks the highlighted field, in whatever frame it is. A pointer moving onto a
 * field only takes the highlight from the other frames: hovering is not announced.
 */
import type { PickKey } from '@/lib/messages';
import type { FieldsTab } from './fields-tab';
import { postToPanelsIn } from './panel-ports';

export async function onPickKey(
  fields: FieldsTab,
  tabId: number,
  frameId: number,
  key: PickKey,
): Promise<void> {
  if (key === 'hover') return fields.hovered(frameId).catch(() => {});
  if (key === 'choose') return void (await fields.choose().catch(() => false));
  const highlight = await fields.step(key === 'next' ? 1 : -1).catch(() => null);
  if (highlight) postToPanelsIn(tabId, { type: 'bg:pickHighlight', highlight });
}
