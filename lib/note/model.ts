/**
 * The shape of a note: what a template offers and what the clinician entered.
 * Pure data, shared by the panel (editing), the background (storage) and the renderer.
 */

/** `record` sections go into the EHR; `private` ones stay in the local draft (NOTE-SPEC.md). */
export type Visibility = 'record' | 'private';

/** A labelled set of quick-pick chips, e.g. the defenses of one DFS level. */
export interface ChipGroup {
  /** Shown above the chips and used in the rendered phrase, e.g. "mental inhibition". */
  label: string;
  chips: string[];
}

export type SectionKind = 'text' | 'risk';

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
}

export interface Template {
  id: string;
  name: string;
  /** Heading line at the top of the rendered note. */
  heading: string;
  sections: SectionDef[];
}

/** What the clinician entered in one section. Every field is optional: untouched = absent. */
export interface SectionEntry {
  text?: string;
  chips?: string[];
  /** Structured answers (risk items and the like), keyed by item id. */
  fields?: Record<string, string | boolean>;
}

export interface NoteContent {
  templateId: string;
  sections: Record<string, SectionEntry>;
  /** Private sections the clinician chose to include in this one note. */
  includePrivate: string[];
}

export function emptyContent(templateId: string): NoteContent {
  return { templateId, sections: {}, includePrivate: [] };
}
