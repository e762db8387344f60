/**
 * The key a draft is filed under: origin + path + query of the EHR page, and a hash
 * router's route (`#/…` or `#!/…`: AngularJS, Vue's and React's hash modes, Ember's hash
 * location), which names the page as a path does elsewhere: without it, every client's
 * chart in such an EHR would share one key, and one client's unfinished note would open on
 * another's. Other fragments (an anchor, the `#` of a script link) change while the same
 * note is open, and are left out.
 */
export function pageKeyOf(url: string): string {
  const parsed = new URL(url);
  const route = /^#[!/]/.test(parsed.hash) ? parsed.hash : '';
  return `${parsed.origin}${parsed.pathname}${parsed.search}${route}`;
}
