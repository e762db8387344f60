/**
 * What stands between a draft and insertion. Blocking problems stop Insert (the first one
 * is what the status region says); warnings are shown but do not.
 */
import { sectionBlocks } from './blocks';
import { durationMinutes, isTelehealth, parseTime } from './frame';
import type { NoteContent, Template } from './model';
import { visibleSections } from './render';
import { riskProblems } from './risk';

export { RISK_CONTRADICTION, RISK_NOT_DOCUMENTED } from './risk';

export interface Problem {
  /** The section concerned, or `frame` for the session frame. */
  sectionId: string;
  /** Short, shown in the status region, e.g. "Risk not documented". */
  message: string;
}

export interface Validation {
  blocking: Problem[];
  warnings: Problem[];
}

/** Warning texts, exported so the panel and tests do not retype them. */
export const FRAME_WARNINGS = {
  dateMissing: 'Session date missing',
  startMissing: 'Start time missing',
  endMissing: 'End time missing',
  endBeforeStart: 'End time is before start time',
  locationNotConfirmed: 'Telehealth: client location not confirmed',
  consentNotConfirmed: 'Telehealth: consent not confirmed',
  courseMissing: 'STPP: session n of N missing',
  courseExceeded: 'STPP: session number is past the sessions agreed',
  sessionZero: 'Session number 0 — sessions count from 1',
  focusMissing: 'STPP: agreed focus missing',
} as const;

export const requiredMessage = (title: string) => `${title} is required`;

export function validateForInsert(template: Template, content: NoteContent): Validation {
  const blocking: Problem[] = [];
  for (const section of visibleSections(template, content)) {
    const entry = content.sections[section.id];
    if (section.kind === 'risk') {
      // Risk is never defaulted: only an explicit tick, answer or written assessment documents it.
      for (const message of riskProblems(entry)) blocking.push({ sectionId: section.id, message });
      continue;
    }
    if (section.required && sectionBlocks(section, entry).length === 0) {
      blocking.push({ sectionId: section.id, message: requiredMessage(section.title) });
    }
  }
  return { blocking, warnings: frameWarnings(template, content) };
}

function frameWarnings(template: Template, content: NoteContent): Problem[] {
  const frame = content.frame ?? {};
  const messages: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(frame.date ?? '')) messages.push(FRAME_WARNINGS.dateMissing);
  const start = parseTime(frame.start);
  const end = parseTime(frame.end);
  if (start === undefined) messages.push(FRAME_WARNINGS.startMissing);
  if (end === undefined) messages.push(FRAME_WARNINGS.endMissing);
  if (start !== undefined && end !== undefined && durationMinutes(frame) === undefined) {
    messages.push(FRAME_WARNINGS.endBeforeStart);
  }
  if (isTelehealth(frame)) {
    if (!frame.telehealthLocationConfirmed) messages.push(FRAME_WARNINGS.locationNotConfirmed);
    if (!frame.telehealthConsent) messages.push(FRAME_WARNINGS.consentNotConfirmed);
  }
  if (frame.sessionNumber === 0) messages.push(FRAME_WARNINGS.sessionZero);
  if (template.stpp) {
    if (frame.sessionNumber === undefined || frame.courseLength === undefined) {
      messages.push(FRAME_WARNINGS.courseMissing);
    } else if (frame.sessionNumber > frame.courseLength) {
      // Not blocking: a course may be extended, but then the note should say so, and a
      // typo ("41 of 16") should not reach the record unnoticed.
      messages.push(FRAME_WARNINGS.courseExceeded);
    }
    if (!frame.focus?.trim()) messages.push(FRAME_WARNINGS.focusMissing);
  }
  return messages.map((message) => ({ sectionId: 'frame', message }));
}
