/**
 * The live preview, rendered from the note as of the last painted frame (use-after-paint.ts):
 * typing re-renders the section typed in at once, and this after it, so a long note never
 * delays a keystroke.
 */
import { memo, useMemo } from 'react';
import type { NoteContent, Template } from '@/lib/note/model';
import { renderText } from '@/lib/note/render';

export const Preview = memo(function Preview({
  template,
  content,
}: {
  template: Template;
  content: NoteContent;
}) {
  const text = useMemo(
    () => renderText(template, content, { layout: content.layout, wording: content.wording }),
    [template, content],
  );
  return (
    <section className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview — exactly what will be inserted</h2>
      <pre tabIndex={0} aria-labelledby="preview-title">
        {text}
      </pre>
    </section>
  );
});
