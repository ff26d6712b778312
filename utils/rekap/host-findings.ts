import { inspectionFromExport } from '../export/export-host';
import { computeFindings, findingMessage, type FindingOptions } from '../findings/findings';
import type { HostRecord } from '../visits/host-record';
import type { RegistryEntry } from '../registry/schema';
import type { MergedHost, RekapFinding } from './rekap-types';

const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;

/** The merged host as the local-record shape findings are computed from (no per-day activity). */
export function asHostRecord(host: MergedHost): HostRecord {
  return {
    host: host.host,
    firstSeen: host.firstSeen,
    lastSeen: host.lastSeen,
    visits: host.visits,
    lastUrl: host.lastUrl,
    lastTitle: host.lastTitle,
    lastOutcome: host.lastOutcome,
    lastError: host.lastError,
    days: {},
  };
}

/**
 * THE place a merged host's findings come from, against the CURRENT registry (whatever registry
 * the collectors had): the codes this Pantau knows are recomputed by utils/findings/findings.ts; codes it
 * cannot recompute (a newer Pantau's, or CARRIED_CODES) are carried over as they came. The latest
 * inspection feeds the page findings. Most severe first, then by code.
 */
export function findingsForHost(
  entry: RegistryEntry | null,
  host: MergedHost,
  options: FindingOptions = { staleMonths: 12 },
): RekapFinding[] {
  const inspection = host.inspection === null ? null : inspectionFromExport(host.inspection);
  const computed: RekapFinding[] = computeFindings(entry, asHostRecord(host), inspection, options).map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    message: findingMessage(finding.code, 'id', finding.detail),
    ...(finding.detail === undefined ? {} : { detail: finding.detail }),
  }));
  const codes = new Set(computed.map((finding) => finding.code));
  const carried = host.foreignFindings.filter((finding) => !codes.has(finding.code));
  return [...computed, ...carried].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** What the collectors saw of a host, in the auditor's words. */
export type ObservedState = 'live' | 'down' | 'placeholder' | 'never-seen';

/**
 * A seen host's state. The latest inspection is the most specific evidence when there is one: a
 * placeholder page or an HTTP error status loads "fine" as far as navigation is concerned.
 * Inspection fields are read defensively; anything unexpected is simply not used.
 */
export function observedState(host: MergedHost | null): ObservedState {
  if (host === null) return 'never-seen';
  if (host.lastOutcome === 'error') return 'down';
  const inspection = host.inspection;
  if (inspection !== null) {
    if (typeof inspection.placeholder === 'string' && inspection.placeholder !== '') return 'placeholder';
    if (typeof inspection.status === 'number' && inspection.status >= 400) return 'down';
  }
  return 'live';
}
