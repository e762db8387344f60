/**
 * "Always run on this site": the origins the clinician granted become one dynamically
 * registered content script. Pure: the background hands in what the browser reports.
 */

/** The id of Reverie's one dynamic content-script registration. */
export const SITES_SCRIPT_ID = 'reverie-granted-sites';

/** The match pattern that grants one origin, e.g. `https://ehr.example.org/*`. */
export function originPattern(pageUrl: string): string | null {
  if (!URL.canParse(pageUrl)) return null;
  const url = new URL(pageUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return `${url.origin}/*`;
}

/**
 * The matches the dynamic script should have: every granted origin not already covered
 * by the manifest's own content scripts (the e2e build's loopback hosts), sorted.
 */
export function desiredMatches(granted: string[], declared: string[]): string[] {
  const covered = new Set(declared);
  return [...new Set(granted.filter((o) => /^https?:\/\/[^/*]+\/\*$/.test(o) && !covered.has(o)))].toSorted();
}
