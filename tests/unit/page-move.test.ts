/** A single-page EHR's move to another page while the panel stays open (lib/page-move.ts). */
import { describe, expect, it } from 'vitest';
import { pageMoveOf, routeOf } from '@/lib/page-move';

const EHR = 'https://ehr.example/clients/12/notes/new?tab=note';

describe('pageMoveOf', () => {
  it('sees no move while the address is the one the panel opened on', () => {
    expect(pageMoveOf(routeOf(EHR), EHR)).toBeNull();
  });

  it('sees a router moving to another client, by path or by query', () => {
    expect(pageMoveOf(routeOf(EHR), 'https://ehr.example/clients/47/notes/new?tab=note')).toEqual({
      from: '/clients/12/notes/new?tab=note',
      to: '/clients/47/notes/new?tab=note',
      newPage: true,
    });
    expect(
      pageMoveOf(routeOf('https://ehr.example/note?client=12'), 'https://ehr.example/note?client=47'),
    ).toEqual({ from: '/note?client=12', to: '/note?client=47', newPage: true });
  });

  it('sees a hash router moving, `#/` and `#!/` alike', () => {
    const opened = routeOf('https://ehr.example/app#/clients/12');
    expect(pageMoveOf(opened, 'https://ehr.example/app#/clients/47')).toEqual({
      from: '/app#/clients/12',
      to: '/app#/clients/47',
      // The same draft key: closing and opening the panel gives the same note.
      newPage: false,
    });
    expect(pageMoveOf(routeOf('https://ehr.example/#!/c/12'), 'https://ehr.example/#!/c/47')).not.toBeNull();
  });

  it('takes an anchor or the `#` of a script link for no move', () => {
    const opened = routeOf(EHR);
    expect(pageMoveOf(opened, `${EHR}#plan`)).toBeNull();
    expect(pageMoveOf(opened, `${EHR}#`)).toBeNull();
  });

  it('sees no move before the panel was opened on any page', () => {
    expect(pageMoveOf('', EHR)).toBeNull();
  });
});
