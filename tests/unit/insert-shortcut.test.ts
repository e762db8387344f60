import { describe, expect, it } from 'vitest';
import { insertShortcutHint, isInsertShortcut, type ShortcutKey } from '@/lib/insert-shortcut';

const key = (over: Partial<ShortcutKey>): ShortcutKey => ({
  key: 'Enter',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  repeat: false,
  isComposing: false,
  ...over,
});

describe('isInsertShortcut', () => {
  it('is Ctrl+Enter, or ⌘+Enter on a Mac', () => {
    expect(isInsertShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isInsertShortcut(key({ metaKey: true }))).toBe(true);
  });

  it('is not Enter alone: a new line in a section', () => {
    expect(isInsertShortcut(key({}))).toBe(false);
  });

  it('is not Enter with any other modifier, nor with both Ctrl and ⌘', () => {
    expect(isInsertShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isInsertShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isInsertShortcut(key({ ctrlKey: true, metaKey: true }))).toBe(false);
  });

  it('is not another key with Ctrl, nor a key held down, nor Enter ending an IME composition', () => {
    expect(isInsertShortcut(key({ key: 'a', ctrlKey: true }))).toBe(false);
    expect(isInsertShortcut(key({ ctrlKey: true, repeat: true }))).toBe(false);
    expect(isInsertShortcut(key({ ctrlKey: true, isComposing: true }))).toBe(false);
  });
});

describe('insertShortcutHint', () => {
  it("names the clinician's own system's key", () => {
    expect(insertShortcutHint('macOS')).toBe('Insert note (Cmd+Enter)');
    expect(insertShortcutHint('MacIntel')).toBe('Insert note (Cmd+Enter)');
    expect(insertShortcutHint('Windows')).toBe('Insert note (Ctrl+Enter)');
    expect(insertShortcutHint('Linux x86_64')).toBe('Insert note (Ctrl+Enter)');
  });
});
