import type { ExportHostV1 } from '../export/export-schema';
import { sweepAnswered } from '../export/seen-by';
import { compareText } from './rekap-sources';
import type { Inspection } from './rekap-types';

/** How the merge reads and unites `seenBy` (utils/export/seen-by.ts) over the copies of a host. */

/** How a copy was seen; older exports carry no `seenBy`, and were all made of visits. */
export function seenByOf(host: ExportHostV1, inspection: { value: Inspection; time: number } | null): string[] {
  if (Array.isArray(host.seenBy)) return host.seenBy;
  const swept = inspection !== null && sweepAnswered(inspection.value);
  return [...(host.visits > 0 || !swept ? ['visit'] : []), ...(swept ? ['sweep'] : [])];
}

/** Visits first, then the sweep, then anything a newer Pantau adds (code-unit order). */
const SEEN_ORDER = ['visit', 'sweep'];
export const sortSeenBy = (ways: Iterable<string>): string[] =>
  [...ways].sort((a, b) => (SEEN_ORDER.indexOf(a) + 1 || 99) - (SEEN_ORDER.indexOf(b) + 1 || 99) || compareText(a, b));

/** When the kept inspection is a sweep's answer: its time (epoch ms), else null. */
export function sweptAtOf(inspection: { value: Inspection; time: number } | null): number | null {
  return inspection !== null && sweepAnswered(inspection.value) ? inspection.time : null;
}
