/**
 * Counts (visits) are summed across days, collectors and rekaps of rekaps. Past
 * Number.MAX_SAFE_INTEGER a sum is no longer exact and the export schema refuses it, so a rekap of
 * two huge exports could not be merged again (issue 10, fault 6). Sums saturate at the bound
 * instead; whoever sums says so when it happened.
 */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** `a + b`, but never more than MAX_COUNT. */
export function addCounts(a: number, b: number): number {
  const sum = a + b;
  return sum >= MAX_COUNT ? MAX_COUNT : sum;
}
