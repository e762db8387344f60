import { describe, expect, it } from 'vitest';
import { claimInserter, publishTarget, publishedTarget } from '@/lib/insert/frame-handoff';

const freshWindow = () => ({}) as Window;
/** What Firefox does when a reloaded extension's old sandbox is touched. */
const deadSandbox = () => {
  throw new TypeError("can't access dead object");
};

describe('frame handoff between the content script and the insertion script', () => {
  it('passes the tracked target through the shared window', () => {
    const win = freshWindow();
    expect(publishedTarget(win)).toBeNull();
    const target = { element: null, caret: null };
    publishTarget(win, target);
    expect(publishedTarget(win)).toBe(target);
  });

  it('lets one live insertion script claim a frame, so a note is never inserted twice', () => {
    const win = freshWindow();
    expect(claimInserter(win, () => true)).toBe(true);
    expect(claimInserter(win, () => true)).toBe(false);
  });

  it('lets a new script take over from one whose extension was reloaded', () => {
    const win = freshWindow();
    claimInserter(win, () => false);
    expect(claimInserter(win, () => true)).toBe(true);
    const other = freshWindow();
    claimInserter(other, deadSandbox);
    expect(claimInserter(other, () => true)).toBe(true);
  });
});
