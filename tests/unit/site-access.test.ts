import { describe, expect, it } from 'vitest';
import { desiredMatches, originPattern } from '@/lib/site-access';

describe('originPattern', () => {
  it.each([
    ['https://ehr.example.org/notes/7?x=1#y', 'https://ehr.example.org/*'],
    ['http://127.0.0.1:5173/a', 'http://127.0.0.1:5173/*'],
    ['file:///home/note.html', null],
    ['chrome://extensions', null],
    ['', null],
  ])('%s → %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });
});

describe('desiredMatches', () => {
  it('registers granted origins once each, sorted, except those the manifest already covers', () => {
    expect(
      desiredMatches(
        ['https://b.example/*', 'https://a.example/*', 'https://a.example/*', 'http://127.0.0.1/*'],
        ['http://127.0.0.1/*'],
      ),
    ).toEqual(['https://a.example/*', 'https://b.example/*']);
  });

  it('ignores broad or odd grants (only one origin at a time is ever asked for)', () => {
    expect(desiredMatches(['<all_urls>', '*://*/*', 'https://*/*', 'https://x.example/path/*'], [])).toEqual(
      [],
    );
  });
});
