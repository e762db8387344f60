/** The pure parts of "Fill fields": splitting the note, the stored maps, the report. */
import { describe, expect, it } from 'vitest';
import { parseFieldMaps, siteOf, storedFieldMaps, withTarget, type FieldMaps } from '@/lib/fill/field-maps';
import { fillReport, pickAnnouncement, pickedAnnouncement } from '@/lib/fill/report';
import type { NoteContent } from '@/lib/note/model';
import { partKeys, renderParts, SESSION_PART } from '@/lib/note/render';
import { PSYCHODYNAMIC_PROGRESS } from '@/lib/note/templates';

const content: NoteContent = {
  templateId: PSYCHODYNAMIC_PROGRESS.id,
  sections: {
    sessionFocus: { text: 'She spoke about the move.' },
    themes: { text: 'Leaving before being left.' },
    countertransference: { text: 'I felt protective.' },
    plan: { text: 'Meet weekly.' },
  },
  includePrivate: [],
};

describe('renderParts', () => {
  it('SOAP: each heading gets only its sections (each labelled), without the heading itself', () => {
    const parts = renderParts(PSYCHODYNAMIC_PROGRESS, content, { layout: 'soap' });
    expect(parts.map((p) => p.key)).toEqual(['Subjective', 'Objective', 'Plan']);
    const [subjective, objective, plan] = parts;
    expect(subjective!.text).toBe('Session focus: She spoke about the move.');
    expect(objective!.text).toBe('Themes and patterns: Leaving before being left.');
    expect(plan!.text).toBe('Meet weekly.');
    expect(plan!.html).toBe('<p>Meet weekly.</p>');
  });

  it('never puts a private section into any part unless opted in', () => {
    const all = renderParts(PSYCHODYNAMIC_PROGRESS, content, { layout: 'soap' });
    expect(all.map((p) => p.text).join('\n')).not.toContain('protective');
    const opted = renderParts(PSYCHODYNAMIC_PROGRESS, {
      ...content,
      includePrivate: ['countertransference'],
    });
    expect(opted.find((p) => p.key === 'Countertransference')?.text).toBe('I felt protective.');
  });

  it('lists every part a field can be picked for, empty ones too, private ones only when included', () => {
    expect(partKeys(PSYCHODYNAMIC_PROGRESS, content, { layout: 'soap' })).toEqual([
      SESSION_PART,
      'Subjective',
      'Objective',
      'Assessment',
      'Plan',
    ]);
    const own = partKeys(PSYCHODYNAMIC_PROGRESS, content);
    expect(own).toContain('Session focus');
    expect(own).not.toContain('Countertransference');
  });

  it('session details hold the title and the frame lines, only when a frame was entered', () => {
    expect(renderParts(PSYCHODYNAMIC_PROGRESS, content)[0]!.key).not.toBe(SESSION_PART);
    const framed = renderParts(PSYCHODYNAMIC_PROGRESS, { ...content, frame: { date: '2026-03-02' } });
    expect(framed[0]!.key).toBe(SESSION_PART);
    expect(framed[0]!.text.startsWith('Psychodynamic progress note\n')).toBe(true);
  });
});

const target = { path: ['@label Plan'], label: 'Plan' };
const withFrame = (frame: unknown) =>
  storedFieldMaps({ 'http://a.test': { Plan: { ...target, frame } } as never });

describe('field maps', () => {
  it('keeps one map per origin', () => {
    expect(siteOf('http://ehr.test:8080/patients/7?visit=2')).toBe('http://ehr.test:8080');
    let maps: FieldMaps = withTarget({}, 'http://a.test', 'Plan', target);
    maps = withTarget(maps, 'http://b.test', 'Plan', { path: ['#p'], label: 'P' });
    expect(maps['http://a.test']).toEqual({ Plan: target });
    expect(withTarget(maps, 'http://a.test', 'Plan', null)).toEqual({
      'http://b.test': maps['http://b.test'],
    });
  });

  it('reads back only valid data, never half of a damaged value', () => {
    const good = { 'http://a.test': { Plan: target } };
    expect(parseFieldMaps(good)).toEqual(good);
    expect(parseFieldMaps(undefined)).toEqual({});
    expect(parseFieldMaps({ 'http://a.test': { Plan: { path: [], label: 'Plan' } } })).toEqual({});
    expect(parseFieldMaps({ 'http://a.test': { Plan: { path: [42], label: 'Plan' } } })).toEqual({});
    expect(parseFieldMaps('nonsense')).toEqual({});
  });

  const framed = {
    path: ['@label Assessment'],
    label: 'Assessment',
    frame: { origin: 'https://notes.clinic.example', path: '/editor/note.html' },
  };

  it('stores version 2 and reads it back, frames included; reads version 1 as top-page targets', () => {
    const maps = { 'http://a.test': { Plan: target, Assessment: framed } };
    const stored = storedFieldMaps(maps);
    expect(stored).toEqual({ version: 2, sites: maps });
    expect(parseFieldMaps(structuredClone(stored))).toEqual(maps);
    // Version 1: the bare record, saved before frames were stored.
    expect(parseFieldMaps({ 'http://a.test': { Plan: target } })).toEqual({
      'http://a.test': { Plan: target },
    });
    // A version it does not know is not guessed at.
    expect(parseFieldMaps({ version: 3, sites: maps })).toEqual({});
  });

  it('rejects a frame it could not find again: opaque or non-web origins, relative paths', () => {
    expect(parseFieldMaps(withFrame(framed.frame))).not.toEqual({});
    expect(parseFieldMaps(withFrame({ origin: 'null', path: '/x' }))).toEqual({});
    expect(parseFieldMaps(withFrame({ origin: 'javascript:alert(1)', path: '/x' }))).toEqual({});
    expect(parseFieldMaps(withFrame({ origin: 'https://a.test/x', path: '/x' }))).toEqual({});
    expect(parseFieldMaps(withFrame({ origin: 'https://a.test', path: 'x' }))).toEqual({});
    expect(parseFieldMaps(withFrame({ origin: 'https://a.test' }))).toEqual({});
  });
});

describe('picker announcements', () => {
  it('say the position, the label and a cross-origin frame, the same for every key path', () => {
    expect(pickAnnouncement({ label: 'Assessment', index: 3, count: 7, frame: 'clinic.example' })).toBe(
      'Field 3 of 7: Assessment (in frame clinic.example)',
    );
    expect(pickAnnouncement({ label: '', index: 1, count: 2 })).toBe('Field 1 of 2: Unlabelled field');
    expect(pickedAnnouncement('Plan', { label: 'Plan' }, 'notes.test:8080')).toBe(
      "Plan goes into 'Plan' (in frame notes.test:8080)",
    );
    expect(pickedAnnouncement('Plan', { label: 'Plan' })).toBe("Plan goes into 'Plan'");
  });
});

describe('fillReport', () => {
  it('names what was filled and every field that was not, with why', () => {
    const text = fillReport([
      { key: 'Subjective', label: 'Subjective', outcome: 'inserted', fieldKey: 'k1' },
      { key: 'Plan', label: 'Plan', outcome: 'missing', matches: 0 },
      { key: 'Assessment', label: 'Assessment', outcome: 'missing', matches: 2 },
      { key: 'Objective', label: 'Findings', outcome: 'duplicate' },
      { key: 'Session details', label: 'Header', outcome: 'failed', reason: 'The note field is read-only' },
      { key: 'Goals', label: '', outcome: 'unmapped' },
    ]);
    expect(text).toBe(
      'Filled Subjective. ' +
        "Field 'Plan' not found on this page — Plan was not filled. " +
        "Field 'Assessment' matches 2 fields on this page — Assessment was not filled; pick it again. " +
        "'Findings' already has Objective — not filled again. " +
        "Session details did not go into 'Header': The note field is read-only. " +
        'No field picked for Goals — not filled.',
    );
  });
});
