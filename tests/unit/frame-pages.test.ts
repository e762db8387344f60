/** What each frame showed while a draft was written there (lib/frame-pages.ts). */
import { describe, expect, it } from 'vitest';
import { FRAME_PAGES_DRAFTS, framePagesOfDraft, withFramePage, type FramePages } from '@/lib/frame-pages';

describe('frame pages', () => {
  it('keeps a page per draft and frame, apart', () => {
    let pages: FramePages = {};
    pages = withFramePage(pages, 'a', '0', 'http://ehr/note?client=12');
    pages = withFramePage(pages, 'a', '1.0', 'http://ehr/nav');
    pages = withFramePage(pages, 'b', '0', 'http://ehr/note?client=47');
    expect(framePagesOfDraft(pages, 'a')).toEqual({
      '0': 'http://ehr/note?client=12',
      '1.0': 'http://ehr/nav',
    });
    expect(framePagesOfDraft(pages, 'b')).toEqual({ '0': 'http://ehr/note?client=47' });
    expect(framePagesOfDraft(pages, 'c')).toEqual({});
    // Replaced, not added; the draft written last is the newest.
    pages = withFramePage(pages, 'a', '0', 'http://ehr/note?client=90');
    expect(framePagesOfDraft(pages, 'a')['0']).toBe('http://ehr/note?client=90');
    expect(Object.keys(pages)).toEqual(['b', 'a']);
  });

  it('keeps only the most recently written drafts, so a tab’s record stays small', () => {
    let pages: FramePages = {};
    for (let i = 0; i < FRAME_PAGES_DRAFTS; i += 1)
      pages = withFramePage(pages, `d${i}`, '0', `http://ehr/${i}`);
    // The oldest is written again: it is the newest now, and the next one pushes out d1.
    pages = withFramePage(pages, 'd0', '1', 'http://ehr/0b');
    pages = withFramePage(pages, 'new', '0', 'http://ehr/new');
    expect(Object.keys(pages)).toHaveLength(FRAME_PAGES_DRAFTS);
    expect(framePagesOfDraft(pages, 'd1')).toEqual({});
    expect(framePagesOfDraft(pages, 'd0')).toEqual({ '0': 'http://ehr/0', '1': 'http://ehr/0b' });
    expect(framePagesOfDraft(pages, 'new')).toEqual({ '0': 'http://ehr/new' });
  });
});
