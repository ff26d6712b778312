import type { PantauDatabase } from '../db/open-db';
import type { DraftRow } from '../db/schema';
import { isDraftEmpty, parseDraft, type ProposalDraft } from './proposal-draft';
import { proposalRecordSchema } from './proposal-schema';
import type { ProposalRecord } from './proposals-to-registry';

/**
 * Proposals and their drafts in IndexedDB (stores `proposals`, keyed by host, and `drafts`). Each
 * write is one transaction; submitting a proposal stores it and drops that host's draft together,
 * so a crash never leaves both or neither.
 */

/** Every stored proposal, newest first. A row that no longer fits the schema is skipped, not fatal. */
export async function listProposals(db: PantauDatabase): Promise<ProposalRecord[]> {
  const rows = await db.getAll('proposals');
  return rows
    .map((row) => proposalRecordSchema.safeParse(row))
    .filter((result) => result.success)
    .map((result) => result.data)
    .sort((a, b) => b.createdAt - a.createdAt || (a.proposal.host < b.proposal.host ? -1 : 1));
}

/** A stored proposal row as a proposal, or null when it is absent or no longer fits the schema. */
export function proposalFromRow(row: unknown): ProposalRecord | null {
  const parsed = proposalRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

/** Stores a validated proposal (replacing the host's earlier one) and drops the host's draft, atomically. */
export async function storeProposal(db: PantauDatabase, record: ProposalRecord): Promise<ProposalRecord> {
  const tx = db.transaction(['proposals', 'drafts'], 'readwrite');
  await Promise.all([tx.objectStore('proposals').put(record), tx.objectStore('drafts').delete(record.proposal.host), tx.done]);
  return record;
}

/** Deletes one host's proposal. */
export async function deleteProposal(db: PantauDatabase, host: string): Promise<void> {
  await db.delete('proposals', host);
}

/** The draft for a host, read leniently (parseDraft), or null. */
export async function getDraft(db: PantauDatabase, host: string): Promise<ProposalDraft | null> {
  return draftFromRow(await db.get('drafts', host));
}

/** A stored draft row as a draft (read leniently), or null when there is none. */
export const draftFromRow = (row: DraftRow | undefined): ProposalDraft | null => (row === undefined ? null : parseDraft(row.draft));

/** Keeps a draft (an empty one is deleted instead, so opening a form leaves no trace). */
export async function saveDraft(db: PantauDatabase, host: string, draft: unknown, now: number): Promise<ProposalDraft | null> {
  const clean = { ...parseDraft(draft), host };
  if (isDraftEmpty(clean)) {
    await db.delete('drafts', host);
    return null;
  }
  await db.put('drafts', { host, draft: clean, savedAt: now });
  return clean;
}

/** Discards a host's draft. */
export async function deleteDraft(db: PantauDatabase, host: string): Promise<void> {
  await db.delete('drafts', host);
}
