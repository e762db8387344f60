/**
 * The key a draft is filed under: origin + path + query of the EHR page, without the
 * fragment (single-page EHRs change it while the same note is open).
 */
export function pageKeyOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}${parsed.search}`;
}
