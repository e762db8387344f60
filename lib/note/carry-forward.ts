/**
 * Continuity between sessions (NOTE-SPEC.md "Continuity"). The last note of the same client
 * label is shown as a reference ("last time: …") and advances the session number; its text
 * enters the new note only through `carryForward`, which the panel calls when the clinician
 * asks for one section. Auditors treat cloned notes as a red flag, so what describes one
 * session (risk, mental status, insight, symptom course, goal status and evidence) never
 * carries.
 */
import { ccrtSentence } from './blocks';
import type { SessionFrame } from './frame';
import type { GoalEntry, NoteContent, SectionDef, SectionEntry } from './model';
import { filled } from './phrases';

/** What the panel shows from the last note, never inserted by itself. */
export interface LastTimeReference {
  sessionNumber?: number;
  date?: string;
  /** Goals with last time's status, for reference. */
  goals: GoalEntry[];
  /** Last time's themes: free text and CCRT, as written. */
  openThemes: string[];
  plan?: string;
}

/** A stored note as the carry-forward needs it (a Draft fits). */
export interface StoredNote {
  clientLabel: string;
  content: NoteContent;
  updatedAt: number;
}

/**
 * The most recent note for this client label, matched exactly (after trimming). An empty
 * label matches nothing: without a label there is no "same client" to guess.
 */
export function findLastNote<T extends StoredNote>(notes: T[], clientLabel: string): T | undefined {
  const label = clientLabel.trim();
  if (!label) return undefined;
  return notes
    .filter((n) => n.clientLabel.trim() === label)
    .reduce<T | undefined>(
      (latest, n) => (!latest || n.updatedAt > latest.updatedAt ? n : latest),
      undefined,
    );
}

export function lastTimeReference(last: NoteContent): LastTimeReference {
  const themes = last.sections.themes;
  const openThemes = [filled(themes?.text), ccrtSentence(themes?.ccrt)].filter(
    (t): t is string => t !== undefined,
  );
  const goals = (last.sections.goals?.goals ?? []).filter((g) => filled(g.goal));
  return {
    sessionNumber: last.frame?.sessionNumber,
    date: filled(last.frame?.date),
    goals,
    openThemes,
    plan: filled(last.sections.plan?.text),
  };
}

/** The reference as lines for the panel, e.g. "Last time (session 36, 2026-02-25)". */
export function referenceLines(ref: LastTimeReference): string[] {
  const when = [ref.sessionNumber !== undefined && `session ${ref.sessionNumber}`, ref.date].filter(Boolean);
  const lines = [when.length > 0 ? `Last time (${when.join(', ')}):` : 'Last time:'];
  if (ref.goals.length > 0) {
    const goals = ref.goals.map((g) => (g.status ? `${g.goal.trim()} (${g.status})` : g.goal.trim()));
    lines.push(`Goals — ${goals.join('; ')}`);
  }
  if (ref.openThemes.length > 0) lines.push(`Open themes — ${ref.openThemes.join(' ')}`);
  if (ref.plan) lines.push(`Plan — ${ref.plan}`);
  return lines;
}

/**
 * The frame facts a new session takes from the last one: the next session number and,
 * for STPP, the course length and agreed focus (they belong to the course, not the
 * session). Date, times, modality and setting are this session's own.
 */
export function nextFrame(last: SessionFrame | undefined): SessionFrame {
  const next: SessionFrame = {};
  if (last?.sessionNumber !== undefined) next.sessionNumber = last.sessionNumber + 1;
  if (last?.courseLength !== undefined) next.courseLength = last.courseLength;
  const focus = filled(last?.focus);
  if (focus) next.focus = focus;
  return next;
}

/**
 * What one section of the new note receives when the clinician carries it forward, or
 * undefined when nothing may or can be carried. Text, chips and CCRT carry; goals carry
 * by name only (status and evidence must come from this session).
 */
export function carryForward(section: SectionDef, lastNote: NoteContent): SectionEntry | undefined {
  if (section.kind === 'risk' || section.kind === 'mentalStatus') return undefined;
  const last = lastNote.sections[section.id];
  if (!last) return undefined;
  const entry: SectionEntry = {};
  const text = filled(last.text);
  if (text) entry.text = text;
  if (last.chips && last.chips.length > 0) entry.chips = [...last.chips];
  if (section.extras?.includes('ccrt') && ccrtSentence(last.ccrt)) entry.ccrt = { ...last.ccrt };
  if (section.kind === 'goals') {
    const goals = (last.goals ?? []).filter((g) => filled(g.goal)).map((g) => ({ goal: g.goal.trim() }));
    if (goals.length > 0) entry.goals = goals;
  }
  return Object.keys(entry).length > 0 ? entry : undefined;
}
