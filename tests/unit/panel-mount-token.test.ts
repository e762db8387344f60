/** The panel's mount token (lib/panel-mount-token.ts). */
import { describe, expect, it } from 'vitest';
import {
  holdsMountToken,
  MOUNT_TOKENS,
  MOUNT_TYPE,
  mountMessage,
  mountTokenOf,
  newMountToken,
} from '@/lib/panel-mount-token';

describe('panel mount token', () => {
  it('is new for each frame, and travels in a message the panel reads back', () => {
    const token = newMountToken();
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(newMountToken()).not.toBe(token);
    expect(mountTokenOf(mountMessage(token))).toBe(token);
  });

  it('reads nothing from other messages, or a token of another shape', () => {
    for (const data of [
      null,
      'reverie:mount',
      'reverie:panelShown',
      { type: MOUNT_TYPE },
      { type: MOUNT_TYPE, token: 1 },
      { type: MOUNT_TYPE, token: 'made-up' },
      { type: MOUNT_TYPE, token: 'A'.repeat(32) },
      { type: 'reverie:other', token: 'a'.repeat(32) },
    ])
      expect(mountTokenOf(data)).toBeNull();
  });

  it("counts a panel as the frame's when what it was told holds the frame's token", () => {
    const token = newMountToken();
    expect(holdsMountToken([token], token)).toBe(true);
    // A page may post others to the panel too: they are shown beside the frame's own.
    expect(holdsMountToken(['b'.repeat(32), token], token)).toBe(true);
  });

  it("refuses a panel not told the frame's token: a page's own copy of panel.html", () => {
    const token = newMountToken();
    expect(holdsMountToken([], token)).toBe(false);
    expect(holdsMountToken([newMountToken()], token)).toBe(false);
    expect(holdsMountToken(undefined, token)).toBe(false);
    expect(holdsMountToken(token, token)).toBe(false);
    // No frame built yet: no token, and nothing matches it.
    expect(holdsMountToken([''], '')).toBe(false);
    // More than a panel keeps: not a panel's answer.
    expect(holdsMountToken([...Array.from({ length: MOUNT_TOKENS }, newMountToken), token], token)).toBe(
      false,
    );
  });
});
