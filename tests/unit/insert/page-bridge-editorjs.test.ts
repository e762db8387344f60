// @vitest-environment happy-dom
/**
 * Editor.js gets the note in its own copy format as well as HTML (lib/insert/page-bridge.ts):
 * from that format it makes the blocks whole at once, where from HTML it fills each block in
 * an idle callback of its own (half a second for a 5,000-word note). Run on a stand-in for
 * Editor.js's paste handler that reads only its own format, as Editor.js does first.
 */
import { describe, expect, it } from 'vitest';
import { pageBridge } from '@/lib/insert/page-bridge';
import { squash } from '@/lib/insert/text-compare';

const NOTE = { text: 'Mood: low\nSlept badly', html: '<p><b>Mood:</b> low</p><p>Slept badly</p>' };

/** An Editor.js holder with one empty paragraph block, whose paste makes blocks from its own format. */
function editorJs(): string[] {
  document.body.innerHTML =
    '<div class="codex-editor"><div class="ce-block"><div class="ce-paragraph" contenteditable="true"></div></div></div>';
  const holder = document.querySelector('.codex-editor')!;
  const seen: string[] = [];
  holder.addEventListener('paste', (event) => {
    const data = (event as ClipboardEvent).clipboardData?.getData('application/x-editor-js') ?? '';
    seen.push(data);
    if (!data) return;
    event.preventDefault();
    for (const block of JSON.parse(data) as { tool: string; data: { text: string } }[]) {
      const el = document.createElement('div');
      el.className = 'ce-block';
      el.innerHTML = `<div class="ce-paragraph" contenteditable="true">${block.data.text}</div>`;
      holder.append(el);
    }
  });
  return seen;
}

describe('pageBridge for Editor.js', () => {
  it('pastes the note as paragraph blocks of its own format, which it takes at once', async () => {
    const seen = editorJs();
    const result = await pageBridge({
      editor: 'editorjs',
      op: 'insert',
      path: ['.ce-paragraph'],
      ...NOTE,
      squashedNote: squash(NOTE.text),
    });
    expect(JSON.parse(seen.at(0) ?? '')).toEqual([
      { tool: 'paragraph', data: { text: '<b>Mood:</b> low' } },
      { tool: 'paragraph', data: { text: 'Slept badly' } },
    ]);
    expect(result).toMatchObject({ ok: true, readBack: { copiesBefore: 0, copiesAfter: 1, changed: true } });
  });

  it('leaves a note with more than paragraphs (a heading) to the HTML paste', async () => {
    const seen = editorJs();
    await pageBridge({
      editor: 'editorjs',
      op: 'insert',
      path: ['.ce-paragraph'],
      text: 'Plan',
      html: '<h2>Plan</h2>',
      squashedNote: 'Plan',
    }).catch(() => {});
    expect(seen).toEqual(['']);
  });
});
