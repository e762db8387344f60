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
}
