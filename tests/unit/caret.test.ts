// @vitest-environment happy-dom
/** Where a note goes in a rich field: the remembered caret, or the field's end (lib/insert/caret.ts). */
import { describe, expect, it } from 'vitest';
import { caretOrEnd } from '@/lib/insert/caret';

function field(text: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.append(document.createTextNode(text));
  document.body.append(el);
  return el;
}

describe('caretOrEnd', () => {
  it('keeps a caret inside the field', () => {
    const el = field('Existing text');
    const caret = document.createRange();
    caret.setStart(el.firstChild!, 3);
    expect(caretOrEnd(el, caret)).toBe(caret);
  });

  it('goes to the end for no caret, or one in another field', () => {
    const el = field('Existing text');
    const other = field('Other client');
    const elsewhere = document.createRange();
    elsewhere.setStart(other.firstChild!, 2);
    for (const caret of [null, elsewhere]) {
      const at = caretOrEnd(el, caret);
      expect(at.collapsed).toBe(true);
      expect(at.startContainer).toBe(el);
      expect(at.startOffset).toBe(el.childNodes.length);
    }
  });

  it('goes to the end when the caret throws at a touch (Firefox: its document was replaced)', () => {
    const el = field('Existing text');
    const dead = new Proxy(
      {},
      {
        get() {
          throw new TypeError("can't access dead object");
        },
      },
    ) as Range;
    const at = caretOrEnd(el, dead);
    expect(at.startContainer).toBe(el);
    expect(at.startOffset).toBe(el.childNodes.length);
  });
});
