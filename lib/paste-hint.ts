/**
 * What the clinician is told after Reverie copied the note instead of inserting it: the
 * paste shortcut of their own system (Cmd+V on a Mac, Ctrl+V elsewhere). The panel reads
 * the platform from the browser and passes it in.
 */

/** Whether a platform name (navigator.userAgentData.platform or navigator.platform) is macOS. */
export const isMac = (platform: string): boolean => /^mac/i.test(platform.trim());

/** The message shown once the note is on the clipboard. */
export const copiedMessage = (platform: string): string =>
  `Copied — press ${isMac(platform) ? 'Cmd' : 'Ctrl'}+V in the note field`;
