import type { ExportProposalV1 } from '../export/export-schema';
import type { Severity } from '../findings/findings';
import type { ExportInspectionV1 } from '../export/export-schema';
import type { VisitOutcome } from '../visits/host-record';

/**
 * The consolidated picture of many collectors' exports ("rekap"). Produced by mergeExports, which
 * knows nothing of the registry; utils/rekap/census.ts then reads it against the current registry.
 */

/** Who collected: a person's name and unit, exactly as in their export (either may be empty). */
export interface CollectorRef {
  name: string;
  unit: string;
}

/** One export that went into the rekap. Exports are identified by collector + `exportedAt`. */
export interface RekapSource extends CollectorRef {
  exportedAt: string;
  registryVersion: string;
  hosts: number;
}

/**
 * A page inspection as exports carry it (issue 3). The merge picks the one with the latest
 * `checkedAt` and keeps it whole, unknown fields included, so nothing is lost.
 */
export type Inspection = ExportInspectionV1;

/** A finding as exports carry it. Codes are an open list: a newer Pantau may add some. */
export type RekapFinding = {
  code: string;
  severity: Severity;
  message: string;
  detail?: string;
};

/** One host after merging every collector's copy of it. Times are epoch milliseconds. */
export interface MergedHost {
  host: string;
  /** Earliest firstSeen of any copy. */
  firstSeen: number;
  /** Latest lastSeen of any copy. */
  lastSeen: number;
  /** Sum over the (deduplicated) exports. */
  visits: number;
  /** The last visit's details, from the copy with the latest lastSeen. */
  lastUrl: string | null;
  lastTitle: string | null;
  lastOutcome: VisitOutcome;
  lastError: string | null;
  /** Everyone who saw the host, sorted by name then unit, each once. */
  collectors: CollectorRef[];
  /** The inspection with the latest `checkedAt`, or null when no copy had one. */
  inspection: Inspection | null;
  /**
   * Findings this Pantau cannot recompute from exported data, taken from the copy that supplied the
   * inspection, else the latest-seen copy: codes of a newer Pantau, and codes whose evidence stays
   * with the collector (CARRIED_CODES). Every other code is recomputed.
   */
  foreignFindings: RekapFinding[];
}

/** Something the auditor should know about the inputs; `params` fill the message (i18n). */
export type RekapWarning =
  | { code: 'registry-versions'; params: [versions: string] }
  | { code: 'outside-domains'; params: [count: string] }
  | { code: 'overlap'; params: [] }
  | { code: 'same-collector'; params: [collector: string, count: string] };

/** The merged result. Everything is sorted, so the same inputs in any order give the same rekap. */
export interface Rekap {
  /** The exports merged, sorted by exportedAt then collector; duplicates already removed. */
  sources: RekapSource[];
  /** Merged hosts under the watched domains, sorted by host (code-unit order). */
  hosts: MergedHost[];
  /** Inputs left out because every export in them was already merged (the same file twice). */
  duplicates: number;
  /** The latest exportedAt of any source that listed hosts (epoch ms), or null when there is none. */
  asOf: number | null;
  warnings: RekapWarning[];
  /** Proposals ("Laporkan aplikasi") of every input, the newest per host and collector. */
  proposals: ExportProposalV1[];
}
