/** "Fill fields" maps in extension storage, beside the retention rule (see retention.ts). */
import { browser } from 'wxt/browser';
import type { FieldMaps } from '@/lib/fill/field-maps';
import type { FieldMapStore } from './fill-handlers';

const KEY = 'fieldMaps';

export const fieldMapStore: FieldMapStore = {
  get: async () => (await browser.storage.local.get(KEY))[KEY],
  set: async (maps: FieldMaps) => browser.storage.local.set({ [KEY]: maps }),
};
