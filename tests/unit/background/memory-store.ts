import { framePagesOfDraft, withFramePages, type DraftFramePages, type FramePages } from '@/lib/frame-pages';

/** A settings store kept in memory, shaped like the background's storage.local ones. */
export function memoryStore<T>(initial: T) {
  const store = {
    value: initial,
    get: async () => store.value,
    set: async (value: T) => {
      store.value = value;
    },
  };
  return store;
}

/** A tab's frame pages (entrypoints/background/frame-pages.ts) kept in memory. */
export function memoryFramePages() {
  let looked = '';
  const store = {
    pages: {} as FramePages,
    ofDraft: async (draftId: string) => framePagesOfDraft(store.pages, draftId),
    record: async (draftId: string, frames: DraftFramePages) => {
      store.pages = withFramePages(store.pages, draftId, frames);
    },
    /** Once per draft until `claim()`: the tab's claims are the test's to make. */
    looked: (draftId: string) => {
      if (looked === draftId) return true;
      looked = draftId;
      return false;
    },
    field: undefined as string | undefined,
    fieldSlot: async () => store.field,
    fieldSeenIn: async (slot: string) => {
      store.field = slot;
    },
    /** A field claimed anew: the next save looks at its frame again. */
    claim: () => {
      looked = '';
    },
  };
  return store;
}
