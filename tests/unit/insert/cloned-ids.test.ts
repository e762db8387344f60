// @vitest-environment happy-dom
/**
 * An insert that splits the EHR's paragraph leaves one element with its id: the copies the
 * browser made while splitting lose theirs, ids new to the page stay.
 */
import { describe, expect, it } from 'vitest';
import { dropClonedIds, elementsWithId } from '@/lib/insert/cloned-ids';

/** The elements of `html`, to put in the field as an insert would. */
function nodes(html: string): Element[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return Array.from(template.content.children);
}

function field(html: string): HTMLElement {
  document.body.innerHTML = `<div id="note" contenteditable="true">${html}</div>`;
  return document.querySelector<HTMLElement>('#note')!;
}

describe('dropClonedIds', () => {
  it('takes the id off the second half of a split paragraph, not off the first', () => {
    const note = field('<p id="at" class="c">Presenting conce</p>');
    const before = elementsWithId(note);
    const first = note.querySelector('#at')!;
    first.after(...nodes('<p><b>Note</b></p><p id="at" class="c">rns</p>'));
    expect(dropClonedIds(note, before)).toBe(1);
    expect(note.querySelectorAll('#at')).toHaveLength(1);
    expect(note.querySelector('#at')).toBe(first);
    // Only the id: the copy keeps the paragraph's other attributes, as the browser's Enter does.
    expect(note.lastElementChild!.outerHTML).toBe('<p class="c">rns</p>');
  });

  it('takes it off every line a split <div> paragraph was copied into', () => {
    const note = field('<div id="line">Some text</div><div>after</div>');
    const before = elementsWithId(note);
    note.firstElementChild!.after(
      ...nodes('<div id="line">Plan</div><div id="line"><br></div><div id="line">Weekly.</div>'),
    );
    expect(dropClonedIds(note, before)).toBe(3);
    expect(note.querySelectorAll('[id]')).toHaveLength(1);
  });

  it('keeps the id of the field itself and ids no element had before', () => {
    const note = field('<p>Text</p>');
    const before = elementsWithId(note);
    expect(before.has(note)).toBe(true);
    note.append(...nodes('<p id="fresh">New</p><p id="note">Copy of the field</p>'));
    expect(dropClonedIds(note, before)).toBe(1);
    expect(note.id).toBe('note');
    expect(note.querySelector('#fresh')).not.toBeNull();
    expect(note.querySelectorAll('[id="note"]')).toHaveLength(0);
  });

  it('leaves an id whose first owner the insert took out of the page', () => {
    const note = field('<p id="at">Replaced</p>');
    const before = elementsWithId(note);
    note.innerHTML = '<p id="at">Its replacement</p>';
    expect(dropClonedIds(note, before)).toBe(0);
    expect(note.querySelector('#at')!.textContent).toBe('Its replacement');
  });

  it('changes nothing when no element was copied', () => {
    const note = field('<p id="a">One</p><p id="b">Two</p>');
    const before = elementsWithId(note);
    note.append(...nodes('<p>Three</p>'));
    expect(dropClonedIds(note, before)).toBe(0);
    expect(note.innerHTML).toBe('<p id="a">One</p><p id="b">Two</p><p>Three</p>');
  });
});
