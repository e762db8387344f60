/**
 * Clinicians' own templates as data: one versioned format for local storage and for
 * export/import. Clinicians rename, reorder, hide and add sections, change prompts, chips,
 * record/private and required; built-ins stay restorable (a user copy shares the built-in's
 * id and simply replaces it until removed). Anything read back is validated and copied field
 * by field, so a malformed or foreign file is refused with one clear sentence and unknown
 * properties never get in.
 *
 * Versions: 1 is the template shape of the walking skeleton (sections of kind text or risk,
 * nothing else); it was never written by a release but is kept as the baseline so that the
 * migration chain and its fixtures exist from the first format on. 2 adds kinds
 * mentalStatus and goals, extras, layout roles, hidden, lastQuarterOnly, chip-group leads and
 * the template's intake and stpp flags. Add a version: bump TEMPLATES_VERSION, add a step to
 * MIGRATIONS, add fixtures/templates/vN.json.
 */
import type {
  ChipGroup,
  SectionDef,
  SectionExtra,
  SectionKind,
  SectionRole,
  Template,
  Visibility,
} from './model';
import { BUILT_IN_TEMPLATES } from './templates';

export const TEMPLATES_FORMAT = 'reverie-templates';
export const TEMPLATES_VERSION = 2;
/** Far more than any set of note templates; refuses accidental huge files early. */
export const MAX_TEMPLATES_FILE_CHARS = 1_000_000;

export interface TemplatesFile {
  format: typeof TEMPLATES_FORMAT;
  version: number;
  templates: Template[];
}

export type ParseResult = { ok: true; templates: Template[] } | { ok: false; error: string };

type Loose = Record<string, unknown>;
const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each step takes the file's templates at version n and returns them at n + 1. */
const MIGRATIONS: Record<number, (templates: Loose[]) => Loose[]> = {
  1: (templates) =>
    templates.map((t) => {
      const builtIn = BUILT_IN_TEMPLATES.find((b) => b.id === t.id);
      const sections = Array.isArray(t.sections) ? t.sections : [];
      return {
        ...t,
        ...(builtIn?.intake ? { intake: true } : {}),
        ...(builtIn?.stpp ? { stpp: true } : {}),
        sections: sections.map((s: unknown) => {
          if (!isRecord(s)) return s;
          // A built-in section keeps its structure; anything else was free text and stays so.
          const def = builtIn?.sections.find((b) => b.id === s.id);
          return {
            ...s,
            kind: def?.kind ?? s.kind,
            role: def?.role ?? 'objective',
            ...(def?.extras ? { extras: def.extras } : {}),
            ...(def?.lastQuarterOnly ? { lastQuarterOnly: true } : {}),
          };
        }),
      };
    }),
};

const KINDS: SectionKind[] = ['text', 'risk', 'mentalStatus', 'goals'];
const EXTRAS: SectionExtra[] = ['ccrt', 'insight', 'symptoms', 'medicalNecessity'];
const ROLES: SectionRole[] = ['subjective', 'objective', 'intervention', 'response', 'assessment', 'plan'];
const VISIBILITIES: Visibility[] = ['record', 'private'];
const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SECTION_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

class Invalid extends Error {}

function text(value: unknown, where: string, max: number, optional = false): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || (!optional && value.trim() === ''))
    throw new Invalid(`${where} is missing`);
  if (value.length > max) throw new Invalid(`${where} is longer than ${max} characters`);
  if (/[\r\n]/.test(value)) throw new Invalid(`${where} must be one line`);
  return value;
}

function flag(value: unknown, where: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new Invalid(`${where} must be true or false`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: T[], where: string): T {
  if (!allowed.includes(value as T)) throw new Invalid(`${where} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function chipGroups(value: unknown, where: string): ChipGroup[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new Invalid(`${where}: chips must be a list`);
  return value.map((g: unknown, i) => {
    const at = `${where}, chip group ${i + 1}`;
    if (!isRecord(g) || !Array.isArray(g.chips)) throw new Invalid(`${at} is not a chip group`);
    const group: ChipGroup = {
      label: text(g.label, `${at}: label`, 80)!,
      chips: g.chips.map((c: unknown, j) => text(c, `${at}, chip ${j + 1}`, 80)!),
    };
    const lead = text(g.lead, `${at}: lead`, 80, true);
    if (lead) group.lead = lead;
    return group;
  });
}

/** Copies one section field by field, refusing anything out of shape. */
function readSection(value: unknown, where: string): SectionDef {
  if (!isRecord(value)) throw new Invalid(`${where} is not a section`);
  const id = value.id;
  if (typeof id !== 'string' || !SECTION_ID.test(id)) throw new Invalid(`${where}: id is not valid`);
  const out: SectionDef = {
    id,
    title: text(value.title, `${where}: title`, 120)!,
    prompt: text(value.prompt, `${where}: prompt`, 300, true) ?? '',
    kind: oneOf(value.kind, KINDS, `${where}: kind`),
    visibility: oneOf(value.visibility, VISIBILITIES, `${where}: record/private`),
    required: flag(value.required, `${where}: required`) ?? false,
  };
  const chipsLead = text(value.chipsLead, `${where}: chips lead`, 120, true);
  if (chipsLead !== undefined) out.chipsLead = chipsLead;
  const groups = chipGroups(value.chipGroups, where);
  if (groups) out.chipGroups = groups;
  const withGroup = flag(value.chipsWithGroup, `${where}: chipsWithGroup`);
  if (withGroup !== undefined) out.chipsWithGroup = withGroup;
  if (value.extras !== undefined) {
    if (!Array.isArray(value.extras)) throw new Invalid(`${where}: extras must be a list`);
    out.extras = value.extras.map((e: unknown) => oneOf(e, EXTRAS, `${where}: extra`));
  }
  if (value.role !== undefined) out.role = oneOf(value.role, ROLES, `${where}: role`);
  const hidden = flag(value.hidden, `${where}: hidden`);
  if (hidden !== undefined) out.hidden = hidden;
  const lastQuarter = flag(value.lastQuarterOnly, `${where}: lastQuarterOnly`);
  if (lastQuarter !== undefined) out.lastQuarterOnly = lastQuarter;
  return out;
}

/** Rules of content rather than shape; also used by the template editor before saving. */
export function templateProblems(template: Template): string[] {
  const problems: string[] = [];
  const ids = template.sections.map((s) => s.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) problems.push(`section id "${duplicate}" is used twice`);
  const risk = template.sections.filter((s) => s.kind === 'risk');
  // Risk is never optional (NOTE-SPEC.md §3): an edited template must not lose it.
  if (risk.length !== 1) problems.push('needs exactly one Risk section');
  else if (risk[0]!.hidden || !risk[0]!.required)
    problems.push('the Risk section cannot be hidden or optional');
  if (template.sections.length === 0) problems.push('has no sections');
  return problems;
}

function readTemplate(value: unknown, index: number): Template {
  const where = `Template ${index + 1}`;
  if (!isRecord(value)) throw new Invalid(`${where} is not a template`);
  if (typeof value.id !== 'string' || !TEMPLATE_ID.test(value.id))
    throw new Invalid(`${where}: id is not valid`);
  const name = text(value.name, `${where}: name`, 120)!;
  const named = `${where} ("${name}")`;
  if (!Array.isArray(value.sections)) throw new Invalid(`${named}: sections must be a list`);
  if (value.sections.length > 60) throw new Invalid(`${named} has more than 60 sections`);
  const out: Template = {
    id: value.id,
    name,
    heading: text(value.heading, `${named}: heading`, 200)!,
    sections: value.sections.map((s: unknown, i) => readSection(s, `${named}, section ${i + 1}`)),
  };
  const intake = flag(value.intake, `${named}: intake`);
  if (intake !== undefined) out.intake = intake;
  const stpp = flag(value.stpp, `${named}: stpp`);
  if (stpp !== undefined) out.stpp = stpp;
  const problems = templateProblems(out);
  if (problems.length > 0) throw new Invalid(`${named}: ${problems[0]}`);
  return out;
}

/**
 * Reads a templates file (stored or imported): checks it is ours, migrates older versions,
 * validates every field. Never throws; the error is one sentence for the clinician.
 */
export function parseTemplatesFile(json: string): ParseResult {
  if (json.length > MAX_TEMPLATES_FILE_CHARS)
    return { ok: false, error: 'This file is too large to be Reverie templates.' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'This file is not a Reverie templates file (it is not JSON).' };
  }
  return readTemplatesData(data);
}

/** As parseTemplatesFile, for data already parsed (e.g. from extension storage). */
export function readTemplatesData(data: unknown): ParseResult {
  if (!isRecord(data) || data.format !== TEMPLATES_FORMAT) {
    return { ok: false, error: 'This file is not a Reverie templates file.' };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This Reverie templates file has no valid format version.' };
  }
  if (version > TEMPLATES_VERSION) {
    return {
      ok: false,
      error: `This file was made by a newer Reverie (templates format ${version}); update Reverie to import it.`,
    };
  }
  if (!Array.isArray(data.templates))
    return { ok: false, error: 'This Reverie templates file has no template list.' };
  if (data.templates.length > 50) return { ok: false, error: 'This file holds more than 50 templates.' };
  let raw = data.templates as Loose[];
  for (let v = version; v < TEMPLATES_VERSION; v++) raw = MIGRATIONS[v]!(raw);
  try {
    const templates = raw.map(readTemplate);
    const ids = templates.map((t) => t.id);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate) return { ok: false, error: `Two templates share the id "${duplicate}".` };
    return { ok: true, templates };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: `${error.message}.` };
    throw error;
  }
}

/** The current format, pretty-printed so an exported file is readable. */
export function serializeTemplates(templates: Template[]): string {
  const file: TemplatesFile = { format: TEMPLATES_FORMAT, version: TEMPLATES_VERSION, templates };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The templates the panel offers: built-ins (or the clinician's copy of one), then their own. */
export function resolveTemplates(userTemplates: Template[]): Template[] {
  const builtIns = BUILT_IN_TEMPLATES.map((b) => userTemplates.find((u) => u.id === b.id) ?? b);
  const own = userTemplates.filter((u) => !BUILT_IN_TEMPLATES.some((b) => b.id === u.id));
  return [...builtIns, ...own];
}

/** Restores a built-in by dropping the clinician's copy of it. */
export function restoreBuiltIn(userTemplates: Template[], id: string): Template[] {
  return userTemplates.filter((t) => t.id !== id);
}

export const isBuiltInId = (id: string): boolean => BUILT_IN_TEMPLATES.some((b) => b.id === id);

/** Adds a free-text record section at the end with an id no other section has. */
export function addSection(target: Template, title: string, prompt = ''): Template {
  let n = 1;
  while (target.sections.some((s) => s.id === `custom${n}`)) n++;
  const added: SectionDef = {
    id: `custom${n}`,
    title,
    prompt,
    kind: 'text',
    visibility: 'record',
    required: false,
    role: 'objective',
  };
  return { ...target, sections: [...target.sections, added] };
}

/** Moves a section to a new position (clamped), other sections keeping their order. */
export function moveSection(target: Template, id: string, toIndex: number): Template {
  const moving = target.sections.find((s) => s.id === id);
  if (!moving) return target;
  const rest = target.sections.filter((s) => s.id !== id);
  const at = Math.max(0, Math.min(toIndex, rest.length));
  return { ...target, sections: [...rest.slice(0, at), moving, ...rest.slice(at)] };
}
