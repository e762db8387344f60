import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/note/model';
import {
  addSection,
  moveSection,
  parseTemplatesFile,
  resolveTemplates,
  restoreBuiltIn,
  serializeTemplates,
  templateProblems,
  TEMPLATES_VERSION,
} from '@/lib/note/template-store';
import { BUILT_IN_TEMPLATES, PSYCHODYNAMIC_PROGRESS } from '@/lib/note/templates';

const dir = join(import.meta.dirname, 'fixtures', 'templates');
const fixture = (name: string) => readFileSync(join(dir, name), 'utf8');
const versions = readdirSync(dir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => Number(f.slice(1, -5)))
  .toSorted((a, b) => a - b);

const latest = (() => {
  const result = parseTemplatesFile(fixture(`v${TEMPLATES_VERSION}.json`));
  if (!result.ok) throw new Error(result.error);
  return result.templates;
})();

describe('templates file versions', () => {
  it('has a fixture for every version up to the current one', () => {
    expect(versions).toEqual(Array.from({ length: TEMPLATES_VERSION }, (_, i) => i + 1));
  });

  it.each(versions)('version %i reads (migrated) to the same templates as the current fixture', (version) => {
    const result = parseTemplatesFile(fixture(`v${version}.json`));
    expect(result).toEqual({ ok: true, templates: latest });
  });

  it('writes the current fixture back (round trip)', () => {
    expect(JSON.parse(serializeTemplates(latest))).toEqual(JSON.parse(fixture(`v${TEMPLATES_VERSION}.json`)));
  });

  it('round-trips every built-in template', () => {
    expect(parseTemplatesFile(serializeTemplates(BUILT_IN_TEMPLATES))).toEqual({
      ok: true,
      templates: BUILT_IN_TEMPLATES,
    });
  });
});

const file = (templates: unknown, extra: object = {}) =>
  JSON.stringify({ format: 'reverie-templates', version: TEMPLATES_VERSION, templates, ...extra });
const withSection = (patch: object) =>
  file([{ ...PSYCHODYNAMIC_PROGRESS, sections: [...PSYCHODYNAMIC_PROGRESS.sections, { ...patch }] }]);
const custom = {
  id: 'x1',
  title: 'Extra',
  prompt: 'More.',
  kind: 'text',
  visibility: 'record',
  required: false,
};

describe('parseTemplatesFile refuses malformed or foreign files', () => {
  it.each([
    ['not JSON', '{"format": ', 'This file is not a Reverie templates file (it is not JSON).'],
    [
      'another app',
      JSON.stringify({ format: 'other', version: 1 }),
      'This file is not a Reverie templates file.',
    ],
    ['a list', '[]', 'This file is not a Reverie templates file.'],
    [
      'a newer version',
      file([], { version: TEMPLATES_VERSION + 1 }),
      `This file was made by a newer Reverie (templates format ${TEMPLATES_VERSION + 1}); update Reverie to import it.`,
    ],
    ['version 0', file([], { version: 0 }), 'This Reverie templates file has no valid format version.'],
    ['no list', file('all'), 'This Reverie templates file has no template list.'],
    ['bad template id', file([{ ...PSYCHODYNAMIC_PROGRESS, id: 'Bad Id!' }]), 'Template 1: id is not valid.'],
    [
      'empty title',
      withSection({ ...custom, title: ' ' }),
      'Template 1 ("Psychodynamic progress note"), section 14: title is missing.',
    ],
    [
      'unknown kind',
      withSection({ ...custom, kind: 'html' }),
      'Template 1 ("Psychodynamic progress note"), section 14: kind must be one of text, risk, mentalStatus, goals.',
    ],
    [
      'multi-line prompt',
      withSection({ ...custom, prompt: 'a\nb' }),
      'Template 1 ("Psychodynamic progress note"), section 14: prompt must be one line.',
    ],
    [
      'duplicate section id',
      withSection({ ...custom, id: 'plan' }),
      'Template 1 ("Psychodynamic progress note"): section id "plan" is used twice.',
    ],
    [
      'risk hidden',
      file([
        {
          ...PSYCHODYNAMIC_PROGRESS,
          sections: PSYCHODYNAMIC_PROGRESS.sections.map((s) =>
            s.kind === 'risk' ? { ...s, hidden: true } : s,
          ),
        },
      ]),
      'Template 1 ("Psychodynamic progress note"): the Risk section cannot be hidden or optional.',
    ],
    [
      'duplicate template id',
      file([PSYCHODYNAMIC_PROGRESS, PSYCHODYNAMIC_PROGRESS]),
      'Two templates share the id "psychodynamic-progress".',
    ],
    ['too large', ' '.repeat(1_000_001), 'This file is too large to be Reverie templates.'],
  ])('%s', (_name, json, error) => {
    expect(parseTemplatesFile(json)).toEqual({ ok: false, error });
  });

  it('drops unknown properties instead of carrying them in', () => {
    const result = parseTemplatesFile(withSection({ ...custom, onclick: 'alert(1)', __proto__: { x: 1 } }));
    expect(result.ok && result.templates[0]!.sections.at(-1)).toEqual({ ...custom });
  });
});

describe('editing and restoring', () => {
  const mine: Template = { ...PSYCHODYNAMIC_PROGRESS, name: 'Mine' };
  const own: Template = { ...PSYCHODYNAMIC_PROGRESS, id: 'own', name: 'Own' };

  it('offers built-ins, replaced by the clinician’s copy, then their own', () => {
    expect(resolveTemplates([own, mine]).map((t) => t.name)).toEqual([
      'Mine',
      'STPP session',
      'Initial psychodynamic assessment',
      'Own',
    ]);
    expect(resolveTemplates(restoreBuiltIn([own, mine], mine.id)).map((t) => t.name)[0]).toBe(
      'Psychodynamic progress note',
    );
  });

  it('adds sections with fresh ids and moves them', () => {
    const added = addSection(addSection(mine, 'Dreams'), 'Body');
    expect(added.sections.slice(-2).map((s) => s.id)).toEqual(['custom1', 'custom2']);
    const moved = moveSection(added, 'custom2', 0);
    expect(moved.sections.map((s) => s.id).slice(0, 2)).toEqual(['custom2', 'sessionFocus']);
    expect(templateProblems(moved)).toEqual([]);
    expect(moveSection(added, 'nope', 0)).toBe(added);
  });
});
