import { describe, expect, it } from 'vitest';
import { crisisAddOns, noteCptCodes, suggestCpt } from '@/lib/note/billing';
import type { SessionFrame } from '@/lib/note/frame';

/** A frame starting at 10:00 and lasting `minutes`. */
const lasting = (minutes: number, extra: SessionFrame = {}): SessionFrame => {
  const end = 10 * 60 + minutes;
  const hh = String(Math.floor(end / 60) % 24).padStart(2, '0');
  const mm = String(end % 60).padStart(2, '0');
  return { start: '10:00', end: `${hh}:${mm}`, modality: 'individual', ...extra };
};

describe('suggestCpt: individual psychotherapy by the CPT time rule', () => {
  it.each([
    [0, []],
    [15, []],
    [16, ['90832']],
    [37, ['90832']],
    [38, ['90834']],
    [52, ['90834']],
    [53, ['90837']],
    [90, ['90837']],
  ])('%i minutes → %j', (minutes, codes) => {
    expect(suggestCpt(lasting(minutes)).codes).toEqual(codes);
  });

  it('says why under 16 minutes is not suggested', () => {
    expect(suggestCpt(lasting(15)).reason).toMatch(/not billable as psychotherapy/);
  });

  it('asks for times when they are missing', () => {
    expect(suggestCpt({ start: '10:00' })).toEqual({
      codes: [],
      reason: 'Enter start and end time for a suggestion',
    });
  });

  it('says the end is before the start when both times are there but read as no session', () => {
    // 14:00–13:10 is a typo, not a session of 23 h 10 min past midnight.
    expect(suggestCpt({ start: '14:00', end: '13:10', modality: 'individual' })).toEqual({
      codes: [],
      reason: 'End time is before start time: check the times',
    });
    // An unreadable time is still a missing one.
    expect(suggestCpt({ start: '14:00', end: '25:10' }).reason).toBe(
      'Enter start and end time for a suggestion',
    );
    // A session across midnight is a session.
    expect(suggestCpt({ start: '23:30', end: '00:20', modality: 'individual' }).codes).toEqual(['90834']);
  });
});

describe('suggestCpt: crisis (90839 for 30–74 min, +90840 per further 30 min)', () => {
  it.each([
    [29, ['90832']],
    [30, ['90839']],
    [74, ['90839']],
    [75, ['90839', '90840']],
    [104, ['90839', '90840']],
    [105, ['90839', '90840', '90840']],
    [134, ['90839', '90840', '90840']],
    [135, ['90839', '90840', '90840', '90840']],
  ])('%i minutes → %j', (minutes, codes) => {
    expect(suggestCpt(lasting(minutes, { crisis: true })).codes).toEqual(codes);
  });

  it.each([
    [74, 0],
    [75, 1],
    [165, 4],
  ])('crisisAddOns(%i) = %i', (minutes, addOns) => {
    expect(crisisAddOns(minutes)).toBe(addOns);
  });

  it('never adds interactive complexity to crisis codes', () => {
    expect(suggestCpt(lasting(60, { crisis: true, interactiveComplexity: true })).codes).toEqual(['90839']);
  });
});

describe('suggestCpt: modality, intake and add-ons', () => {
  it.each<[string, SessionFrame, { intake?: boolean }, string[]]>([
    ['intake, any length', lasting(60), { intake: true }, ['90791']],
    ['intake without times', {}, { intake: true }, ['90791']],
    [
      'intake with interactive complexity',
      lasting(60, { interactiveComplexity: true }),
      { intake: true },
      ['90791', '90785'],
    ],
    ['family without client, 25 min', lasting(25, { modality: 'family-without-client' }), {}, []],
    ['family without client, 26 min', lasting(26, { modality: 'family-without-client' }), {}, ['90846']],
    ['family with client, 50 min', lasting(50, { modality: 'family-with-client' }), {}, ['90847']],
    [
      'family never takes 90785',
      lasting(50, { modality: 'family-with-client', interactiveComplexity: true }),
      {},
      ['90847'],
    ],
    ['couple, 50 min', lasting(50, { modality: 'couple' }), {}, ['90847']],
    ['group', lasting(90, { modality: 'group' }), {}, ['90853']],
    [
      'group with interactive complexity',
      lasting(90, { modality: 'group', interactiveComplexity: true }),
      {},
      ['90853', '90785'],
    ],
    [
      'individual with interactive complexity',
      lasting(45, { interactiveComplexity: true }),
      {},
      ['90834', '90785'],
    ],
    ['no modality picked reads as individual', { start: '10:00', end: '10:45' }, {}, ['90834']],
    ['crossing midnight, 50 min', { start: '23:30', end: '00:20' }, {}, ['90834']],
  ])('%s', (_name, frame, options, codes) => {
    expect(suggestCpt(frame, options).codes).toEqual(codes);
  });
});

describe('noteCptCodes', () => {
  it('prefers the codes the clinician confirmed over the suggestion', () => {
    expect(noteCptCodes(lasting(50, { cpt: ['90837'] }))).toEqual(['90837']);
    expect(noteCptCodes(lasting(50))).toEqual(['90834']);
  });
});
