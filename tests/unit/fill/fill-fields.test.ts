/** The pure parts of "Fill fields": splitting the note, the stored maps, the report. */
import { describe, expect, it } from 'vitest';
import { parseFieldMaps, siteOf, withTarget, type FieldMaps } from '@/lib/fill/field-maps';
import { fillReport } from '@/lib/fill/report';
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

describe('field maps', () => {
  const target = { path: ['@label Plan'], label: 'Plan' };

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
