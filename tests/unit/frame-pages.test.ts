/** What each frame showed while a draft was written there (lib/frame-pages.ts). */
import { describe, expect, it } from 'vitest';
import {
  FRAME_PAGES_DRAFTS,
  FRAME_PAGES_FRAMES,
  framePagesOfDraft,
  namedSlotOf,
  notedPageOf,
  withFramePages,
  type FramePages,
} from '@/lib/frame-pages';

describe('frame pages', () => {
  it('keeps a page per draft and frame, apart', () => {
    let pages: FramePages = {};
    pages = withFramePages(pages, 'a', { '0': 'http://ehr/note?client=12' });
    pages = withFramePages(pages, 'a', { '1.0': 'http://ehr/nav' });
    pages = withFramePages(pages, 'b', { '0': 'http://ehr/note?client=47' });
    expect(framePagesOfDraft(pages, 'a')).toEqual({
      '0': 'http://ehr/note?client=12',
      '1.0': 'http://ehr/nav',
    });
    expect(framePagesOfDraft(pages, 'b')).toEqual({ '0': 'http://ehr/note?client=47' });
    expect(framePagesOfDraft(pages, 'c')).toEqual({});
    // Replaced, not added; the draft written last is the newest.
    pages = withFramePages(pages, 'a', { '0': 'http://ehr/note?client=90' });
    expect(framePagesOfDraft(pages, 'a')['0']).toBe('http://ehr/note?client=90');
    expect(Object.keys(pages)).toEqual(['b', 'a']);
  });

  it('keeps only the most recently written drafts, so the record stays small', () => {
    let pages: FramePages = {};
    for (let i = 0; i < FRAME_PAGES_DRAFTS; i += 1)
      pages = withFramePages(pages, `d${i}`, { '0': `http://ehr/${i}` });
    // The oldest is written again: it is the newest now, and the next one pushes out d1.
    pages = withFramePages(pages, 'd0', { '1': 'http://ehr/0b' });
    pages = withFramePages(pages, 'new', { '0': 'http://ehr/new' });
    expect(Object.keys(pages)).toHaveLength(FRAME_PAGES_DRAFTS);
    expect(framePagesOfDraft(pages, 'd1')).toEqual({});
    expect(framePagesOfDraft(pages, 'd0')).toEqual({ '0': 'http://ehr/0', '1': 'http://ehr/0b' });
    expect(framePagesOfDraft(pages, 'new')).toEqual({ '0': 'http://ehr/new' });
  });

  it('keeps a page of many frames to the frames noted first, and lets those change', () => {
    const many = Object.fromEntries(
      Array.from({ length: FRAME_PAGES_FRAMES + 5 }, (_, i) => [String(i), `http://ehr/ad/${i}`]),
    );
    let pages = withFramePages({}, 'a', many);
    expect(Object.keys(framePagesOfDraft(pages, 'a'))).toHaveLength(FRAME_PAGES_FRAMES);
    pages = withFramePages(pages, 'a', { '0': 'http://ehr/note?client=47', late: 'http://ehr/late' });
    expect(framePagesOfDraft(pages, 'a')['0']).toBe('http://ehr/note?client=47');
    expect(framePagesOfDraft(pages, 'a')).not.toHaveProperty('late');
  });

  it('names a named frame under its parent’s place, so two framesets’ frames stay apart', () => {
    expect(namedSlotOf({ slot: '0', name: 'chart' })).toBe('@chart');
    expect(namedSlotOf({ slot: '1.2', name: 'main' })).toBe('1@main');
    expect(namedSlotOf({ slot: '2.0.1', name: 'main' })).toBe('2.0@main');
    expect(namedSlotOf({ slot: '0' })).toBeNull();
  });

  it('finds a frame’s noted page by its name first, then by its place', () => {
    // Noted while the chart frame was first; the EHR then added a frame before it.
    const noted = { '0': 'http://ehr/chart?client=12', '@chart': 'http://ehr/chart?client=12' };
    expect(notedPageOf(noted, { slot: '1', name: 'chart' })).toBe('http://ehr/chart?client=12');
    // Unnamed frames, and names new since (a page naming its frames afresh at each load,
    // or the frame added), by place, as before names were kept.
    expect(notedPageOf(noted, { slot: '0', name: 'messages' })).toBe('http://ehr/chart?client=12');
    expect(notedPageOf(noted, { slot: '0' })).toBe('http://ehr/chart?client=12');
    expect(notedPageOf({ '1': 'http://ehr/x' }, { slot: '1', name: 'frame-8812' })).toBe('http://ehr/x');
    expect(notedPageOf(noted, { slot: '2' })).toBeUndefined();
  });

  it('knows a frame noted under neither its name nor its place by a page at the same address but for its query', () => {
    const noted = { '0': 'http://ehr/chart?client=12', '1': 'http://ehr/nav' };
    // An unnamed chart frame made anew, now after the panel's frame: the next client's chart.
    expect(notedPageOf(noted, { slot: '2', href: 'http://ehr/chart?client=47' })).toBe(
      'http://ehr/chart?client=12',
    );
    // The same page, with a cache-buster: that page.
    expect(
      notedPageOf(
        { ...noted, '3': 'http://ehr/chart?client=47' },
        { slot: '2', href: 'http://ehr/chart?client=47&_=1' },
      ),
    ).toBe('http://ehr/chart?client=47');
    // The client in the path, not the query: the same route.
    expect(
      notedPageOf({ '0': 'http://ehr/clients/12/chart' }, { slot: '1', href: 'http://ehr/clients/47/chart' }),
    ).toBe('http://ehr/clients/12/chart');
    expect(
      notedPageOf(
        { '0': 'http://ehr/clients/12/chart' },
        { slot: '1', href: 'http://ehr/clients/47/letters' },
      ),
    ).toBeUndefined();
    // Another address, or a frame of no address of its own: nothing noted.
    expect(notedPageOf(noted, { slot: '2', href: 'http://ehr/letters?client=47' })).toBeUndefined();
    expect(notedPageOf(noted, { slot: '2', href: 'about:blank' })).toBeUndefined();
    // Noted by place, the place wins.
    expect(notedPageOf(noted, { slot: '1', href: 'http://ehr/chart?client=47' })).toBe('http://ehr/nav');
  });
});
