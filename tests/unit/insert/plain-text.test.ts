// @vitest-environment happy-dom
/**
 * The text around the caret in a plain-text field (contenteditable="plaintext-only"), the
 * stretch put back after the note, and the HTML the note goes in as.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { plainTextHtml } from '@/lib/insert/note-lines';
import { plainTextBeside, textWithLineBreaks, throughNextCharacter } from '@/lib/insert/plain-text';

let field: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="note" contenteditable="plaintext-only"></div>';
  field = document.querySelector<HTMLElement>('#note')!;
});

const caretAt = (node: Node, offset: number): Range => {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  return range;
};

describe('textWithLineBreaks', () => {
  it('keeps "\\n" characters, and gives one line break for each <br> and before each block line', () => {
    field.innerHTML = 'One\ntwo<br>three<div>four</div><div><br></div><div>five</div>';
    expect(textWithLineBreaks(field)).toBe('One\ntwo\nthree\nfour\n\nfive');
  });
});

describe('plainTextBeside', () => {
  it('reads the whole field before and after a caret inside a text node, across lines', () => {
    field.textContent = 'First line.\n\nExisting text.';
    const text = field.firstChild!;
    const caret = caretAt(text, 'First line.\n\nExisting te'.length);
    expect(plainTextBeside(field, caret, 'before')).toBe('First line.\n\nExisting te');
    expect(plainTextBeside(field, caret, 'after')).toBe('xt.');
  });

  it('counts <br> line breaks (Firefox outside pre-wrap) on both sides', () => {
    field.innerHTML = 'Existing<br><br>text.';
    const caret = caretAt(field, 2);
    expect(plainTextBeside(field, caret, 'before')).toBe('Existing\n');
    expect(plainTextBeside(field, caret, 'after')).toBe('\ntext.');
  });

  it('is empty before a caret at the start and after one at the end', () => {
    field.textContent = 'Existing text.';
    expect(plainTextBeside(field, caretAt(field.firstChild!, 0), 'before')).toBe('');
    expect(plainTextBeside(field, caretAt(field, 1), 'after')).toBe('');
  });
});

describe('throughNextCharacter', () => {
  it('stretches from the caret to the end of the next character', () => {
    field.textContent = 'Existing text.';
    const tail = throughNextCharacter(field, caretAt(field.firstChild!, 'Existing te'.length))!;
    expect(tail.toString()).toBe('x');
  });

  it('goes over line breaks and spaces, in the same text node and in later ones', () => {
    field.innerHTML = 'Existing \n<br> <br>text.';
    const tail = throughNextCharacter(field, caretAt(field.firstChild!, 'Existing'.length))!;
    expect(textWithLineBreaks(tail.cloneContents())).toBe(' \n\n \nt');
  });

  it('takes a character outside the Basic Multilingual Plane whole', () => {
    field.textContent = 'Said 🙂 twice';
    const tail = throughNextCharacter(field, caretAt(field.firstChild!, 'Said'.length))!;
    expect(tail.toString()).toBe(' 🙂');
  });

  it('is null when only white space follows the caret', () => {
    field.innerHTML = 'Existing text.\n<br> ';
    expect(throughNextCharacter(field, caretAt(field.firstChild!, 'Existing text.'.length))).toBeNull();
  });

  it('starts at the end of a selection, not its start', () => {
    field.textContent = 'Existing text.';
    const selection = document.createRange();
    selection.setStart(field.firstChild!, 0);
    selection.setEnd(field.firstChild!, 'Existing'.length);
    expect(throughNextCharacter(field, selection)!.toString()).toBe(' t');
  });
});

describe('plainTextHtml', () => {
  it('escapes the text and puts a <br> for each line break', () => {
    expect(plainTextHtml('\n\nRisk <low> & "noted"\nPlan')).toBe(
      '<br><br>Risk &lt;low&gt; &amp; &quot;noted&quot;<br>Plan',
    );
  });
});
