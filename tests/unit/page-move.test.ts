/** A single-page EHR's move to another page while the panel stays open (lib/page-move.ts). */
import { describe, expect, it } from 'vitest';
import { pageKeyOf } from '@/lib/page-key';
import { frameMoveOf, framePageKeyOf, pageMoveOf } from '@/lib/page-move';

const EHR = 'https://ehr.example/clients/12/notes/new?tab=note';

describe('pageMoveOf', () => {
  it('sees no move while the address is the page the panel opened on', () => {
    expect(pageMoveOf(pageKeyOf(EHR), EHR)).toBeNull();
  });

  it('sees a router moving to another client, by path or by query', () => {
    expect(pageMoveOf(pageKeyOf(EHR), 'https://ehr.example/clients/47/notes/new?tab=note')).toEqual({
      from: '/clients/12/notes/new?tab=note',
      to: '/clients/47/notes/new?tab=note',
    });
    expect(
      pageMoveOf(pageKeyOf('https://ehr.example/note?client=12'), 'https://ehr.example/note?client=47'),
    ).toEqual({ from: '/note?client=12', to: '/note?client=47' });
  });

  it('sees a hash router moving, `#/` and `#!/` alike', () => {
    const opened = pageKeyOf('https://ehr.example/app#/clients/12');
    expect(pageMoveOf(opened, 'https://ehr.example/app#/clients/47')).toEqual({
      from: '/app#/clients/12',
      to: '/app#/clients/47',
    });
    expect(
      pageMoveOf(pageKeyOf('https://ehr.example/#!/c/12'), 'https://ehr.example/#!/c/47'),
    ).not.toBeNull();
  });

  it('takes an anchor or the `#` of a script link for no move', () => {
    const opened = pageKeyOf(EHR);
    expect(pageMoveOf(opened, `${EHR}#plan`)).toBeNull();
    expect(pageMoveOf(opened, `${EHR}#`)).toBeNull();
  });

  it('sees no move before the panel was opened on any page', () => {
    expect(pageMoveOf('', EHR)).toBeNull();
  });
});

describe('frameMoveOf', () => {
  const written = pageKeyOf('https://ehr.example/chart/note.aspx?client=12');

  it('sees a frame that loaded another client’s page, and says it is the frame', () => {
    expect(frameMoveOf(written, 'https://ehr.example/chart/note.aspx?client=47')).toEqual({
      from: '/chart/note.aspx?client=12',
      to: '/chart/note.aspx?client=47',
      inFrame: true,
    });
  });

  it('sees no move on the same page, by an anchor, or a reload of it', () => {
    expect(frameMoveOf(written, 'https://ehr.example/chart/note.aspx?client=12')).toBeNull();
    expect(frameMoveOf(written, 'https://ehr.example/chart/note.aspx?client=12#plan')).toBeNull();
  });

  it('sees none in the same chart loaded with a fresh cache-buster, and names a move without one', () => {
    const busted = framePageKeyOf('https://ehr.example/chart/note.aspx?client=12&_=1732900000000')!;
    expect(busted).toBe(written);
    expect(frameMoveOf(busted, 'https://ehr.example/chart/note.aspx?client=12&_=1732900099999')).toBeNull();
    expect(frameMoveOf(busted, 'https://ehr.example/chart/note.aspx?client=47&_=1732900099999')).toEqual({
      from: '/chart/note.aspx?client=12',
      to: '/chart/note.aspx?client=47',
      inFrame: true,
    });
  });

  it('sees none without a page noted, or in a frame of no address of its own', () => {
    expect(frameMoveOf(undefined, 'https://ehr.example/chart/note.aspx?client=47')).toBeNull();
    expect(frameMoveOf(written, 'about:blank')).toBeNull();
    expect(frameMoveOf(written, 'about:srcdoc')).toBeNull();
    expect(framePageKeyOf('about:blank')).toBeNull();
    expect(framePageKeyOf('HTTP://ehr.example/a?b=1#c')).toBe('http://ehr.example/a?b=1');
  });
});
