/**
 * What the content script named this frame as it built it (lib/panel-frame-name.ts): the
 * page key the note is for, and the mount token the guard asks for before a note leaves
 * the panel. Read once, as the panel loads; the panel never reads the host page.
 */
import { readPanelFrameName } from '@/lib/panel-frame-name';

export const FRAME_NAME = readPanelFrameName(window.name);

/** The mount token to show the guard: none in a page's own copy of panel.html. */
export const MOUNT = FRAME_NAME.mount ?? '';
