/** Templates through the background: the options page saves them, the panel gets them resolved. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleOptionsMessage, type OptionsWorld } from '@/entrypoints/background/options-handlers';
import { handlePanelMessage, type PanelWorld } from '@/entrypoints/background/panel-handlers';
import { templateSettings } from '@/entrypoints/background/template-settings';
import type { Template } from '@/lib/note/model';
import { updateSection } from '@/lib/note/template-edit';
import { BUILT_IN_TEMPLATES, PSYCHODYNAMIC_PROGRESS, STPP_SESSION } from '@/lib/note/templates';

const options = { templates: templateSettings } as unknown as OptionsWorld;
const panel = { templates: templateSettings } as unknown as PanelWorld;
const save = (templates: unknown) =>
  handleOptionsMessage({ type: 'options:saveTemplates', templates: templates as Template[] }, options);
const offered = async () => (await handlePanelMessage({ type: 'panel:getTemplates' }, panel)) as Template[];

const renamed = updateSection(PSYCHODYNAMIC_PROGRESS, 'plan', { title: 'Next steps' });

beforeEach(() => fakeBrowser.reset());

describe('templates in the background', () => {
  it('offers the built-ins until the clinician saves templates', async () => {
    expect(await offered()).toEqual(BUILT_IN_TEMPLATES);
    expect(await handleOptionsMessage({ type: 'options:getTemplates' }, options)).toEqual([]);
  });

  it('stores edited templates only, and the panel is offered them in place of the built-in', async () => {
    expect(await save([renamed, STPP_SESSION])).toEqual({ ok: true });
    expect(await handleOptionsMessage({ type: 'options:getTemplates' }, options)).toEqual([renamed]);
    const templates = await offered();
    expect(templates.map((t) => t.id)).toEqual(BUILT_IN_TEMPLATES.map((t) => t.id));
    expect(templates[0]!.sections.at(-1)!.title).toBe('Next steps');
  });

  it('refuses a malformed save whole, with the reason, and keeps what was stored', async () => {
    await save([renamed]);
    const hiddenRisk = updateSection(renamed, 'risk', { hidden: true });
    expect(await save([STPP_SESSION, hiddenRisk])).toEqual({
      ok: false,
      message:
        'Templates not saved: Template 2 ("Psychodynamic progress note"): the Risk section cannot be hidden or optional.',
    });
    expect(await save([{ id: 'x', name: 'X', heading: 'X', sections: 'none' }])).toMatchObject({ ok: false });
    expect(await handleOptionsMessage({ type: 'options:getTemplates' }, options)).toEqual([renamed]);
  });

  it('reads an older stored version through the migrations, and ignores damaged storage', async () => {
    const v1Section = {
      id: 'plan',
      title: 'Plan v1',
      prompt: '',
      kind: 'text',
      visibility: 'record',
      required: false,
    };
    const risk = {
      id: 'risk',
      title: 'Risk',
      prompt: '',
      kind: 'risk',
      visibility: 'record',
      required: true,
    };
    await fakeBrowser.storage.local.set({
      templates: {
        format: 'reverie-templates',
        version: 1,
        templates: [
          { id: 'psychodynamic-progress', name: 'Old', heading: 'Old', sections: [risk, v1Section] },
        ],
      },
    });
    expect((await offered())[0]!.sections.map((s) => [s.title, s.role])).toEqual([
      ['Risk', 'objective'],
      ['Plan v1', 'plan'],
    ]);
    await fakeBrowser.storage.local.set({
      templates: { format: 'reverie-templates', version: 2, templates: 'x' },
    });
    expect(await offered()).toEqual(BUILT_IN_TEMPLATES);
  });
});
