import { describe, expect, it } from 'vitest';
import type { SessionFrame } from '@/lib/note/frame';
import type { NoteContent } from '@/lib/note/model';
import { INITIAL_ASSESSMENT, PSYCHODYNAMIC_PROGRESS } from '@/lib/note/templates';
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
        { sectionId: 'frame', message: FRAME_WARNINGS.startMissing },
        { sectionId: 'frame', message: FRAME_WARNINGS.endMissing },
      ],
    });
  });

  it.each<[string, SessionFrame, string[]]>([
    ['complete, in person', { start: '10:00', end: '10:50', setting: 'in-person' }, []],
    ['end missing', { start: '10:00' }, [FRAME_WARNINGS.endMissing]],
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
      frame,
    };
    const result = validateForInsert(PSYCHODYNAMIC_PROGRESS, content);
    expect(result.blocking).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual(warnings);
  });
});
