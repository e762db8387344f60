/**
 * A draft as stored with encryption on. Everything a clinician wrote or that points at a
 * client stays inside the AES-GCM ciphertext: section text, chips, client label, the page
 * (origin, path and query — an EHR URL often carries a patient or encounter id, so the
 * site is not left in the clear either), where the note was inserted (field keys name
 * the page) and what its frames showed (their pages). In the clear stays only what the
 * database itself needs and that says nothing clinical: id, status, timestamps, revision,
 * trash time — for ordering, revision checks, the trash and retention, which then work
 * while locked.
 *
 * The indexed values, page and client label, are stored as blind index values
 * (HMAC under a key from the vault): "the open draft of this page" and "last time for this
 * client" remain index look-ups, and the database reveals only that two drafts share a
 * page or a client, never which.
 */
import { open, seal, type Sealed } from '../crypto/aead';
import { fromUtf8, utf8 } from '../crypto/bytes';
import { blindIndex, type VaultKeys } from '../crypto/vault';
import { plainLabelKey } from './label-key';
import type { Draft, DraftStatus } from './model';

export interface SealedDraft {
  id: string;
  /** Blind index value of the page key. */
  pageKey: string;
  /** Blind index value of the trimmed client label. */
  clientLabel: string;
  /** Blind index value of the trimmed, lowercased client label, for "Find drafts" (label-key.ts). */
  labelKey: string;
  status: DraftStatus;
  createdAt: number;
  updatedAt: number;
  revision: number;
  deletedAt?: number;
  sealed: Sealed;
}

/** What the ciphertext holds (frame pages, like the page, name the client's chart). */
type SealedPart = Pick<Draft, 'pageKey' | 'clientLabel' | 'content' | 'insertions' | 'framePages'>;

export type IndexPurpose = 'page' | 'label' | 'find';

export function isSealed(row: unknown): row is SealedDraft {
  return typeof row === 'object' && row !== null && 'sealed' in row;
}

/** Binds the ciphertext to its record: moved into another record, it does not open. */
const contextOf = (id: string) => `reverie-draft-v1:${id}`;

const indexed = (purpose: IndexPurpose, value: string) =>
  purpose === 'label' ? value.trim() : purpose === 'find' ? plainLabelKey(value) : value;

export const indexValue = (keys: VaultKeys, purpose: IndexPurpose, value: string) =>
  blindIndex(keys, purpose, indexed(purpose, value));

export async function sealDraft(keys: VaultKeys, draft: Draft): Promise<SealedDraft> {
  const { pageKey, clientLabel, content, insertions, framePages, ...clear } = draft;
  const secret: SealedPart = { pageKey, clientLabel, content, insertions, ...(framePages && { framePages }) };
  return {
    ...clear,
    pageKey: await indexValue(keys, 'page', pageKey),
    clientLabel: await indexValue(keys, 'label', clientLabel),
    labelKey: await indexValue(keys, 'find', clientLabel),
    sealed: await seal(keys.data, utf8(JSON.stringify(secret)), contextOf(draft.id)),
  };
}

export async function openSealed(keys: VaultKeys, row: SealedDraft): Promise<Draft> {
  const { sealed, pageKey: _page, clientLabel: _label, labelKey: _key, ...clear } = row;
  const secret = JSON.parse(fromUtf8(await open(keys.data, sealed, contextOf(row.id)))) as SealedPart;
  return { ...clear, ...secret };
}
