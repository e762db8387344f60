/**
 * Which frame of the tab holds the note field, and the address of its document: a framed
 * EHR loads another client's chart into the same frame while the top address stays
 * (lib/frame-pages.ts). A frame is named by its place in the tab's frame tree (its index
 * among its parent's frames, from the top down), which stays while it loads other pages
 * and is the same from any frame's script, the top frame's (which tracks fields in its
 * same-origin frames) or the frame's own. The browsers list frames in the order they were
 * made, the panel's own frame among them: a chart frame the EHR makes anew (a shell that
 * renders a frame per client) takes another place. So a frame's name (its `name`
 * attribute: a frameset's frames and most chart iframes have one, links target it) is kept
 * too, and names it first (lib/frame-pages.ts, notedPageOf).
 */
export interface FramePage {
  /** The frame's place: indexes from the top, joined by dots ("0", "1.2"). */
  slot: string;
  href: string;
  /** The frame's window name, if it has one. */
  name?: string;
}

/**
 * The frame page of `given`, or of the field tracked in this frame (published under the
 * registered symbol `targetSlot`, lib/insert/frame-handoff.ts) when none is given, or of
 * this frame itself when `targetSlot` is null (every frame's page, noted for "Fill
 * fields", which fills mapped fields, not the one clicked). Null for the top document (its
 * page is the top address, checked apart) or no field.
 * Runs in the frame, injected by the background too: serialized without its module, so it
 * names nothing outside itself.
 */
export function targetFramePage(targetSlot: string | null, given?: Element | null): FramePage | null {
  const tracked =
    targetSlot === null
      ? { element: document.documentElement }
      : (window as unknown as Record<symbol, { element?: Element | null } | undefined>)[
          Symbol.for(targetSlot)
        ];
  const element = given === undefined ? tracked?.element : given;
  let win: Window | null | undefined;
  try {
    // A field whose document the frame has since replaced has no window: no page.
    win = element?.ownerDocument?.defaultView;
  } catch {
    return null; // Firefox: that document's nodes are dead objects, which throw at a touch
  }
  if (!win || win === win.top) return null;
  const path: number[] = [];
  // Indexes and parents are readable across origins; a parent's address is not needed.
  for (let w: Window = win; w !== w.top; w = w.parent) {
    const siblings = w.parent.frames;
    let index = 0;
    while (index < siblings.length && siblings[index] !== w) index += 1;
    path.unshift(index);
  }
  let name = '';
  try {
    name = typeof win.name === 'string' ? win.name : '';
  } catch {
    // Not readable from here: the place alone names the frame.
  }
  return { slot: path.join('.'), href: win.location.href, ...(name && { name }) };
}
