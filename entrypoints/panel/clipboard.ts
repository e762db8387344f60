/**
 * Clipboard fallback. The async Clipboard API first; where the host page's permissions
 * policy or a lost user activation refuses it, or it is missing (Firefox's panel inside an
 * EHR page on plain http is not a secure context), a hidden textarea and `copy` (allowed
 * to extension pages by the clipboardWrite permission).
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('aria-hidden', 'true');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    const ok = doc.execCommand('copy');
    area.remove();
    return ok;
  }
}
