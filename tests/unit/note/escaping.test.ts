/**
 * Property-style check: whatever the clinician types (markup, entities, quotes,
 * script-like text), the HTML rendering contains it only escaped, in every layout.
 * Hand-rolled generator with a fixed seed, so failures reproduce.
 */
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '@/lib/note/layouts';
import type { NoteContent } from '@/lib/note/model';
import { escapeHtml, renderHtml } from '@/lib/note/render';
import { BUILT_IN_TEMPLATES } from '@/lib/note/templates';

const PIECES = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  '&lt;b&gt;',
  '</p><p>',
  '<!--',
  'javascript:',
  '\n',
  ' ',
  'plain words',
  '`${x}`',
];

/** Mulberry32: small, deterministic. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hostileString(next: () => number): string {
  const length = 1 + Math.floor(next() * 6);
  return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
}

/** Every free-text place of a note filled with generated strings. */
function hostileContent(templateId: string, next: () => number): NoteContent {
  const s = () => `x${hostileString(next)}`;
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === templateId)!;
  return {
    templateId,
    includePrivate: template.sections.map((sec) => sec.id),
    frame: {
      date: s(),
      start: '10:00',
      end: '10:50',
      sessionNumber: 15,
      courseLength: 16,
      focus: s(),
      participants: s(),
      setting: 'video',
      telehealthConsent: true,
      telehealthLocationConfirmed: true,
      cpt: [s()],
    },
    sections: Object.fromEntries(
      template.sections.map((sec) => [
        sec.id,
        {
          text: s(),
          chips: [s()],
          risk: {
            suicidalIdeation: 'passive',
            plan: s(),
            intent: s(),
            protectiveFactors: s(),
            level: 'high',
          },
          mentalStatus: { withinNormalLimits: true, items: { mood: s(), affect: s() } },
          goals: [{ goal: s(), status: 'met', evidence: s() }],
          ccrt: { wish: s(), responseOfOther: s(), responseOfSelf: s() },
          insight: 'emotional',
          symptoms: 'improved',
          medicalNecessity: s(),
        },
      ]),
    ),
  };
}

const ALLOWED_TAGS = /<\/?(p|strong|br|ul|li)>/g;

describe('renderHtml escapes every piece of clinician text', () => {
  const runs = BUILT_IN_TEMPLATES.flatMap((t) => LAYOUTS.map((l) => [t.id, l.id] as const));
  it.each(runs)('%s in %s layout, 40 generated notes', (templateId, layout) => {
    const next = random(templateId.length * 97 + layout.length);
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === templateId)!;
    for (let i = 0; i < 40; i++) {
      const content = hostileContent(templateId, next);
      const html = renderHtml(template, content, { layout });
      // Only our own tags remain once they are removed: no clinician "<" or ">" survives raw.
      expect(html.replace(ALLOWED_TAGS, '')).not.toMatch(/[<>]/);
      // No raw ampersand: every "&" starts one of the entities escapeHtml writes.
      expect(html).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
      // Our tags carry no attributes, so any quote in the output would be raw clinician text.
      expect(html).not.toMatch(/["']/);
      // Typed text is kept, escaped (the agreed focus is always rendered).
      expect(html).toContain(escapeHtml(content.frame!.focus!.trim()).replace(/\n/g, '<br>'));
    }
  });
});
