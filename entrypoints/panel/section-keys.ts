/**
 * Walking the note by keyboard alone: Alt+ArrowDown / Alt+ArrowUp move to the next or
 * previous section's free text (Tab still walks every control in order).
 */
const SECTION_TEXT = 'textarea[id^="section-"]';

/** The section text area `step` sections away from the one holding focus (or the first). */
export function neighbourSection(doc: Document, step: 1 | -1): HTMLTextAreaElement | null {
  const all = Array.from(doc.querySelectorAll<HTMLTextAreaElement>(SECTION_TEXT));
  const active = doc.activeElement;
  const current = all.findIndex((el) => el === active || el.closest('section')?.contains(active));
  if (current === -1) return all[step === 1 ? 0 : all.length - 1] ?? null;
  return all[current + step] ?? null;
}

export function handleSectionKeys(event: KeyboardEvent, doc: Document): boolean {
  if (!event.altKey || event.shiftKey || event.ctrlKey || event.metaKey) return false;
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  const next = neighbourSection(doc, event.key === 'ArrowDown' ? 1 : -1);
  if (!next) return false;
  event.preventDefault();
  next.focus();
  next.scrollIntoView({ block: 'center' });
  return true;
}
