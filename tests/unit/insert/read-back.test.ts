/** The engine's verdict after reading the field back (lib/insert/read-back.ts). */
import { describe, expect, it } from 'vitest';
import { readBackVerdict, verdictFromCopies } from '@/lib/insert/read-back';

const NOTE = 'Psychodynamic progress note\n\nPlan\nContinue weekly.';
const BEFORE = 'Existing text.';
const verdict = (accepted: boolean, after: string | null, before = BEFORE) =>
  readBackVerdict({ accepted, before, after, noteText: NOTE });

describe('readBackVerdict', () => {
  it('keeps an accepted insert found once, however the editor re-flowed its white space', () => {
    expect(verdict(true, `${BEFORE}\n${NOTE}`)).toBe('inserted');
    expect(verdict(true, `${BEFORE}Psychodynamic progress note Plan\u00a0Continue weekly.`)).toBe('inserted');
  });

  it('counts copies already in the field: a second copy is one more, not one', () => {
    expect(verdict(true, `${BEFORE}\n${NOTE}\n${NOTE}`, `${BEFORE}\n${NOTE}`)).toBe('inserted');
    expect(verdict(true, `${BEFORE}\n${NOTE}`, `${BEFORE}\n${NOTE}`)).toBe('untouched');
  });

  it('puts back a mangled, half or doubled insert', () => {
    expect(verdict(true, `${BEFORE}\nPsychodynamic progress note`)).toBe('restore');
    expect(verdict(true, `${BEFORE}\n${NOTE}\n${NOTE}`)).toBe('restore');
    expect(verdict(true, 'Psychodynamic')).toBe('restore');
  });

  it('puts back whatever an editor that refused changed', () => {
    expect(verdict(false, `${BEFORE}\n${NOTE}`)).toBe('restore');
  });

  it('leaves an untouched field alone: a restore (an undo) could take the clinician’s last edit', () => {
    expect(verdict(false, BEFORE)).toBe('untouched');
    expect(verdict(true, BEFORE)).toBe('untouched');
  });

  it('puts back a field that could not be read after the insert', () => {
    expect(verdict(true, null)).toBe('restore');
  });
});

const copies = (copiesBefore: number, copiesAfter: number | null, changed = true) => ({
  copiesBefore,
  copiesAfter,
  changed,
});

describe('verdictFromCopies (counted in the page)', () => {
  it('keeps an accepted insert that added exactly one copy', () => {
    expect(verdictFromCopies(true, copies(0, 1))).toBe('inserted');
    expect(verdictFromCopies(true, copies(1, 2))).toBe('inserted');
  });

  it('puts back a changed field whose copies did not go up by exactly one', () => {
    expect(verdictFromCopies(true, copies(0, 0))).toBe('restore');
    expect(verdictFromCopies(true, copies(0, 2))).toBe('restore');
    expect(verdictFromCopies(true, copies(1, 1))).toBe('restore');
    expect(verdictFromCopies(true, copies(0, null))).toBe('restore');
    expect(verdictFromCopies(false, copies(0, 1))).toBe('restore');
  });

  it('leaves an unchanged field alone', () => {
    expect(verdictFromCopies(false, copies(0, 0, false))).toBe('untouched');
    expect(verdictFromCopies(true, copies(1, 1, false))).toBe('untouched');
  });
});
