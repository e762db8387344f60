/**
 * A <trix-editor> whose editor object keeps `text` and inserts what `edit` makes of the HTML:
 * the simplest of the page bridge's editors to fake (happy-dom unit tests of the bridge).
 */
export function trixField(text: string, edit = (html: string) => html.replace(/<[^>]+>/g, '\n')): void {
  document.body.innerHTML = '<trix-editor></trix-editor>';
  const el = document.querySelector('trix-editor') as HTMLElement & { editor: unknown };
  el.editor = {
    getDocument: () => ({ toString: () => `${text}\n` }),
    recordUndoEntry: () => {},
    insertLineBreak: () => {},
    insertHTML: (html: string) => (text += edit(html)),
    undo: () => {},
  };
}
