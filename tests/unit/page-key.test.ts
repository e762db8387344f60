/** The key a draft is filed under (lib/page-key.ts). */
import { describe, expect, it } from 'vitest';
import { pageKeyOf } from '@/lib/page-key';

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
});
