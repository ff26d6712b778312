import { FINDINGS, type FindingCode, type Severity } from './finding-definitions';
import type { HostRecord } from '../visits/host-record';
import { olderThanMonths } from '../inspection/dates';
import { versionSources } from '../inspection/response-facts';
import type { Inspection } from '../inspection/types';
import type { RegistryEntry } from '../registry/schema';

export { FINDINGS, type FindingCode, type FindingDefinition, type Severity } from './finding-definitions';
export { findingAdvice, findingMessage } from './finding-text';

/**
 * Findings: what an auditor should act on for one host. See finding-definitions.ts for the codes
 * and their texts; this file decides when each applies.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /**
   * Machine-readable specifics, when the code has any: the error name (`unreachable`), the status
   * (`http-error`), the placeholder kind, the sources revealing versions, the newest date
   * (`stale-content`), or the cause (`registry-active-down`: unreachable, http-error, placeholder).
   */
  detail?: string;
}

/** Options of the findings that depend on settings. */
export interface FindingOptions {
  /** Newest content older than this many months is `stale-content`. */
  staleMonths: number;
}

export const DEFAULT_FINDING_OPTIONS: FindingOptions = { staleMonths: 12 };

/** The one finding that outranks every severity: a registered active app that is not working. */
const PROMINENT: FindingCode = 'registry-active-down';
const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

const isNotActive = (entry: RegistryEntry) => entry.status === 'tidak-aktif' || entry.status === 'pengembangan';

/**
 * The findings for one host: a pure function of its registry entry (null when unregistered), its
 * local record (null when never visited), its inspection (null when none was made) and options.
 * `registry-active-down` comes first; then most severe first, then by code. Called with two
 * arguments it gives exactly the foundation's findings.
 */
export function computeFindings(
  entry: RegistryEntry | null,
  record: HostRecord | null,
  inspection: Inspection | null = null,
  options: FindingOptions = DEFAULT_FINDING_OPTIONS,
): Finding[] {
  const findings: Finding[] = [];
  const add = (code: FindingCode, detail?: string | null) =>
    findings.push(detail === undefined || detail === null ? { code, severity: FINDINGS[code].severity } : { code, severity: FINDINGS[code].severity, detail });
  if (record === null) return [];

  const failed = record.lastOutcome === 'error' || (inspection !== null && inspection.error !== null);
  if (entry === null) add('unregistered');
  // The visit record and the response observer both see failures; either one is enough.
  if (failed) add('unreachable', record.lastOutcome === 'error' ? record.lastError : inspection?.error);

  // A failed load has no page to judge: page findings come only from a load that answered.
  const live = inspection !== null && !failed ? inspection : null;
  const httpError = live !== null && live.status !== null && live.status >= 400;
  const placeholder = live !== null && !httpError ? live.placeholder : null;
  if (httpError) add('http-error', String(live.status));
  if (placeholder !== null) add('placeholder', placeholder);
  if (live !== null) {
    if (live.https === false) add('no-https');
    if (live.passwordOverHttp === true) add('login-over-http');
    if (live.https === true && live.hsts === false) add('no-hsts');
    const sources = versionSources(live.server, live.poweredBy, live.generators);
    if (sources.length > 0) add('version-exposed', sources.join(', '));
    if (
      !httpError &&
      placeholder === null &&
      live.newestDate !== null &&
      live.pageCheckedAt !== null &&
      olderThanMonths(live.newestDate, options.staleMonths, live.pageCheckedAt)
    ) {
      add('stale-content', live.newestDate);
    }
  }

  const alive = !failed && placeholder === null && (live === null || live.status === null || (live.status >= 200 && live.status < 300));
  if (entry !== null && alive && isNotActive(entry)) add('registry-not-active');
  if (entry !== null && entry.status === 'aktif') {
    const cause = failed ? 'unreachable' : httpError ? 'http-error' : placeholder !== null ? 'placeholder' : null;
    if (cause !== null) add('registry-active-down', cause);
  }

  return findings.sort(
    (a, b) =>
      Number(b.code === PROMINENT) - Number(a.code === PROMINENT) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.code.localeCompare(b.code),
  );
}

/** The worst severity among findings, or null when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const finding of findings) {
    if (worst === null || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worst]) worst = finding.severity;
  }
  return worst;
}
