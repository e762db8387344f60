/** The background's record of injected frames forgets closed tabs and replaced pages. */
import { describe, expect, it } from 'vitest';
import { documentReplaced, InjectedFrames } from '@/lib/insert/injected-frames';

describe('InjectedFrames', () => {
  it('remembers frames per tab and forgets one frame or a whole tab', () => {
    const frames = new InjectedFrames();
    frames.add(1, 0);
    frames.add(1, 7);
    frames.add(2, 0);
    expect(frames.has(1, 7)).toBe(true);
    expect(frames.has(2, 7)).toBe(false);
    frames.forget(1, 7);
    expect(frames.has(1, 7)).toBe(false);
    expect(frames.has(1, 0)).toBe(true);
    frames.forgetTab(1);
    expect(frames.has(1, 0)).toBe(false);
    expect(frames.has(2, 0)).toBe(true);
    expect(frames.tabCount).toBe(1);
    // A tab whose last frame is forgotten leaves no empty entry behind.
    frames.forget(2, 0);
    expect(frames.tabCount).toBe(0);
  });
});

describe('documentReplaced', () => {
  it('a load starting or a new URL replaces the page; other changes do not', () => {
    expect(documentReplaced({ status: 'loading' })).toBe(true);
    expect(documentReplaced({ url: 'https://ehr.example/notes/2' })).toBe(true);
    expect(documentReplaced({ status: 'complete' })).toBe(false);
    expect(documentReplaced({})).toBe(false);
  });
});
