// @vitest-environment happy-dom
/**
 * Selector generation for "Fill fields" against saved DOM of EHR-like forms
 * (tests/unit/insert/dom/ehr-*.html): generated ids never used, every step unique when
 * made, the same field found again after a re-render, and a clear answer when it is gone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fieldLabel } from '@/lib/insert/field-label';
import {
  allCandidateFields,
  fieldPath,
  LABEL_PREFIX,
  looksGenerated,
  resolvePath,
} from '@/lib/insert/selector';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'dom', `${name}.html`), 'utf8');

const show = (name: string) => {
  document.body.innerHTML = fixture(name);
};

/** The candidate field whose label is `label` (the n-th one when labels repeat). */
const byLabel = (label: string, nth = 0) =>
  allCandidateFields(document).filter((el) => fieldLabel(el) === label)[nth]!;

describe('looksGenerated', () => {
  it.each([
    ':r3:',
    '«r1f»',
    'ember123',
    'a1b2c3d4-e5f6-4a1b-9c2d-0e1f2a3b4c5d',
    'f-3c9a7e1b2d',
    'fld_8f3a9c21',
    'mui-42',
    'input-1700000000',
  ])('%s is generated', (value) => expect(looksGenerated(value)).toBe(true));
  it.each(['plan', 'note', 'subjective-text', 'field2', 'encounter-form', 'followup', 'q'])(
    '%s is hand-written',
    (value) => expect(looksGenerated(value)).toBe(false),
  );
});

describe.each(['ehr-react', 'ehr-repeated'])('every field in %s', (name) => {
  beforeEach(() => show(name));

  it('gets a path whose every step matches exactly that one element, with no generated id', () => {
    const fields = allCandidateFields(document);
    expect(fields.length).toBeGreaterThan(3);
    for (const field of fields) {
      const path = fieldPath(field, document);
      expect(path).toHaveLength(1);
      const resolved = resolvePath(path, document);
      expect(resolved.ok && resolved.element, path[0]).toBe(field);
      expect(path[0]).not.toMatch(/ember\d|:r\d|fld_|a1b2c3d4|3c9a7e1b2d/);
    }
  });
});

describe('a React form whose ids change on every render', () => {
  beforeEach(() => show('ehr-react'));

  it('names fields by their label, not by the useId id', () => {
    expect(fieldPath(byLabel('Plan'), document)).toEqual([`${LABEL_PREFIX}Plan`]);
    expect(fieldPath(byLabel('Session summary'), document)).toEqual([`${LABEL_PREFIX}Session summary`]);
    expect(fieldPath(byLabel('Search patients'), document)).toEqual([`${LABEL_PREFIX}Search patients`]);
  });

  it('finds the same field again after a re-render with new ids and new elements', () => {
    const path = fieldPath(byLabel('Assessment'), document);
    document.body.innerHTML = fixture('ehr-react').replace(/:r(\d):/g, ':r$1$1:');
    const resolved = resolvePath(path, document);
    expect(resolved.ok).toBe(true);
    if (resolved.ok) {
      expect(resolved.element.id).toBe(':r22:');
      expect(fieldLabel(resolved.element)).toBe('Assessment');
    }
  });

  it('says the field is missing (0 matches) when the page no longer has it', () => {
    const path = fieldPath(byLabel('Plan'), document);
    document.getElementById(':r3:')!.parentElement!.remove();
    expect(resolvePath(path, document)).toEqual({ ok: false, matches: 0 });
  });

  it('refuses to guess when the step became ambiguous', () => {
    const path = fieldPath(byLabel('Plan'), document);
    document
      .getElementById('root')!
      .insertAdjacentHTML('beforeend', '<label>Plan <textarea></textarea></label>');
    expect(resolvePath(path, document)).toEqual({ ok: false, matches: 2 });
  });
});

describe('an Ember form with repeated blocks', () => {
  beforeEach(() => show('ehr-repeated'));

  it('prefers hand-written id, then name, then test attributes', () => {
    const fields = allCandidateFields(document);
    const pathOf = (pick: (el: Element) => boolean) => fieldPath(fields.find(pick)!, document)[0];
    expect(pathOf((el) => el.id === 'interventions')).toBe('#interventions');
    expect(pathOf((el) => el.getAttribute('name') === 'followup')).toBe('textarea[name="followup"]');
    expect(pathOf((el) => el.getAttribute('data-testid') === 'plan-editor')).toBe(
      'div[data-testid="plan-editor"]',
    );
    expect(pathOf((el) => el.getAttribute('name') === 'q')).toBe('input[name="q"]');
  });

  it('anchors repeated fields on their block’s stable attribute or a hand-written ancestor', () => {
    const [first, second, third] = [0, 1, 2].map((n) => byLabel('Comment', n));
    expect(fieldPath(first!, document)).toEqual([
      'section[aria-label="Problem: anxiety"] > label > textarea',
    ]);
    expect(fieldPath(second!, document)).toEqual([
      'section[aria-label="Problem: low mood"] > label > textarea',
    ]);
    expect(fieldPath(third!, document)).toEqual([
      '#encounter-form > section:nth-of-type(3) > label > textarea',
    ]);
  });

  it('falls back to structure under a hand-written section when id and name are both generated', () => {
    const field = document.querySelector('textarea[name="fld_8f3a9c21"]')!;
    expect(fieldPath(field, document)).toEqual(['#narrative > div:nth-of-type(1) > div > textarea']);
  });
});

/** Two custom elements, each with the same shadow markup. */
function buildShadowHosts(): void {
  document.body.innerHTML =
    '<ehr-note-field data-field="plan"></ehr-note-field><ehr-note-field></ehr-note-field>';
  for (const host of Array.from(document.querySelectorAll('ehr-note-field'))) {
    host.attachShadow({ mode: 'open' }).innerHTML = '<label for="t">Note</label><textarea id="t"></textarea>';
  }
}

describe('a field inside an open shadow root', () => {
  it('walks through the host and finds the field again after the host is re-created', () => {
    buildShadowHosts();
    const field = document.querySelector('ehr-note-field')!.shadowRoot!.querySelector('textarea')!;
    expect(allCandidateFields(document)).toContain(field);
    const path = fieldPath(field, document);
    expect(path).toEqual(['ehr-note-field[data-field="plan"]', '#t']);
    buildShadowHosts();
    const resolved = resolvePath(path, document);
    expect(resolved.ok && resolved.element).toBe(
      document.querySelector('ehr-note-field')!.shadowRoot!.querySelector('textarea'),
    );
  });
});

describe('a field inside a closed shadow root', () => {
  /** The roots a content script can reach (entrypoints/content/shadow-roots.ts), kept here. */
  const closedRoots = new WeakMap<Element, ShadowRoot>();
  const anyRoot = (el: Element) => el.shadowRoot ?? closedRoots.get(el) ?? null;

  function buildClosedHost(): HTMLTextAreaElement {
    document.body.innerHTML = '<ds-note data-field="plan"></ds-note>';
    const host = document.querySelector('ds-note')!;
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<textarea aria-label="Plan"></textarea>';
    closedRoots.set(host, root);
    return root.querySelector('textarea')!;
  }

  it('is a candidate and found again only through the roots the caller can reach', () => {
    const field = buildClosedHost();
    expect(allCandidateFields(document)).not.toContain(field);
    expect(allCandidateFields(document, anyRoot)).toContain(field);
    const path = fieldPath(field, document);
    expect(path).toEqual(['ds-note[data-field="plan"]', 'textarea[aria-label="Plan"]']);
    // The component drew itself again: a new root, found through the same path.
    const again = buildClosedHost();
    expect(resolvePath(path, document)).toEqual({ ok: false, matches: 0 });
    const resolved = resolvePath(path, document, anyRoot);
    expect(resolved.ok && resolved.element).toBe(again);
  });
});
