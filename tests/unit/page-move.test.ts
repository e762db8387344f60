/** A single-page EHR's move to another page while the panel stays open (lib/page-move.ts). */
import { describe, expect, it } from 'vitest';
import { pageKeyOf } from '@/lib/page-key';
import { pageMoveOf } from '@/lib/page-move';

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
