import type { PantauDatabase } from '../db/open-db';
import type { ProposalDraft } from '../proposals/proposal-draft';
import { draftFromRow, proposalFromRow } from '../proposals/proposal-store';
import type { ProposalRecord } from '../proposals/proposals-to-registry';
import { readView, type EventView } from '../visits/event-store';
import type { HostRecord } from '../visits/host-record';

/** What the popup's card of one host needs from storage, as of one moment. */
export interface SiteCardRead extends EventView {
  record: HostRecord | null;
  proposal: ProposalRecord | null;
  draft: ProposalDraft | null;
}

const CARD_STORES = ['hosts', 'settings', 'registry', 'inspections', 'proposals', 'drafts'] as const;

/**
 * Reads everything a host's card needs in ONE read-only transaction, all requests at once: the
 * watched domains and the registry revision (which key the worker's in-memory registry snapshot),
 * the host's record, inspection and inspection settings (as every browser event reads them), and
 * its proposal and draft. The popup waits on this read: one transaction is one round trip to the
 * browser's IndexedDB backend where the card used to take seven, in two rounds.
 */
export async function readSiteCard(db: PantauDatabase, host: string): Promise<SiteCardRead> {
  const tx = db.transaction([...CARD_STORES], 'readonly');
  const [view, proposal, draft] = await Promise.all([
    readView(tx, host),
    tx.objectStore('proposals').get(host),
    tx.objectStore('drafts').get(host),
    tx.done,
  ]);
  const { record, ...rest } = view;
  return { ...rest, record: record ?? null, proposal: proposalFromRow(proposal), draft: draftFromRow(draft) };
}
