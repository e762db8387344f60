/** A draft as stored in the background's IndexedDB. Shared by panel and background as data. */
import type { NoteContent } from '../note/model';

export type DraftStatus = 'draft' | 'inserted';

/** Where a note went: the field (described by the content script) and when. */
export interface Insertion {
  fieldKey: string;
  at: number;
}

export interface Draft {
  id: string;
  /** origin + path + query of the EHR page the draft belongs to. */
  pageKey: string;
  /** Initials or chart ID; optional, never sent anywhere. */
  clientLabel: string;
  content: NoteContent;
  status: DraftStatus;
  createdAt: number;
  updatedAt: number;
  /** Bumped on every save, so concurrent writers can tell they raced. */
  revision: number;
  insertions: Insertion[];
  /** Set when moved to the trash; restorable until the retention rule purges it. */
  deletedAt?: number;
  /**
   * What each frame of the tab showed while this draft was written (framed EHRs: frame slot
   * → page key, lib/frame-pages.ts). The background's, like insertions: kept with the draft
   * so it outlives the browser's session, and no panel's save can drop or change it.
   */
  framePages?: Record<string, string>;
}

/** One row of the drafts list: enough to find and recognise a draft, no note text beyond a glimpse. */
export interface DraftSummary {
  id: string;
  pageKey: string;
  clientLabel: string;
  status: DraftStatus;
  createdAt: number;
  updatedAt: number;
  deletedAt?: number;
  /** The first words the clinician wrote, to tell drafts apart. */
  glimpse: string;
}
