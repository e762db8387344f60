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

/**
 * A page key without the parts of an address that change from one load of the same page
 * to the next and never name a client: cache-busters and session ids (below). For a frame's
 * address (what a framed EHR's chart frame showed, lib/page-move.ts) and a field's key
 * (lib/insert/field-key.ts): an EHR that reloads its chart frame with a fresh cache-buster
 * would otherwise count as having loaded another client's chart, asked about before every
 * insert and fill, and a second insert into the field reloaded so would not ask.
 *
 * Not for the key a draft is filed under: that is the top page's origin, path and query as
 * they are (E2E-CONTRACT.md), and an address's query is the page's to say.
 */
export function stablePageKeyOf(url: string): string {
  // From the address itself, not its page key: a key of an opaque origin ("null…", a
  // `data:` or sandboxed frame's) is no address to parse again.
  const parsed = new URL(url);
  const route = /^#[!/]/.test(parsed.hash) ? withoutVolatileQuery(parsed.hash) : '';
  return `${parsed.origin}${withoutSessionInPath(parsed.pathname)}${withoutVolatileQuery(parsed.search)}${route}`;
}

/**
 * Query parameters that are never more than a load's or a login's own: cache-busters
 * (jQuery's `_`, Ext JS's `_dc`, hand-made ones) and session ids an older server puts in
 * the address when it does not use a cookie (Java's, PHP's, ColdFusion's CFID and CFTOKEN).
 */
const VOLATILE = new Set([
  '_',
  '_dc',
  'nocache',
  'no_cache',
  'cachebust',
  'cachebuster',
  'cache_buster',
  'cb',
  'rnd',
  'rand',
  'random',
  'jsessionid',
  'phpsessid',
  'cfid',
  'cftoken',
  'sessionid',
  'session_id',
  'sessid',
]);

/**
 * Names that are cache-busters only with a time in them (Unix seconds or milliseconds):
 * `t=notes` may name a tab, `ts=1732900000000` names no page.
 */
const TIMES = new Set(['t', '_t', 'ts', '_ts', 'time', '_time', 'timestamp']);
const TIME_VALUE = /^\d{10,13}$/;

/** Whether one `name=value` of a query is volatile (above); a malformed one is kept. */
function isVolatile(param: string): boolean {
  const at = param.indexOf('=');
  const [rawName, rawValue] = at < 0 ? [param, ''] : [param.slice(0, at), param.slice(at + 1)];
  try {
    const name = decodeURIComponent(rawName.replace(/\+/g, ' ')).toLowerCase();
    return VOLATILE.has(name) || (TIMES.has(name) && TIME_VALUE.test(decodeURIComponent(rawValue)));
  } catch {
    return false;
  }
}

/**
 * A query (`?…`, or a hash route's `#/…?…`) without its volatile parameters, the rest as
 * written: an address without any keeps its key to the character, as drafts were filed.
 */
function withoutVolatileQuery(text: string): string {
  const at = text.indexOf('?');
  if (at < 0) return text;
  const kept = text
    .slice(at + 1)
    .split('&')
    .filter((param) => !isVolatile(param));
  const head = text.slice(0, at);
  return kept.length === 0 || (kept.length === 1 && kept[0] === '') ? head : `${head}?${kept.join('&')}`;
}

/**
 * A path without a session id written into it: Java's `;jsessionid=…` path parameter, and
 * ASP.NET's cookieless `/(S(…))/` segment (`/(X(1)S(…))/` with its other cookies).
 */
function withoutSessionInPath(path: string): string {
  return path.replace(/;jsessionid=[^/;]*/gi, '').replace(/\/\((?:[A-Za-z]\([^()/]*\))+\)(?=\/)/g, '');
}
