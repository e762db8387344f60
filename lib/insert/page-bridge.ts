/**
 * The page bridge: the one function the background runs in the page's own JavaScript
 * world (`scripting.executeScript({ world: 'MAIN', func })`), where rich editors keep
 * their APIs. A page's Content-Security-Policy does not apply to it, so it works on
 * strict-CSP EHRs in Chromium and Firefox (128+) alike.
 *
 * Each editor gets exactly one insertion method — its documented API where one is
 * reachable from the DOM, otherwise the paste it already handles — and one undo.
 * Everything must stay inside `pageBridge`: executeScript serialises this function alone,
 * so it may not use imports or anything declared outside it.
 *
 * The page's world is the page's: legacy EHR libraries patch its built-ins before this runs.
 * Prototype.js 1.7 (and MooTools) make `Array.from` ignore a mapping function, and
 * Prototype 1.7 deletes `Array.prototype.entries`; 1.6 makes it a copy of the array and
 * gives arrays a `toJSON` that returns a string. So this code walks arrays with index loops and spread, not `Array.from` or
 * `entries()`, and writes JSON with `pageJson`, which reads no `toJSON`.
 *
 * Fixtures: tests/e2e/fixtures/{ckeditor5,ckeditor4,tinymce,quill,quill1,tiptap,prosemirror,lexical,draftjs,slate,trix,editorjs,easymde,mobiledoc}.html
 */
import type { BridgeCall, BridgeListen, BridgeResult } from './bridge-protocol';

/* oxlint-disable typescript/no-explicit-any -- editors' page-world objects have no types here */
/* oxlint-disable unicorn/consistent-function-scoping -- executeScript serialises this one function: helpers must live inside it */
/* oxlint-disable no-underscore-dangle -- Lexical names its DOM link and node map this way */
export async function pageBridge(request: BridgeCall | BridgeListen): Promise<BridgeResult> {
  if ('listen' in request) return listen(request.listen);
  return runCall(request);

  /**
   * JSON of plain data that no `toJSON` of the page's changes: the replacer hands back each
   * value as its holder has it, where `JSON.stringify` would have put `toJSON`'s result
   * (Prototype.js 1.6's `Array.prototype.toJSON` returns the array already as a string).
   */
  function pageJson(value: unknown): string {
    return JSON.stringify(value, function raw(this: Record<string, unknown>, key: string) {
      return this[key];
    });
  }

  /**
   * Stays in the page and takes calls from the insertion script of this frame as DOM events
   * on `channel` (bridge-protocol.ts, BridgeListen): a call then costs no trip through the
   * background. Taking a call cancels its event, so the caller knows it was heard.
   */
  function listen(channel: string): BridgeResult {
    document.addEventListener(channel, (event) => {
      let asked: { id: string; call: BridgeCall };
      try {
        asked = JSON.parse(String((event as CustomEvent).detail));
      } catch {
        return;
      }
      event.preventDefault();
      void runCall(asked.call).then((result) =>
        document.dispatchEvent(
          new CustomEvent(`${channel}:answer`, { detail: pageJson({ id: asked.id, result }) }),
        ),
      );
    });
    return { ok: true, text: '' };
  }

  async function runCall(call: BridgeCall): Promise<BridgeResult> {
    // Any throw becomes an answer: a rejected injection reaches the background as nothing.
    try {
      return await bridgeBody(call);
    } catch (error) {
      return { ok: false, text: '', error: String(error) };
    }
  }

  async function bridgeBody(call: BridgeCall): Promise<BridgeResult> {
    /**
     * Waits until the editor's own text moves off `before`: most editors change their model
     * synchronously, while React-driven ones (Draft.js) and Lexical commit a task or a
     * microtask later. Polling ends as soon as the change is there instead of always paying
     * a fixed delay; an editor that refused gives up after `SETTLE_LIMIT_MS`.
     */
    const SETTLE_LIMIT_MS = 300;
    const settled = async (before: string): Promise<string> => {
      const deadline = performance.now() + SETTLE_LIMIT_MS;
      await Promise.resolve();
      for (;;) {
        const now = read();
        if (now !== before || performance.now() > deadline) return now;
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
      }
    };
    /**
     * How many times `text` holds `squashed` (a note's text without white space and list
     * markers), counted as lib/insert/text-compare.ts's squash and countOccurrences do: this
     * function may not import them.
     */
    const copiesIn = (text: string, squashed: string): number => {
      if (!squashed) return 0;
      const haystack = text
        .replace(/(^|\n)[ \t\u00a0]*[-•][ \t\u00a0]+/g, '$1')
        .replace(/[\s\u00a0\u200b]+/g, '');
      let count = 0;
      for (
        let at = haystack.indexOf(squashed);
        at !== -1;
        at = haystack.indexOf(squashed, at + squashed.length)
      )
        count += 1;
      return count;
    };

    // Follow the path through open shadow roots and same-origin child frames.
    let el: any = null;
    let scope: Document | ShadowRoot | null = document;
    for (let i = 0; i < call.path.length; i++) {
      el = scope.querySelector(call.path[i]!);
      if (!el) break;
      if (i === call.path.length - 1) break;
      scope = /^i?frame$/.test(el.localName) ? el.contentDocument : el.shadowRoot;
      if (!scope) {
        el = null;
        break;
      }
    }
    if (!el) return { ok: false, text: '', error: 'field not found' };

    /**
     * The editor object behind a React-rendered DOM node: walk up its fiber's owners. React
     * 17 on names the node's fiber `__reactFiber$…`; React 16, still under many older EHRs
     * (and Draft.js's own era), `__reactInternalInstance$…`.
     */
    const reactOwner = (node: any, test: (props: any) => boolean): any => {
      const key = Object.keys(node).find(
        (k) => k.startsWith('__reactFiber$') || k.startsWith('__reactInternalInstance$'),
      );
      for (let fiber = key ? node[key] : null; fiber; fiber = fiber.return) {
        if (fiber.memoizedProps && test(fiber.memoizedProps)) return fiber;
      }
      return null;
    };

    /** A paste as the editor would receive it from the clipboard: HTML and plain text. */
    const pasteData = (): DataTransfer => {
      const data = new DataTransfer();
      data.setData('text/html', call.html);
      data.setData('text/plain', call.text);
      return data;
    };
    const paste = (
      target: Element,
      html = call.html,
      text = call.text,
      own?: [type: string, data: string],
    ) => {
      const event = new ClipboardEvent('paste', {
        clipboardData: new DataTransfer(),
        bubbles: true,
        cancelable: true,
      });
      // Firefox hands listeners an empty copy of a DataTransfer given at construction;
      // data set on the event's own clipboardData reaches them in both browsers.
      event.clipboardData?.setData('text/html', html);
      event.clipboardData?.setData('text/plain', text);
      // The editor's own copy format, which it reads before the others.
      if (own) event.clipboardData?.setData(...own);
      return target.dispatchEvent(event);
    };

    /**
     * A blank line between the note and text before (`atEnd`: the text before the caret)
     * or after it, as in a textarea (lib/insert/paragraph-break.ts plainFieldBreaks), for
     * the plain-text editors: the newlines still missing from the white space already there.
     */
    const blankLineTo = (text: string, atEnd: boolean): string => {
      if (text.trim() === '') return '';
      const run = (atEnd ? /\s*$/ : /^\s*/).exec(text)?.[0] ?? '';
      return '\n'.repeat(Math.max(0, 2 - (run.split('\n').length - 1)));
    };

    const win = el.ownerDocument.defaultView as any;
    let read: () => string = () => el.innerText;
    let insert: () => boolean | Promise<boolean>;
    let undo: () => void = () => el.ownerDocument.execCommand('undo');

    switch (call.editor) {
      case 'ckeditor5': {
        // Set on the editable by CKEditor 5's editing view (`domElement.ckeditorInstance`).
        const editor = el.ckeditorInstance;
        if (!editor) return { ok: false, text: '', error: 'no CKEditor 5 instance' };
        // The model's own text, block by block: getData() would render the whole document
        // to HTML, to be parsed again, for every read.
        read = () => {
          const parts: string[] = [];
          const root = editor.model.document.getRoot();
          for (const item of editor.model.createRangeIn(root).getItems())
            parts.push(item.is('$textProxy') ? item.data : '\n');
          return parts.join('');
        };
        /**
         * The note's model built straight from its blocks, as the HTML path would make it
         * (paragraphs, bold text, soft breaks), skipping the parse through DOM and view that
         * was a quarter of the insert. Null where the note or the schema needs more (lists,
         * an editor without bold or soft breaks): the editor's own HTML path handles those.
         */
        const modelFragment = (writer: any): any => {
          const blocks = call.blocks;
          const schema = editor.model.schema;
          if (!blocks || blocks.some((b) => b.kind !== 'paragraph')) return null;
          const runs = blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : []));
          const allowed = {
            paragraph: schema.checkChild(['$root'], 'paragraph'),
            bold:
              !runs.some((r) => 'text' in r && r.bold) ||
              schema.checkAttribute(['$root', 'paragraph', '$text'], 'bold'),
            softBreak:
              !runs.some((r) => 'lineBreak' in r) || schema.checkChild(['$root', 'paragraph'], 'softBreak'),
          };
          if (!allowed.paragraph || !allowed.bold || !allowed.softBreak) return null;
          const fragment = writer.createDocumentFragment();
          for (const block of blocks) {
            if (block.kind !== 'paragraph') return null;
            const paragraph = writer.createElement('paragraph');
            for (const run of block.runs) {
              if ('lineBreak' in run) writer.appendElement('softBreak', paragraph);
              else writer.appendText(run.text, run.bold ? { bold: true } : {}, paragraph);
            }
            writer.append(paragraph, fragment);
          }
          return fragment;
        };
        insert = () => {
          // One change block, so one undo step, whichever way the note is made.
          editor.model.change((writer: any) => {
            editor.model.insertContent(modelFragment(writer) ?? editor.data.parse(call.html));
          });
          editor.editing.view.focus();
          return true;
        };
        undo = () => editor.execute('undo');
        break;
      }
      case 'ckeditor4': {
        // The editing body lives in CKEditor's iframe; the API in the page that made it.
        const ck = win.CKEDITOR ?? win.parent?.CKEDITOR;
        const editor = ck
          ? Object.values(ck.instances).find(
              (e: any) => e.editable?.()?.$ === el || e.document?.$ === el.ownerDocument,
            )
          : null;
        if (!editor) return { ok: false, text: '', error: 'no CKEditor 4 instance' };
        const ed = editor as any;
        // The editable is CKEditor 4's model: its text is what getData() would serialise.
        read = () => ed.editable().$.textContent ?? '';
        insert = () => {
          ed.focus();
          ed.insertHtml(call.html);
          return true;
        };
        undo = () => ed.execCommand('undo');
        break;
      }
      case 'tinymce': {
        /**
         * TinyMCE's editor managers, in the editor's own frame or the page that created its
         * iframe: their `tinymce` global or, for a fork under a name of its own (HugeRTE's
         * `hugerte`), any page global of the manager's shape. Only plain values are looked
         * at: no getter of the window's runs.
         */
        const shaped = (w: any): any[] => {
          const found: any[] = [];
          for (const name of w ? Object.getOwnPropertyNames(w) : []) {
            try {
              const v = Object.getOwnPropertyDescriptor(w, name)?.value;
              if (
                typeof v?.get === 'function' &&
                typeof v.majorVersion === 'string' &&
                typeof v.execCommand === 'function' &&
                'activeEditor' in v
              )
                found.push(v);
            } catch {
              // A global that throws when looked at (a page's Proxy) is no editor manager.
            }
          }
          return found;
        };
        // A parent of another origin (an inline editor in a cross-origin EHR frame) throws
        // when read: it holds no editor of this frame's anyway.
        const windows = [win, win.parent].filter((w) => {
          try {
            return Boolean(w?.document);
          } catch {
            return false;
          }
        });
        const named = windows.map((w) => w?.tinymce).filter((m) => typeof m?.get === 'function');
        const editor = (named.length > 0 ? named : windows.flatMap(shaped))
          .flatMap((m) => m.get())
          .find((e: any) => e.getBody?.() === el);
        if (!editor) return { ok: false, text: '', error: 'no TinyMCE instance' };
        // The body is TinyMCE's model: its text is what getContent() would serialise.
        read = () => editor.getBody().textContent ?? '';
        insert = () => {
          editor.focus();
          editor.insertContent(call.html);
          return true;
        };
        undo = () => editor.undoManager.undo();
        break;
      }
      case 'quill': {
        // Quill 2 keeps instances in a private map; a page-global Quill is rare. Quill 1
        // puts its instance on its container. Either's clipboard module handles a paste at
        // the saved selection, as one history step.
        const quill = win.Quill?.find?.(el.parentElement) ?? el.parentElement?.__quill;
        if (quill?.getText) read = () => quill.getText();
        insert = () => {
          if (paste(el) === false) return true;
          // Quill 1 reads no paste data from the event: its handler moves the focus into
          // its hidden clipboard box, lets the browser paste there, and turns what landed
          // into the editor's content a moment later. The note lands there the same way.
          const box = el.ownerDocument.activeElement;
          if (!box?.classList.contains('ql-clipboard') || box.parentElement !== el.parentElement)
            return false;
          // The empty paragraph that leads the note after text (quill.ts's `lead` break)
          // makes no line in Quill 1, where a line break makes one.
          const html = call.breaks?.before ? call.html.replace(/^<p><\/p>/, '<br>') : call.html;
          const parsed = new DOMParser().parseFromString(html, 'text/html');
          box.replaceChildren(...parsed.body.childNodes);
          return true;
        };
        undo = () => (quill ? quill.history.undo() : el.ownerDocument.execCommand('undo'));
        break;
      }
      case 'prosemirror': {
        // TipTap puts its editor on the view's DOM; bare ProseMirror takes a paste.
        const editor = el.editor;
        // insertContent fits the note's paragraphs into the schema where the caret is; in a
        // document that holds no paragraphs of its own (BlockNote's nested block groups)
        // that nests the note under the caret's block, where the editor's own paste makes
        // blocks. Anywhere in the document counts (TipTap's title-first `heading block*`).
        const schema = editor?.schema;
        const paragraph = schema?.nodes?.paragraph;
        const paragraphsAtTop = (() => {
          if (!paragraph) return false;
          const seen = new Set<any>();
          const todo: any[] = [schema?.topNodeType?.contentMatch].filter(Boolean);
          while (todo.length > 0) {
            const match = todo.pop();
            if (seen.has(match)) continue;
            seen.add(match);
            for (let i = 0; i < (match.edgeCount ?? 0); i++) {
              const edge = match.edge(i);
              if (edge.type === paragraph) return true;
              todo.push(edge.next);
            }
          }
          return false;
        })();
        if (editor?.commands && paragraphsAtTop) {
          read = () => editor.getText({ blockSeparator: '\n' });
          insert = () => editor.chain().focus().insertContent(call.html).run();
          undo = () => editor.commands.undo();
        } else if (editor?.commands) {
          // Such an editor's own paste (BlockNote's) makes blocks of the note's paragraphs,
          // but merges the first into the caret's block and the text after the caret into
          // the last: an empty paragraph on each side with text takes that merge. Written
          // with a <br>, which it keeps, where it drops an empty <p></p>.
          const empty = '<p><br></p>';
          const html = `${call.breaks?.before ? empty : ''}${call.html}${call.breaks?.after ? empty : ''}`;
          insert = () => paste(el, html) === false;
        } else {
          // ProseMirror opens a foreign paste as far as it can, which merges the note's first
          // and last blocks into the caret's paragraph. The slice marker its own copies carry
          // ("0 0 []": closed at both ends) makes the note whole blocks, which ProseMirror
          // places between the halves of the paragraph, as TipTap's insertContent does.
          const closed = call.html.replace(/^\s*<[a-z][a-z0-9]*/i, '$& data-pm-slice="0 0 []"');
          insert = () => paste(el, closed) === false;
        }
        break;
      }
      case 'lexical': {
        // Set on the root element by `editor.setRootElement`. The rich-text plugin turns a
        // paste's HTML into nodes at the selection and records one history entry.
        const editor = el.__lexicalEditor;
        if (!editor) return { ok: false, text: '', error: 'no Lexical editor' };
        read = () =>
          editor.getEditorState().read(() => editor.getEditorState()._nodeMap.get('root').getTextContent());
        // Splits go in the same update as the paste (Lexical runs updates queued inside
        // another in the same commit, in order), so history holds one entry for all.
        const split = () => editor._pendingEditorState?._selection?.insertParagraph?.();
        insert = () => {
          let pasted = false;
          editor.update(() => {
            if (call.breaks?.before) split();
            pasted = paste(el) === false;
            // Queued after the paste's own update: splits off the rest of the paragraph,
            // which the paste appended to the note's last block.
            if (pasted && call.breaks?.after) editor.update(split);
          });
          return pasted;
        };
        break;
      }
      case 'draftjs': {
        // The DraftEditor component instance: its props always hold the committed state
        // (a DOM node's fiber may be the stale one of React's two).
        const instance = reactOwner(
          el,
          (p) => typeof p.editorState?.getCurrentContent === 'function' && typeof p.onChange === 'function',
        )?.stateNode;
        const state = () => instance?.props?.editorState;
        if (!state()?.getCurrentContent) return { ok: false, text: '', error: 'no Draft.js editor' };
        read = () => state().getCurrentContent().getPlainText('\n');
        // Draft's onPaste converts the HTML into blocks through EditorState, so it is undoable.
        insert = () => {
          const { editorState: before } = instance.props;
          const type = before
            .getCurrentContent()
            .getBlockForKey(before.getSelection().getStartKey())
            ?.getType();
          const pasted = paste(el) === false;
          // The rest of the clinician's paragraph came back as the note's trailing block
          // (the selection's block after the paste): give it its own type back. Set, not
          // pushed, so it stays the paste's one undo step.
          const latest = instance._latestEditorState;
          if (pasted && call.breaks?.after && type && latest) {
            const content = latest.getCurrentContent();
            const key = latest.getSelection().getStartKey();
            const tail = content.getBlockForKey(key);
            if (tail && tail.getType() !== type) {
              const blockMap = content.getBlockMap().set(key, tail.set('type', type));
              instance.update(
                latest.constructor.set(latest, { currentContent: content.set('blockMap', blockMap) }),
              );
            }
          }
          return pasted;
        };
        undo = () => instance.props.onChange(state().constructor.undo(state()));
        break;
      }
      case 'slate': {
        // The one mutable editor object handed to <Slate>: any fiber's props hold it.
        const editor = reactOwner(el, (p) => Array.isArray(p.editor?.children) && 'selection' in p.editor)
          ?.memoizedProps.editor;
        if (editor) {
          const text = (node: any): string =>
            typeof node.text === 'string' ? node.text : (node.children ?? []).map(text).join('');
          read = () => editor.children.map(text).join('\n');
          if (typeof editor.undo === 'function') undo = () => editor.undo();
        }
        // slate-react inserts pasted data on `beforeinput` insertFromPaste (its onPaste leaves
        // it to that event wherever beforeinput is supported, as in Chromium and Firefox).
        // A Slate view without React (wangEditor) takes that event only after its paste
        // handler has seen a paste, so there a paste goes first, as the browser's own does
        // (it may take a plain-text one itself, and then nothing follows). Not before
        // slate-react's: a page that blocks pasting in its note fields would block it.
        insert = () =>
          (!editor && paste(el) === false) ||
          el.dispatchEvent(
            new InputEvent('beforeinput', {
              inputType: 'insertFromPaste',
              dataTransfer: pasteData(),
              bubbles: true,
              cancelable: true,
            }),
          ) === false;
        break;
      }
      case 'trix': {
        // <trix-editor> carries its editor object; Trix keeps its own undo stack, which an
        // execCommand edit would bypass, so the insert records its one entry first.
        const editor = el.editor;
        if (!editor?.insertHTML) return { ok: false, text: '', error: 'no Trix editor' };
        read = () => String(editor.getDocument().toString()).replace(/\n$/, '');
        // Trix parses a <p> as a line wrapped in blank lines; a <div> is its own block.
        const blocks = call.html.replace(/<(\/?)p>/g, '<$1div>');
        // The note's first and last blocks join the caret's line, so a line break (Trix's
        // paragraph) goes on each side that has text, inside the same undo entry.
        insert = () => {
          editor.recordUndoEntry('Insert note');
          if (call.breaks?.before) editor.insertLineBreak();
          editor.insertHTML(blocks);
          if (call.breaks?.after) editor.insertLineBreak();
          return true;
        };
        undo = () => editor.undo();
        break;
      }
      case 'editorjs': {
        // No editor object on the DOM: the blocks' own elements are Editor.js's data
        // (`save()` reads each block's tool from them), read block by block.
        const holder = el.closest('.codex-editor');
        if (!holder) return { ok: false, text: '', error: 'no Editor.js editor' };
        const blocks = (): HTMLElement[] => [...holder.querySelectorAll('.ce-block')] as HTMLElement[];
        const blockText = (block: HTMLElement) => block.innerText.trim();
        read = () => blocks().map(blockText).filter(Boolean).join('\n');
        insert = async () => {
          const doc = el.ownerDocument;
          // Editor.js puts pasted blocks after the caret's block, whole, and never splits it:
          // the text after the caret goes with the note, as its last block, in the block's
          // own kind (a heading stays a heading).
          let html = call.html;
          let text = call.text;
          let tail: DocumentFragment | null = null;
          const selection = doc.getSelection();
          if (call.breaks?.after && selection?.rangeCount) {
            const rest = selection.getRangeAt(0).cloneRange();
            rest.collapse(false);
            rest.setEnd(el, el.childNodes.length);
            const taken: DocumentFragment = rest.extractContents();
            tail = taken;
            const box = doc.createElement('div');
            box.append(taken.cloneNode(true));
            const tag = /^h[1-6]$/.test(el.localName) ? el.localName : 'p';
            html += `<${tag}>${box.innerHTML}</${tag}>`;
            text += `\n${box.textContent ?? ''}`;
          }
          // Editor.js's own copy format too: its paste makes those blocks whole, data and all,
          // at once, where its HTML paste makes each block empty and fills it in an idle
          // callback of its own (one or two per frame: 0.5 s for a 5,000-word note). Only
          // paragraphs (the note's lines, as shapeNote made them), in its default paragraph
          // tool; a page that names that tool otherwise makes Editor.js fall back, inside the
          // same paste, to the HTML, before inserting anything.
          const parsed: HTMLTemplateElement = doc.createElement('template');
          parsed.innerHTML = html;
          const lines: Node[] = [...parsed.content.childNodes];
          const own = lines.every((n) => n.nodeName === 'P')
            ? pageJson(lines.map((p: any) => ({ tool: 'paragraph', data: { text: p.innerHTML } })))
            : undefined;
          const known = new Set(blocks());
          if (paste(el, html, text, own ? ['application/x-editor-js', own] : undefined)) {
            // Not taken: the text after the caret goes back where it was.
            if (tail) el.append(tail);
            return false;
          }
          // Its own format's blocks hold their text at once. From the HTML (the fallback),
          // Editor.js makes the pasted blocks at once but fills each in an idle callback of
          // its own (BlockManager.paste): wait until every new block holds its text.
          const deadline = performance.now() + 2000;
          for (;;) {
            const added = blocks().filter((b) => !known.has(b));
            if (added.length > 0 && added.every((b) => blockText(b) !== '')) return true;
            if (performance.now() > deadline) return added.length > 0;
            await new Promise<void>((resolve) => setTimeout(resolve, 10));
          }
        };
        // Editor.js keeps no undo history, and the browser's would take back the clinician's
        // own last typing in the block instead: a failed insert is reported, not undone.
        undo = () => {};
        break;
      }
      case 'codemirror6': {
        // CodeMirror 6 keeps its text in its own state and draws it into .cm-content; its
        // view hangs on that element (`cmTile` since 6.39, `cmView` before). Plain text, so
        // the note goes in as a textarea's would, a blank line apart from the text beside it.
        const tile = el.cmTile ?? el.cmView;
        const view = tile?.root?.view ?? tile?.rootView?.view;
        if (typeof view?.dispatch !== 'function')
          return { ok: false, text: '', error: 'no CodeMirror 6 view' };
        read = () => view.state.doc.toString();
        insert = () => {
          const value: string = view.state.doc.toString();
          const { from, to } = view.state.selection.main;
          const text = `${blankLineTo(value.slice(0, from), true)}${call.text}${blankLineTo(value.slice(to), false)}`;
          // One transaction, as a paste: CodeMirror's history takes it back with one Ctrl+Z.
          view.dispatch({
            changes: { from, to, insert: text },
            selection: { anchor: from + text.length },
            userEvent: 'input.paste',
            scrollIntoView: true,
          });
          view.focus();
          return true;
        };
        // No undo to call without CodeMirror's own commands module: the text before the
        // insert, which the restore sends, goes back in one transaction.
        undo = () => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: call.text } });
        break;
      }
      case 'codemirror5': {
        // CodeMirror 5 (and the Markdown editors on it: EasyMDE, SimpleMDE) types into a
        // hidden textarea it empties after each read, so the text-field insert is never
        // there to read back. Its instance is on its wrapper; its document keeps the caret
        // while the panel has the focus.
        const cm = el.closest('.CodeMirror')?.CodeMirror;
        if (typeof cm?.replaceSelection !== 'function')
          return { ok: false, text: '', error: 'no CodeMirror 5 editor' };
        read = () => cm.getValue();
        insert = () => {
          const value: string = cm.getValue();
          const from: number = cm.indexFromPos(cm.getCursor('from'));
          const to: number = cm.indexFromPos(cm.getCursor('to'));
          const lead = blankLineTo(value.slice(0, from), true);
          const trail = blankLineTo(value.slice(to), false);
          // One change, one entry in CodeMirror's history: its Ctrl+Z takes the note back.
          cm.replaceSelection(`${lead}${call.text}${trail}`, 'end');
          cm.focus();
          return true;
        };
        undo = () => cm.undo();
        break;
      }
      case 'mobiledoc': {
        // Mobiledoc Kit draws its element from its own model and keeps the editor object to
        // itself: an execCommand edit is drawn over again, partly twice. Its paste handler
        // turns the HTML into sections at its own cursor, as one step of its own history.
        // That cursor follows the page's selection once per animation frame: the caret the
        // adapter just put back is its own before the paste. A frame the browser draws no
        // more (throttled out of view) waits 50 ms at most; the cursor is then likely where
        // the clinician left it, the same place.
        insert = async () => {
          await new Promise<void>((resolve) => {
            requestAnimationFrame(() => setTimeout(resolve, 0));
            setTimeout(resolve, 50);
          });
          return paste(el) === false;
        };
        // Its undo is a key command of its own, read from the key code, not the key.
        undo = () => {
          const press = new KeyboardEvent('keydown', {
            key: 'z',
            ctrlKey: true,
            bubbles: true,
            cancelable: true,
          });
          Object.defineProperty(press, 'keyCode', { value: 90 });
          el.dispatchEvent(press);
        };
        break;
      }
      default:
        return { ok: false, text: '', error: 'unknown editor' };
    }

    // Kept for the answer to a throw: the engine undoes whatever a failed insert changed.
    let before: string | undefined;
    try {
      if (call.op === 'insert') {
        before = read();
        const note = call.squashedNote;
        const copiesBefore = note === undefined ? 0 : copiesIn(before, note);
        if (call.refuseIfHolding && copiesBefore > 0) return { ok: false, text: '', before, duplicate: true };
        const accepted = await insert();
        const after = await settled(before);
        if (note === undefined) return { ok: accepted, text: after, before };
        // The verdict's counts only: the field's text holds the whole note, and would cross
        // two processes on its way back to the engine (issue #6 budget).
        const readBack = { copiesBefore, copiesAfter: copiesIn(after, note), changed: after !== before };
        return { ok: accepted, text: '', before, readBack };
      }
      if (call.op === 'undo') {
        const current = read();
        undo();
        return { ok: true, text: await settled(current) };
      }
      return { ok: true, text: read() };
    } catch (error) {
      return { ok: false, text: '', before, error: String(error) };
    }
  }
}
