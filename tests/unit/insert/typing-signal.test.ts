// @vitest-environment happy-dom
/**
 * The keyup sent after an insert (lib/insert/typing-signal.ts): the page's keyup listeners
 * hear it from the field, and it names no key a shortcut could match.
 */
import { describe, expect, it } from 'vitest';
import { signalTypingEnded } from '@/lib/insert/typing-signal';

describe('signalTypingEnded', () => {
  it('fires one keyup at the field that bubbles to the page and names no key', () => {
    const field = document.createElement('textarea');
    const form = document.createElement('form');
    form.append(field);
    document.body.append(form);
    const heard: KeyboardEvent[] = [];
    form.addEventListener('keyup', (e) => heard.push(e as KeyboardEvent));
    signalTypingEnded(field);
    expect(heard).toHaveLength(1);
    const [event] = heard;
    expect(event!.target).toBe(field);
    expect(event!.type).toBe('keyup');
    expect(event!.key ?? '').toBe('');
    expect(event!.keyCode ?? 0).toBe(0);
    expect(event!.ctrlKey || event!.metaKey || event!.altKey || event!.shiftKey).toBe(false);
    form.remove();
  });

  it('sends nothing for a field no longer in a window', () => {
    const doc = document.implementation.createHTMLDocument('detached');
    const field = doc.createElement('textarea');
    doc.body.append(field);
    let heard = 0;
    field.addEventListener('keyup', () => heard++);
    signalTypingEnded(field);
    expect(heard).toBe(0);
  });
});
