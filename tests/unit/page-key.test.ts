/** The key a draft is filed under, and the stable key of a frame or field (lib/page-key.ts). */
import { describe, expect, it } from 'vitest';
import { pageKeyOf, stablePageKeyOf } from '@/lib/page-key';

describe('pageKeyOf', () => {
  it('is the origin, path and query', () => {
    expect(pageKeyOf('https://ehr.example/clients/12/note?tab=2')).toBe(
      'https://ehr.example/clients/12/note?tab=2',
    );
  });

  it('leaves out an anchor and the `#` of a script link, which move nothing', () => {
    expect(pageKeyOf('https://ehr.example/note?c=12#plan')).toBe('https://ehr.example/note?c=12');
    expect(pageKeyOf('https://ehr.example/note#')).toBe('https://ehr.example/note');
  });

  it("keeps a hash router's route, which names the page: one key per client's chart", () => {
    expect(pageKeyOf('https://ehr.example/app#/clients/12')).toBe('https://ehr.example/app#/clients/12');
    expect(pageKeyOf('https://ehr.example/app#!/clients/12')).toBe('https://ehr.example/app#!/clients/12');
    expect(pageKeyOf('https://ehr.example/app#/clients/12')).not.toBe(
      pageKeyOf('https://ehr.example/app#/clients/47'),
    );
  });

  it('keeps the query as it is, a cache-buster too: the query is the page’s to say', () => {
    expect(pageKeyOf('https://ehr.example/chart?pid=12&_=1732900000000')).toBe(
      'https://ehr.example/chart?pid=12&_=1732900000000',
    );
  });
});

describe('stablePageKeyOf: without what changes from one load of the same page to the next', () => {
  it.each([
    ['jQuery’s cache-buster', 'https://ehr.example/chart?pid=12&_=1732900000000'],
    ['Ext JS’s', 'https://ehr.example/chart?_dc=1732900000000&pid=12'],
    ['a hand-made one', 'https://ehr.example/chart?pid=12&nocache=0.4417&rnd=af93'],
    ['a timestamp', 'https://ehr.example/chart?pid=12&ts=1732900000'],
    ['PHP’s session id, any case', 'https://ehr.example/chart?PHPSESSID=9a8b7c&pid=12'],
    ['ColdFusion’s', 'https://ehr.example/chart?pid=12&CFID=1234&CFTOKEN=56789012'],
    ['Java’s, in the path', 'https://ehr.example/chart;jsessionid=A1B2C3D4?pid=12'],
  ])('leaves out %s', (_, url) => {
    expect(stablePageKeyOf(url)).toBe('https://ehr.example/chart?pid=12');
  });

  it('leaves out ASP.NET’s cookieless session, with or without its other cookies', () => {
    expect(stablePageKeyOf('https://ehr.example/(S(lit3py55t21z5v55vlm25s55))/chart.aspx?pid=12')).toBe(
      'https://ehr.example/chart.aspx?pid=12',
    );
    expect(stablePageKeyOf('https://ehr.example/app/(X(1)S(lit3py55t21z5v55vlm25s55))/chart.aspx')).toBe(
      'https://ehr.example/app/chart.aspx',
    );
  });

  it('leaves no bare `?` when nothing else is left, and the same out of a hash route', () => {
    expect(stablePageKeyOf('https://ehr.example/chart?_=1732900000000')).toBe('https://ehr.example/chart');
    expect(stablePageKeyOf('https://ehr.example/app#/clients/12?_dc=1732900000000&tab=notes')).toBe(
      'https://ehr.example/app#/clients/12?tab=notes',
    );
  });

  it('is the page key otherwise, an anchor left out as there', () => {
    expect(stablePageKeyOf('https://ehr.example/note?c=12#plan')).toBe('https://ehr.example/note?c=12');
    expect(stablePageKeyOf('https://ehr.example/app#/clients/12')).toBe(
      'https://ehr.example/app#/clients/12',
    );
  });

  it('takes the address of a frame of no origin of its own (data:, about:srcdoc) as the page key does', () => {
    for (const url of ['data:text/html,<textarea id=note></textarea>', 'about:srcdoc', 'about:blank'])
      expect(stablePageKeyOf(url)).toBe(pageKeyOf(url));
  });

  it('keeps what may name a page: a short `t`, another name, a value that is no time', () => {
    for (const url of [
      'https://ehr.example/chart?t=notes&pid=12',
      'https://ehr.example/chart?t=12&pid=12',
      'https://ehr.example/chart?sid=12',
      'https://ehr.example/chart?client_=12',
      'https://ehr.example/chart?ts=2024-11-29',
    ])
      expect(stablePageKeyOf(url)).toBe(url);
  });

  it('keeps every other address to the character', () => {
    for (const url of [
      'https://ehr.example/chart?q=a+b&name=%C3%A9&&x',
      'https://ehr.example/chart?bad=%E0%A4%A',
      'https://ehr.example/(notes)/chart',
      'https://ehr.example/chart;v=2?pid=12',
    ])
      expect(stablePageKeyOf(url)).toBe(url);
  });

  it('takes two loads of the same chart for one page, and two clients for two', () => {
    const first = stablePageKeyOf('https://ehr.example/chart?pid=12&_=1732900000000');
    expect(stablePageKeyOf('https://ehr.example/chart?pid=12&_=1732900099999')).toBe(first);
    expect(stablePageKeyOf('https://ehr.example/chart?pid=47&_=1732900000000')).not.toBe(first);
  });
});
