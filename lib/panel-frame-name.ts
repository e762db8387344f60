/**
 * The panel frame's name: set by the content script that builds the frame
 * (entrypoints/content/panel-mount.ts), read by the panel. It carries the page key the
 * panel's note is for, and a mount token: a random secret that only that content script
 * and its frame know.
 *
 * panel.html must be web-accessible for Reverie's frame to show it in the page, so any page
 * that knows its address can frame a copy of it, named as it likes. The panel's own code
 * runs in that copy, with the panel's powers, over a page that chose its size, place and
 * opacity. Before a note leaves the panel (Insert, Copy, Fill), the guard asks the content
 * script whether the asking panel's token is its frame's (bg:checkPanel): a page's copy
 * cannot know it. A frame's name cannot be read from another origin, and Reverie's frame
 * sits in a closed shadow root, out of the page's `window.frames`.
 */

/** 128 random bits in hex (lib/random-id.ts, randomHex). */
const MOUNT = /^[0-9a-f]{32}$/;

export function panelFrameName(mount: string, pageKey: string): string {
  return `${mount} ${pageKey}`;
}

/**
 * The mount token (null for a name without one, as a page's copy may have) and the page key.
 * A page key is a serialized address, which has no space in it.
 */
export function readPanelFrameName(name: string): { mount: string | null; pageKey: string } {
  const space = name.indexOf(' ');
  const mount = name.slice(0, space);
  return space > 0 && MOUNT.test(mount)
    ? { mount, pageKey: name.slice(space + 1) }
    : { mount: null, pageKey: name };
}
