import { FINGERPRINTS, type Fingerprint } from './fingerprints';
import type { Software } from './types';

/** What the page offers as evidence (see Fingerprint); every list is already bounded by the sampler. */
export interface PageEvidence {
  generators: readonly string[];
  scripts: readonly string[];
  stylesheets: readonly string[];
  selectorHits: readonly string[];
  cookieNames: readonly string[];
}

const MAX_VERSION_LENGTH = 20;

/**
 * Applies patterns to values: whether any matched, and the first version a capture group gave.
 * Keeps looking for a version after the first plain match (a page may load `jquery.min.js` from
 * one place and `jquery-3.6.0.min.js` from another).
 */
function matchAll(patterns: readonly RegExp[] | undefined, values: readonly string[]): { found: boolean; version: string | null } {
  let found = false;
  let version: string | null = null;
  if (patterns === undefined) return { found, version };
  for (const pattern of patterns) {
    for (const value of values) {
      const match = pattern.exec(value);
      if (match === null) continue;
      found = true;
      const captured = match[1];
      if (captured !== undefined && captured.length <= MAX_VERSION_LENGTH) return { found, version: captured };
    }
  }
  return { found, version };
}

function detect(
  table: readonly Fingerprint[],
  evidence: (fingerprint: Fingerprint) => Array<{ found: boolean; version: string | null }>,
): Software[] {
  const software: Software[] = [];
  for (const fingerprint of table) {
    const results = evidence(fingerprint);
    if (!results.some((result) => result.found)) continue;
    software.push({ name: fingerprint.name, version: results.find((result) => result.version !== null)?.version ?? null });
  }
  return software;
}

/** Software recognised from a page's evidence, in table order. */
export function detectPageSoftware(page: PageEvidence, table: readonly Fingerprint[] = FINGERPRINTS): Software[] {
  const selectorHits = new Set(page.selectorHits);
  return detect(table, (fingerprint) => [
    matchAll(fingerprint.generator, page.generators),
    matchAll(fingerprint.script, page.scripts),
    matchAll(fingerprint.stylesheet, page.stylesheets),
    matchAll(fingerprint.cookie, page.cookieNames),
    { found: (fingerprint.selector ?? []).some((selector) => selectorHits.has(selector)), version: null },
  ]);
}

/** Software recognised from the `Server` and `X-Powered-By` headers, in table order. */
export function detectHeaderSoftware(
  server: string | null,
  poweredBy: string | null,
  table: readonly Fingerprint[] = FINGERPRINTS,
): Software[] {
  return detect(table, (fingerprint) => [
    matchAll(fingerprint.server, server === null ? [] : [server]),
    matchAll(fingerprint.poweredBy, poweredBy === null ? [] : [poweredBy]),
  ]);
}

/**
 * One entry per name, in table order (names not in the table last), keeping the first known
 * version: the page and the headers may each see part of the picture.
 */
export function mergeSoftware(lists: ReadonlyArray<readonly Software[]>, table: readonly Fingerprint[] = FINGERPRINTS): Software[] {
  const byName = new Map<string, Software>();
  for (const list of lists) {
    for (const item of list) {
      const known = byName.get(item.name);
      if (known === undefined) byName.set(item.name, { name: item.name, version: item.version });
      else if (known.version === null && item.version !== null) known.version = item.version;
    }
  }
  const order = new Map(table.map((fingerprint, index) => [fingerprint.name, index]));
  return [...byName.values()].sort((a, b) => (order.get(a.name) ?? table.length) - (order.get(b.name) ?? table.length));
}

export { softwareLabel } from './software-label';
