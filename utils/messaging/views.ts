import type { BadgeState } from '../findings/badge';
import type { Finding } from '../findings/findings';
import type { Inspection } from '../inspection/types';
import type { RecordingProblem } from '../background/recording-alarm';
import type { HostRecord } from '../visits/host-record';
import type { Registry, RegistryEntry, RegistryStatus } from '../registry/schema';
import type { ProposalDraft } from '../proposals/proposal-draft';
import type { ProposalProblem } from '../proposals/proposal-schema';
import type { ProposalRecord } from '../proposals/proposals-to-registry';
import type { LocalText, Problem } from '../registry-import/problems';
import type { RegistrySourceInfo } from '../registry/registry-source';

/**
 * What the background answers with: the response types of the protocol map (utils/messaging/protocol.ts)
 * that are not a stored type of their own.
 */

/** What the popup shows for the current tab. */
export type SiteCard =
  | {
      kind: 'not-city';
      /** The watched domains, for the hint (absent: the default one). */
      domains?: string[];
    }
  | {
      kind: 'city';
      host: string;
      entry: RegistryEntry | null;
      record: HostRecord | null;
      findings: Finding[];
      badge: BadgeState;
      /** The host's current inspection, null when none was made (optional, so code that builds cards without one still compiles). */
      inspection?: Inspection | null;
      /** This browser's proposal for an unregistered host ("Laporkan aplikasi"), if one was sent. */
      proposal?: ProposalRecord | null;
      /** A proposal form left unfinished for this host, restored when the popup opens again. */
      draft?: ProposalDraft | null;
    };

/** Registry and local-record totals for the popup's counts. */
export interface Overview {
  registryVersion: string;
  registryByStatus: Record<RegistryStatus, number>;
  registryEntries: number;
  hostsSeen: number;
  unregisteredSeen: number;
  /** Every host record, so search results can show last-seen (a few hundred rows at most). */
  records: HostRecord[];
  /**
   * Set while the background cannot save visits (disk or quota full, database failing), so the
   * popup can say so; cleared by the next successful write. Absent from older backgrounds.
   */
  recordingProblem?: RecordingProblem | null;
}


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
