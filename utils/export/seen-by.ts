import type { HostRecord } from '../visits/host-record';
import { inspectionView } from '../inspection/inspection-view';
import type { InspectionRecord } from '../inspection/types';

/**
 * How a host came to be seen: visited in this browser, answered the census sweep ("Periksa
 * semua"), or both. A host the sweep got an HTTP answer from is a host seen alive, exactly like a
 * visited one, so every count, export and rekap lists it; `seenBy` says which way it was seen.
 * A sweep that got no answer (DNS failure, refused) does not make a host seen.
 */
export type SeenBy = 'visit' | 'sweep';

/** What seen-by reads of an inspection (a stored view or an exported one). */
export interface SweepEvidence {
  source?: string;
  status: number | null;
  error?: string | null;
  finalUrl: string | null;
}

/**
 * Whether a sweep got an answer: an HTTP status, or a redirect whose target the browser hides
 * (no status, no error, an address that answered), which the sweep counts alive too.
 */
export function sweepAnswered(inspection: SweepEvidence | null): boolean {
  if (inspection === null || inspection.source !== 'sweep') return false;
  if (inspection.status !== null) return true;
  return (inspection.error ?? null) === null && inspection.finalUrl !== null;
}

/** The time a sweep got an answer from the host, or null (no sweep, or no answer). */
export function sweepAnswerAt(inspection: (SweepEvidence & { checkedAt: number }) | null): number | null {
  return inspection !== null && sweepAnswered(inspection) ? inspection.checkedAt : null;
}

/**
 * The local record a host answered only by a sweep stands for: no visits, first and last seen at
 * the sweep's answer, the page the sweep ended on. Null when the sweep got no HTTP answer.
 */
export function sweptRecord(inspection: InspectionRecord): HostRecord | null {
  const view = inspectionView(inspection);
  const at = sweepAnswerAt(view);
  if (view === null || at === null) return null;
  return {
    host: inspection.host,
    firstSeen: at,
    lastSeen: at,
    visits: 0,
    lastUrl: view.finalUrl,
    lastTitle: view.title,
    lastOutcome: 'ok',
    lastError: null,
    days: {},
  };
}

/**
 * Visit records plus a record for every host a sweep answered that was never visited, so that the
 * overview, the export and everything built on them count the same hosts. Sorted as given, new
 * ones after.
 */
export function withSweptRecords(records: readonly HostRecord[], inspections: readonly InspectionRecord[]): HostRecord[] {
  const visited = new Set(records.map((record) => record.host));
  const swept = inspections.flatMap((inspection) => {
    if (visited.has(inspection.host)) return [];
    const record = sweptRecord(inspection);
    return record === null ? [] : [record];
  });
  return [...records, ...swept];
}

/** Which ways a host was seen: visits first, then the sweep. */
export function seenBy(visits: number, sweptAt: number | null): SeenBy[] {
  return [...(visits > 0 ? (['visit'] as const) : []), ...(sweptAt !== null ? (['sweep'] as const) : [])];
}
