import { describe, expect, it } from 'vitest';
import { otherSide, panelSideOf, sideDeclarations } from '@/lib/panel-side';

describe('panel side', () => {
  it('is the right unless "left" was stored', () => {
    expect(panelSideOf('left')).toBe('left');
    for (const stored of [undefined, null, 'right', 'LEFT', 1, { side: 'left' }]) {
      expect(panelSideOf(stored)).toBe('right');
    }
  });

  it('switches to the other side', () => {
    expect(otherSide('left')).toBe('right');
    expect(otherSide('right')).toBe('left');
  });

  it('pins the panel to its edge and frees the other', () => {
    expect(sideDeclarations('left')).toMatchObject({ left: '0', right: 'auto' });
    expect(sideDeclarations('right')).toMatchObject({ left: 'auto', right: '0' });
    // The shadow falls on the page, away from the window's edge.
    expect(sideDeclarations('left')['box-shadow']).toMatch(/^2px/);
    expect(sideDeclarations('right')['box-shadow']).toMatch(/^-2px/);
  });
});
