/**
 * Whether a document is edited by Gecko (Firefox), whose own editing (`execCommand`)
 * differs from Blink's and WebKit's in ways an insert must follow. Asked of the engine's
 * CSS, which a page cannot change, not of its user agent, which a page or a setting can.
 */
export const editedByGecko = (doc: Document): boolean =>
  doc.defaultView?.CSS?.supports?.('-moz-appearance', 'none') ?? false;
