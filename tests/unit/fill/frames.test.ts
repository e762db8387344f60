/** "Fill fields" across frames: finding a stored frame again, and one keyboard list over every frame. */
import { describe, expect, it } from 'vitest';
import { frameName, frameRefOf, framesFor, settleFrame, stepAcross } from '@/lib/fill/frames';

describe('frame references', () => {
  it('store the origin and path of a frame, not its query or fragment', () => {
    expect(frameRefOf('https://notes.clinic.example:8443/editor/note.html?patient=7#top')).toEqual({
      origin: 'https://notes.clinic.example:8443',
      path: '/editor/note.html',
    });
    expect(frameName({ origin: 'https://notes.clinic.example:8443', path: '/' })).toBe(
      'notes.clinic.example:8443',
    );
  });

  const frames = [
    { frameId: 4, origin: 'https://notes.test', path: '/note.html' },
    { frameId: 9, origin: 'https://notes.test', path: '/visit/8/note' },
    { frameId: 12, origin: 'https://ads.test', path: '/note.html' },
  ];

  it('are found again by address first, else by origin, never on another origin', () => {
    expect(
      framesFor({ origin: 'https://notes.test', path: '/note.html' }, frames).map((f) => f.frameId),
    ).toEqual([4]);
    expect(
      framesFor({ origin: 'https://notes.test', path: '/visit/7/note' }, frames).map((f) => f.frameId),
    ).toEqual([4, 9]);
    expect(framesFor({ origin: 'https://gone.test', path: '/note.html' }, frames)).toEqual([]);
  });

  it('fill only where exactly one element matches in exactly one frame', () => {
    expect(
      settleFrame([
        { frameId: 4, matches: 0 },
        { frameId: 9, matches: 1 },
      ]),
    ).toEqual({ frameId: 9 });
    expect(settleFrame([])).toEqual({ matches: 0 });
    expect(settleFrame([{ frameId: 4, matches: 0 }])).toEqual({ matches: 0 });
    expect(
      settleFrame([
        { frameId: 4, matches: 1 },
        { frameId: 9, matches: 1 },
      ]),
    ).toEqual({ matches: 2 });
    expect(settleFrame([{ frameId: 4, matches: 3 }])).toEqual({ matches: 3 });
  });
});

describe('stepAcross', () => {
  const none = -1;

  it('runs through every frame’s fields as one list, wrapping round both ways', () => {
    const frames = [
      { count: 2, at: none },
      { count: 0, at: none },
      { count: 3, at: none },
    ];
    expect(stepAcross(frames, 1)).toEqual({ frame: 0, index: 0, position: 1, total: 5 });
    expect(stepAcross(frames, -1)).toEqual({ frame: 2, index: 2, position: 5, total: 5 });
    frames[0]!.at = 1;
    expect(stepAcross(frames, 1)).toEqual({ frame: 2, index: 0, position: 3, total: 5 });
    frames[0]!.at = none;
    frames[2]!.at = 2;
    expect(stepAcross(frames, 1)).toEqual({ frame: 0, index: 0, position: 1, total: 5 });
    frames[2]!.at = 0;
    expect(stepAcross(frames, -1)).toEqual({ frame: 0, index: 1, position: 2, total: 5 });
  });

  it('has nothing to step to when no frame shows a field; ignores a stale highlight', () => {
    expect(stepAcross([{ count: 0, at: none }], 1)).toBeNull();
    expect(stepAcross([], -1)).toBeNull();
    expect(stepAcross([{ count: 2, at: 5 }], 1)).toEqual({ frame: 0, index: 0, position: 1, total: 2 });
  });
});
