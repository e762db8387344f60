/** The clipboard fallback names the paste shortcut of the clinician's own system. */
import { describe, expect, it } from 'vitest';
import { copiedMessage } from '@/lib/paste-hint';

describe('copiedMessage', () => {
  it.each(['macOS', 'MacIntel', 'MacPPC'])('says Cmd+V on a Mac (%s)', (platform) => {
    expect(copiedMessage(platform)).toBe('Copied — press Cmd+V in the note field');
  });

  it.each(['Windows', 'Win32', 'Linux', 'Linux x86_64', 'Chrome OS', ''])(
    'says Ctrl+V elsewhere (%s)',
    (platform) => {
      expect(copiedMessage(platform)).toBe('Copied — press Ctrl+V in the note field');
    },
  );
});
