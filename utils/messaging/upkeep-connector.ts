import type { ProposalDraft } from '../proposals/proposal-draft';
import type { ProposalRecord } from '../proposals/proposals-to-registry';
import type { Registry } from '../registry/schema';
import type { DomainChangeReply, RegistryChangeReply, RegistryView, SaveProposalReply, UpdateCheckReply, UpdateUrlReply, WatchedDomainsView } from './upkeep-protocol';

/**
 * The connector methods of issue 5 (registry upkeep, proposals, watched domains); part of
 * PantauConnector (utils/messaging/connector.ts). All but `requestHostPermissions` are background requests.
 */
export interface UpkeepConnector {
  /** The registry in force, its source info and revision, and the watched domains. */
  getRegistry(): Promise<RegistryView>;
  /** Puts a checked registry in force, if the registry is still at revision `basedOn`. */
  applyRegistry(registry: Registry, fileName: string, basedOn: number): Promise<RegistryChangeReply>;
  restoreBundledRegistry(basedOn: number): Promise<RegistryChangeReply>;
  undoRegistry(basedOn: number): Promise<RegistryChangeReply>;
  /** Sets (null or '' clears) the https update URL. */
  setRegistryUpdateUrl(url: string | null): Promise<UpdateUrlReply>;
  checkRegistryUpdate(): Promise<UpdateCheckReply>;
  getProposals(): Promise<ProposalRecord[]>;
  /** Validates (again, in the background) and stores a proposal; drops the host's draft. */
  saveProposal(proposal: unknown): Promise<SaveProposalReply>;
  deleteProposal(host: string): Promise<ProposalRecord[]>;
  getDraft(host: string): Promise<ProposalDraft | null>;
  saveDraft(host: string, draft: ProposalDraft): Promise<ProposalDraft | null>;
  deleteDraft(host: string): Promise<null>;
  getWatchedDomains(): Promise<WatchedDomainsView>;
  /** Adds a domain whose host permission the page has just obtained (the background checks it). */
  addWatchedDomain(domain: string): Promise<DomainChangeReply>;
  removeWatchedDomain(domain: string): Promise<DomainChangeReply>;
  /**
   * Asks the user for host permissions: `permissions.request`, which only a page can call, during
   * the click that asked for it (so it must be the first thing awaited after the click). Resolves
   * to whether they were granted.
   */
  requestHostPermissions(origins: string[]): Promise<boolean>;
}
