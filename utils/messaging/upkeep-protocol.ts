import { z } from 'zod';
import type { ProposalDraft } from '../proposals/proposal-draft';
import type { ProposalProblem } from '../proposals/proposal-schema';
import type { ProposalRecord } from '../proposals/proposals-to-registry';
import type { LocalText, Problem } from '../registry-import/problems';
import type { RegistrySourceInfo } from '../registry/registry-source';
import { hostnameSchema, type Registry } from '../registry/schema';

/**
 * The requests of issue 5 (registry upkeep, proposals, watched domains): part of the one message
 * protocol in utils/messaging/protocol.ts, kept in their own file so the protocol stays readable. Payloads a
 * page builds from a file or a form (`registry`, `proposal`, `draft`) are `unknown` here and checked
 * by the background with the same validators the page used (parseRegistry, validateProposal,
 * parseDraft): the background never trusts a page's checking.
 */

/** A normalised hostname (drafts and proposals are keyed by it; anything else is refused). */
const host = hostnameSchema;
/** The registry revision the page's preview was made against (RegistryView.revision). */
const basedOn = z.int().nonnegative();

export const upkeepRequestSchemas = [
  z.object({ type: z.literal('getRegistry') }).strict(),
  z.object({ type: z.literal('applyRegistry'), registry: z.unknown(), fileName: z.string().min(1).max(300), basedOn }).strict(),
  z.object({ type: z.literal('restoreBundledRegistry'), basedOn }).strict(),
  z.object({ type: z.literal('undoRegistry'), basedOn }).strict(),
  z.object({ type: z.literal('setRegistryUpdateUrl'), url: z.string().max(2048).nullable() }).strict(),
  z.object({ type: z.literal('checkRegistryUpdate') }).strict(),
  z.object({ type: z.literal('getProposals') }).strict(),
  z.object({ type: z.literal('saveProposal'), proposal: z.unknown() }).strict(),
  z.object({ type: z.literal('deleteProposal'), host }).strict(),
  z.object({ type: z.literal('getDraft'), host }).strict(),
  z.object({ type: z.literal('saveDraft'), host, draft: z.unknown() }).strict(),
  z.object({ type: z.literal('deleteDraft'), host }).strict(),
  z.object({ type: z.literal('getWatchedDomains') }).strict(),
  z.object({ type: z.literal('addWatchedDomain'), domain: z.string().max(300) }).strict(),
  z.object({ type: z.literal('removeWatchedDomain'), domain: z.string().max(300) }).strict(),
] as const;

/** The registry in force as pages see it: the popup's search and counts, the dashboard's census. */
export interface RegistryView {
  registry: Registry;
  info: RegistrySourceInfo;
  /** Grows with every change; a change request names the revision it was prepared against. */
  revision: number;
  /** The watched domains, the default first. */
  domains: string[];
}

/** A change to the registry in force: done, or refused with the reason (the view is the state now). */
export type RegistryChangeReply =
  | { ok: true; view: RegistryView }
  | { ok: false; reason: 'changed' | 'nothing-to-undo' | 'invalid'; errors: LocalText[]; view: RegistryView };

export type UpdateUrlReply = { ok: true; view: RegistryView } | { ok: false; reason: string; message: LocalText; view: RegistryView };

/** An update check run on demand. `skipped`: no update URL is set. */
export interface UpdateCheckReply {
  outcome: 'updated' | 'unchanged' | 'failed' | 'skipped';
  reason: string | null;
  message: LocalText | null;
  /** The downloaded file's problems when it was invalid (at most 200). */
  problems: Problem[];
  view: RegistryView;
}

export type SaveProposalReply = { ok: true; record: ProposalRecord } | { ok: false; problems: ProposalProblem[] };

/** The watched domains and what may be added. */
export interface WatchedDomainsView {
  domains: string[];
  /** Always watched; cannot be removed. */
  defaults: string[];
  /** What the manifest allows to add (optional host permissions). */
  optional: string[];
  /** Registry domains not watched yet, with how many entries each would bring into play. */
  suggest: Array<{ domain: string; entries: number }>;
}

export type DomainChangeReply =
  | { ok: true; view: WatchedDomainsView; warning: LocalText | null }
  | { ok: false; reason: string; message: LocalText; view: WatchedDomainsView };

/** The response type of each upkeep request. */
export interface UpkeepResponseMap {
  getRegistry: RegistryView;
  applyRegistry: RegistryChangeReply;
  restoreBundledRegistry: RegistryChangeReply;
  undoRegistry: RegistryChangeReply;
  setRegistryUpdateUrl: UpdateUrlReply;
  checkRegistryUpdate: UpdateCheckReply;
  getProposals: ProposalRecord[];
  saveProposal: SaveProposalReply;
  deleteProposal: ProposalRecord[];
  getDraft: ProposalDraft | null;
  saveDraft: ProposalDraft | null;
  deleteDraft: null;
  getWatchedDomains: WatchedDomainsView;
  addWatchedDomain: DomainChangeReply;
  removeWatchedDomain: DomainChangeReply;
}

export type UpkeepRequestType = keyof UpkeepResponseMap;

/** True for the request types the upkeep service answers. */
export function isUpkeepRequest<T extends { type: string }>(request: T): request is T & { type: UpkeepRequestType } {
  return UPKEEP_TYPES.has(request.type);
}

const UPKEEP_TYPES: ReadonlySet<string> = new Set(upkeepRequestSchemas.map((schema) => schema.shape.type.value));
