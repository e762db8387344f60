/** "Fill fields" maps in extension storage, beside the retention rule (see retention.ts). */
import { browser } from 'wxt/browser';
import { storedFieldMaps, type FieldMaps } from '@/lib/fill/field-maps';
import type { FieldMapStore } from './fill-handlers';

const KEY = 'fieldMaps';

export const fieldMapStore: FieldMapStore = {
  // Read through parseFieldMaps, which also migrates version 1.
  get: async () => (await browser.storage.local.get(KEY))[KEY],
  set: async (maps: FieldMaps) => browser.storage.local.set({ [KEY]: storedFieldMaps(maps) }),
};
