// @vitest-environment happy-dom
/** Which frame holds the note field, named by its place in the frame tree (lib/frame-page.ts). */
import { describe, expect, it } from 'vitest';
import { targetFramePage } from '@/lib/frame-page';

/** A stand-in window tree: each window's `parent.frames` lists its siblings. */
interface StandIn {
  top: StandIn;
  parent: StandIn;
  frames: StandIn[];
  location: { href: string };
}
function windowTree(): { top: StandIn; child: (path: number[]) => StandIn } {
  const make = (href: string, parent?: StandIn): StandIn => {
    const win = { frames: [], location: { href } } as unknown as StandIn;
    win.parent = parent ?? win;
    win.top = parent?.top ?? win;
    parent?.frames.push(win);
    return win;
  };
  const top = make('https://ehr.example/shell');
  const nav = make('https://ehr.example/nav', top);
  const chart = make('https://charts.example/chart?client=12', top);
  make('https://ehr.example/ad', nav);
  make('https://charts.example/note?client=12', chart);
  return { top, child: (path) => path.reduce((win, i) => win.frames[i]!, top) };
}
const fieldIn = (win: StandIn | null) => ({ ownerDocument: { defaultView: win } }) as unknown as Element;

describe('targetFramePage', () => {
  it('names a field’s frame by its place from the top, with its address', () => {
    const { child } = windowTree();
    expect(targetFramePage('unused', fieldIn(child([1])))).toEqual({
      slot: '1',
      href: 'https://charts.example/chart?client=12',
    });
    expect(targetFramePage('unused', fieldIn(child([1, 0])))).toEqual({
      slot: '1.0',
      href: 'https://charts.example/note?client=12',
    });
    expect(targetFramePage('unused', fieldIn(child([0, 0])))?.slot).toBe('0.0');
  });

  it('keeps a frame’s name, where it has one and it can be read', () => {
    const { child } = windowTree();
    Object.assign(child([1]), { name: 'chart' });
    expect(targetFramePage('unused', fieldIn(child([1])))).toEqual({
      slot: '1',
      href: 'https://charts.example/chart?client=12',
      name: 'chart',
    });
    // Another origin's window, from here: its name throws; the place alone names it.
    Object.defineProperty(child([0]), 'name', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(targetFramePage('unused', fieldIn(child([0])))).toEqual({
      slot: '0',
      href: 'https://ehr.example/nav',
    });
  });

  it('gives nothing for a field in the top document, one whose document is gone, or none', () => {
    const { top } = windowTree();
    expect(targetFramePage('unused', fieldIn(top))).toBeNull();
    expect(targetFramePage('unused', fieldIn(null))).toBeNull();
    expect(targetFramePage('unused', null)).toBeNull();
  });

  it('reads the field this frame’s script tracks when given none', () => {
    const { child } = windowTree();
    const slot = 'reverie.test.target';
    (window as unknown as Record<symbol, unknown>)[Symbol.for(slot)] = { element: fieldIn(child([1])) };
    expect(targetFramePage(slot)?.slot).toBe('1');
    expect(targetFramePage('reverie.test.nothing')).toBeNull();
  });

  it('names this frame itself when asked for no field (every frame noted for Fill fields)', () => {
    // The test's own document at the top: the top page is checked by its own address.
    expect(targetFramePage(null)).toBeNull();
    // The same document as a frame's: as if this script ran in the chart frame.
    const { child } = windowTree();
    Object.defineProperty(document.documentElement, 'ownerDocument', {
      value: { defaultView: child([1, 0]) },
      configurable: true,
    });
    try {
      expect(targetFramePage(null)).toEqual({ slot: '1.0', href: 'https://charts.example/note?client=12' });
    } finally {
      delete (document.documentElement as unknown as { ownerDocument?: unknown }).ownerDocument;
    }
    expect(targetFramePage(null)).toBeNull();
  });
});

describe('targetFramePage on a field Firefox cut off', () => {
  it('gives nothing when touching the field throws (a dead object)', () => {
    const dead = new Proxy(
      {},
      {
        get() {
          throw new TypeError("can't access dead object");
        },
      },
    ) as Element;
    expect(targetFramePage('unused', dead)).toBeNull();
  });
});
