/**
 * The clinician's templates (edited built-ins and their own), kept in extension storage in
 * the versioned templates format: read back through the same validator as an imported
 * file, so an older version is migrated and anything damaged is never offered to the panel.
 */
import { browser } from 'wxt/browser';
import type { Template } from '@/lib/note/model';
import { readTemplatesData, TEMPLATES_FORMAT, TEMPLATES_VERSION } from '@/lib/note/template-store';

const KEY = 'templates';

export interface TemplateSettings {
  get: () => Promise<Template[]>;
  set: (templates: Template[]) => Promise<void>;
}

export const templateSettings: TemplateSettings = {
  async get() {
    const stored: unknown = (await browser.storage.local.get(KEY))[KEY];
    if (stored === undefined) return [];
    const read = readTemplatesData(stored);
    if (read.ok) return read.templates;
    // Left in place (a later Reverie may read it); the built-ins serve meanwhile.
    console.error('Reverie: stored templates unreadable —', read.error);
    return [];
  },
  async set(templates) {
    await browser.storage.local.set({
      [KEY]: { format: TEMPLATES_FORMAT, version: TEMPLATES_VERSION, templates },
    });
  },
};
