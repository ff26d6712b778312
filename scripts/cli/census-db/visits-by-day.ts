import type { ExportV1 } from '../../../utils/export/export-schema';
import { isUnderDomain } from '../../../utils/domains/host-match';

/**
 * Exports carry no per-day activity (the local record's `days` stay in the browser), so the census
 * counts what they do say: per UTC day, how many collectors' copies of a host had their LAST visit
 * that day, and those copies' visits. Keys are "YYYY-MM-DD host". Bounded by hosts × days.
 */
export type DayCounts = Map<string, { copies: number; visits: number }>;

/** Adds one merged export's host copies (a rekap given as input has no per-collector copies: skipped). */
export function countDays(days: DayCounts, data: ExportV1, domains: readonly string[]): void {
  if (data.collectors !== undefined && data.collectors.length > 0) return;
  for (const host of data.hosts) {
    if (!domains.some((domain) => isUnderDomain(host.host, domain))) continue;
    const key = `${host.lastSeen.slice(0, 10)} ${host.host}`;
    const counts = days.get(key);
    if (counts === undefined) days.set(key, { copies: 1, visits: host.visits });
    else {
      counts.copies += 1;
      counts.visits += host.visits;
    }
  }
}
