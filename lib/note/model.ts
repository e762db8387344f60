/**
 * The shape of a note: what a template offers and what the clinician entered.
 * Pure data, shared by the panel (editing), the background (storage) and the renderer.
 * Every structured answer is optional: untouched = absent, so nothing is ever pre-filled
 * and old drafts (written before a property existed) stay valid as they are.
 */
import type { SessionFrame } from './frame';
import type { LayoutId } from './layouts';
import type { Wording } from './phrases';
import type { MentalStatusAnswers } from './mental-status';
import type { RiskAnswers } from './risk';

/** `record` sections go into the EHR; `private` ones stay in the local draft (NOTE-SPEC.md). */
export type Visibility = 'record' | 'private';

/** A labelled set of quick-pick chips, e.g. the defenses of one DFS level. */
export interface ChipGroup {
  /** Shown above the chips and used in the rendered phrase, e.g. "mental inhibition". */
  label: string;
  chips: string[];
  /**
   * When set, this group's picked chips render as their own phrase with this lead
   * ("Worked with: clarified.") instead of joining the section's chip phrase.
   */
  lead?: string;
}

/**
 * What the section's editor offers besides chips and free text. `risk`, `mentalStatus` and
 * `goals` have their own structured answers; `text` sections may add `extras`.
 */
export type SectionKind = 'text' | 'risk' | 'mentalStatus' | 'goals';

/** Small structured answers a `text` section can carry (see SectionEntry). */
export type SectionExtra = 'ccrt' | 'insight' | 'symptoms' | 'medicalNecessity';

/**
 * Where a section lands in the SOAP, DAP and BIRP layouts (see layouts.ts): one role per
 * section, so a layout is a mapping of the same content, never a second form.
 */
export type SectionRole = 'subjective' | 'objective' | 'intervention' | 'response' | 'assessment' | 'plan';

export interface SectionDef {
  id: string;
  title: string;
  /** One line that tells the clinician what belongs here. */
  prompt: string;
  kind: SectionKind;
  visibility: Visibility;
  required: boolean;
  /** How picked chips are introduced in the rendered note, e.g. "Defenses observed". */
  chipsLead?: string;
  chipGroups?: ChipGroup[];
  /** Render each chip with its group, e.g. "intellectualization (mental inhibition level)". */
  chipsWithGroup?: boolean;
  extras?: SectionExtra[];
  /** Layout placement; absent = 'objective'. */
  role?: SectionRole;
  /** Hidden by the clinician in their copy of the template: not shown, not rendered. */
  hidden?: boolean;
  /**
   * STPP: show (and render) only in the last quarter of the course, i.e. when
   * session n of N has n > 3N/4. Needs `frame.sessionNumber` and `frame.courseLength`.
   */
  lastQuarterOnly?: boolean;
}

export interface Template {
  id: string;
  name: string;
  /** Heading line at the top of the rendered note. */
  heading: string;
  /** An intake evaluation rather than a psychotherapy session (billing: 90791). */
  intake?: boolean;
  /** A short-term course: the frame should say session n of N and the agreed focus. */
  stpp?: boolean;
  sections: SectionDef[];
}

/** Luborsky's core conflictual relationship theme: wish → response of other → response of self. */
export interface Ccrt {
  wish?: string;
  responseOfOther?: string;
  responseOfSelf?: string;
}

export type Insight = 'none' | 'intellectual' | 'emotional';
export type SymptomCourse = 'escalated' | 'maintained' | 'improved';
export type GoalStatus = 'progressing' | 'maintained' | 'regressed' | 'met' | 'not addressed';

/** One treatment goal as reviewed in this session. */
export interface GoalEntry {
  goal: string;
  status?: GoalStatus;
  evidence?: string;
}

/** What the clinician entered in one section. Every field is optional: untouched = absent. */
export interface SectionEntry {
  text?: string;
  chips?: string[];
  /**
   * Loose structured answers keyed by item id. Kept for drafts written by the first panel,
   * which stored the Risk tick as `fields.noRiskIndicated`; new answers use the typed
   * properties below.
   */
  fields?: Record<string, string | boolean>;
  risk?: RiskAnswers;
  mentalStatus?: MentalStatusAnswers;
  goals?: GoalEntry[];
  ccrt?: Ccrt;
  insight?: Insight;
  symptoms?: SymptomCourse;
  medicalNecessity?: string;
}

export interface NoteContent {
  templateId: string;
  sections: Record<string, SectionEntry>;
  /** Private sections the clinician chose to include in this one note. */
  includePrivate: string[];
  /** Date, times, modality, setting… Absent in drafts from before the frame existed. */
  frame?: SessionFrame;
  /** The layout the EHR or payer wants; absent = psychodynamic headings. */
  layout?: LayoutId;
  /** "client" or "patient", as the clinician chooses; absent = client. */
  wording?: Wording;
}

export function emptyContent(templateId: string): NoteContent {
  return { templateId, sections: {}, includePrivate: [], frame: {} };
}

/**
 * Brings a stored draft's content up to today's shape. Old drafts have no `frame`: treated
 * as an empty frame (nothing guessed). Never throws on a well-formed older draft.
 */
export function migrateContent(content: NoteContent): NoteContent {
  return {
    ...content,
    sections: content.sections ?? {},
    includePrivate: content.includePrivate ?? [],
    frame: content.frame ?? {},
  };
}
