import { describe, expect, it } from 'vitest';
import type { SessionFrame } from '@/lib/note/frame';
import type { NoteContent } from '@/lib/note/model';
import { INITIAL_ASSESSMENT, PSYCHODYNAMIC_PROGRESS, STPP_SESSION } from '@/lib/note/templates';
import { FRAME_WARNINGS, validateForInsert } from '@/lib/note/validate';

const documented = { risk: { risk: { noRiskIndicated: true } } };

describe('validateForInsert', () => {
  it('blocks on missing required sections, after risk', () => {
    const content: NoteContent = { templateId: INITIAL_ASSESSMENT.id, sections: {}, includePrivate: [] };
    expect(validateForInsert(INITIAL_ASSESSMENT, content).blocking).toEqual([
      { sectionId: 'presentingProblem', message: 'Presenting problem is required' },
      { sectionId: 'risk', message: 'Risk not documented' },
    ]);
  });

  it('accepts a draft from before the frame existed (frame absent = empty)', () => {
    const old = { templateId: PSYCHODYNAMIC_PROGRESS.id, sections: documented, includePrivate: [] };
    expect(validateForInsert(PSYCHODYNAMIC_PROGRESS, old)).toEqual({
      blocking: [],
      warnings: [
        { sectionId: 'frame', message: FRAME_WARNINGS.dateMissing },
        { sectionId: 'frame', message: FRAME_WARNINGS.startMissing },
        { sectionId: 'frame', message: FRAME_WARNINGS.endMissing },
      ],
    });
  });

  it.each<[string, SessionFrame, string[]]>([
    ['complete, in person', { start: '10:00', end: '10:50', setting: 'in-person' }, []],
    ['end missing', { start: '10:00' }, [FRAME_WARNINGS.endMissing]],
    ['date not a date', { date: '4 March', start: '10:00', end: '10:50' }, [FRAME_WARNINGS.dateMissing]],
    ['end before start', { start: '14:00', end: '13:50' }, [FRAME_WARNINGS.endBeforeStart]],
    [
      'video without confirmations',
      { start: '10:00', end: '10:50', setting: 'video' },
      [FRAME_WARNINGS.locationNotConfirmed, FRAME_WARNINGS.consentNotConfirmed],
    ],
    [
      'audio-only with location only',
      { start: '10:00', end: '10:50', setting: 'audio', telehealthLocationConfirmed: true },
      [FRAME_WARNINGS.consentNotConfirmed],
    ],
  ])('frame warnings: %s', (_name, frame, warnings) => {
    const content: NoteContent = {
      templateId: PSYCHODYNAMIC_PROGRESS.id,
      sections: documented,
      includePrivate: [],
      frame: { date: '2026-03-04', ...frame },
    };
    const result = validateForInsert(PSYCHODYNAMIC_PROGRESS, content);
    expect(result.blocking).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual(warnings);
  });

  it.each<[string, SessionFrame, string[]]>([
    ['complete', { sessionNumber: 3, courseLength: 16, focus: 'Grief' }, []],
    ['no course length', { sessionNumber: 3, focus: 'Grief' }, [FRAME_WARNINGS.courseMissing]],
    ['no focus', { sessionNumber: 3, courseLength: 16, focus: ' ' }, [FRAME_WARNINGS.focusMissing]],
    ['the last agreed session', { sessionNumber: 16, courseLength: 16, focus: 'Grief' }, []],
    [
      'past the course',
      { sessionNumber: 17, courseLength: 16, focus: 'Grief' },
      [FRAME_WARNINGS.courseExceeded],
    ],
    ['session 0', { sessionNumber: 0, courseLength: 16, focus: 'Grief' }, [FRAME_WARNINGS.sessionZero]],
  ])('STPP frame warnings: %s', (_name, frame, warnings) => {
    const content: NoteContent = {
      templateId: STPP_SESSION.id,
      sections: documented,
      includePrivate: [],
      frame: { date: '2026-03-04', start: '10:00', end: '10:50', ...frame },
    };
    expect(validateForInsert(STPP_SESSION, content).warnings.map((w) => w.message)).toEqual(warnings);
  });
});
