/** Waits until the panel says everything typed is stored (its save indicator). */
import type { PanelDriver } from './browsers';
import { until } from './until';

export const saved = (panel: PanelDriver) =>
  until(async () => ((await panel.text()).includes('All changes saved') ? true : undefined), 'saved');
