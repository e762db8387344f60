/**
 * An EHR that scales itself with CSS `zoom` on its root or a dialog (`html { zoom: 1.25 }`)
 * scales every element in it, the top layer included, and the boxes Reverie draws in the
 * page with it: the panel's `100vh` became 125 % of the window, its foot (Risk's "No risk
 * indicated", the Insert button) out of reach, and the picker's highlight, placed by the
 * field's on-screen box, landed off the field. Such a box takes the inverse of the zoom it
 * sits in (`within`'s, its parent by default), so it is measured and drawn in the window's
 * own pixels again.
 */
export function unzoom(el: HTMLElement, within: Element | null = el.parentElement): void {
  const inherited = (within as (Element & { currentCSSZoom?: number }) | null)?.currentCSSZoom ?? 1;
  const zoom = Number.isFinite(inherited) && inherited > 0 ? 1 / inherited : 1;
  el.style.setProperty('zoom', String(zoom), 'important');
}
