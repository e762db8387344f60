/**
 * The drafts list as it comes in, a page at a time (lib/drafts-paging.ts): the first page
 * at once, then further pages while older drafts may still match, newest first. A new
 * query or trash view stops asking for the old one's pages.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isComplete, mergePage } from '@/lib/drafts-paging';
import type { DraftSummary, ListCursor, ListPage } from '@/lib/messages';

export type ListPages = (query: string, trash: boolean, cursor: ListCursor | null) => Promise<ListPage>;

export interface DraftsPages {
  /** Null until the first page is in. */
  items: DraftSummary[] | null;
  /** Older drafts are still being looked through. */
  searching: boolean;
  /** Reads the list again from the newest (after a delete or restore). */
  reload: () => void;
}

export function useDraftsPages(
  list: ListPages,
  query: string,
  trash: boolean,
  onError: () => void,
): DraftsPages {
  const [state, setState] = useState<{ items: DraftSummary[] | null; searching: boolean }>({
    items: null,
    searching: false,
  });
  /** Bumped by every new read: an older read sees it changed and asks for no more pages. */
  const reading = useRef(0);

  const read = useCallback(() => {
    const mine = ++reading.current;
    const live = () => reading.current === mine;
    const walk = async () => {
      let shown: DraftSummary[] = [];
      let cursor: ListCursor | null = null;
      do {
        const page = await list(query, trash, cursor);
        if (!live()) return;
        shown = mergePage(shown, page.items);
        cursor = page.next;
        setState({ items: shown, searching: !isComplete(shown, cursor) });
      } while (!isComplete(shown, cursor));
    };
    walk().catch(() => live() && onError());
  }, [list, query, trash, onError]);

  useEffect(() => {
    read();
    return () => {
      reading.current += 1;
    };
  }, [read]);

  return { ...state, reload: read };
}
