import type { HostRecord } from './host-record';
import type { RegistryEntry } from './registry/schema';

/**
 * Findings: what an auditor should act on for one host. Codes are stable identifiers that
 * exports and merges rely on; never rename one, only add.
 */
export type Severity = 'high' | 'medium' | 'low';
export type FindingCode = 'unregistered' | 'registry-not-active' | 'unreachable';

export interface FindingDefinition {
  severity: Severity;
  /** Indonesian message (the office language; used in exports). */
  id: string;
  en: string;
}

export const FINDINGS: Readonly<Record<FindingCode, FindingDefinition>> = {
  unregistered: {
    severity: 'high',
    id: 'Host kota ini tidak ada di registri aplikasi. OPD pemiliknya perlu melaporkannya.',
    en: 'This city host is not in the app registry. Its owning unit needs to report it.',
  },
  'registry-not-active': {
    severity: 'medium',
    id: 'Registri mencatat aplikasi ini tidak aktif atau masih dikembangkan, tetapi situsnya dapat dibuka.',
    en: 'The registry lists this app as inactive or in development, but the site loaded.',
  },
  unreachable: {
    severity: 'high',
    id: 'Kunjungan terakhir gagal karena galat jaringan.',
    en: 'The last visit failed with a network error.',
  },
};

export interface Finding {
  code: FindingCode;
  severity: Severity;
}

const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/**
 * The findings for one host: a pure function of its registry entry (null when unregistered) and
 * its local record (null when never visited). Ordered most severe first, then by code.
 */
export function computeFindings(entry: RegistryEntry | null, record: HostRecord | null): Finding[] {
  const findings: Finding[] = [];
  const add = (code: FindingCode) => findings.push({ code, severity: FINDINGS[code].severity });
  if (record !== null && entry === null) add('unregistered');
  if (record !== null && record.lastOutcome === 'error') add('unreachable');
  if (
    record !== null &&
    entry !== null &&
    record.lastOutcome === 'ok' &&
    (entry.status === 'tidak-aktif' || entry.status === 'pengembangan')
  ) {
    add('registry-not-active');
  }
  return findings.sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.code.localeCompare(b.code),
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

/** A finding's message in one language. */
export function findingMessage(code: FindingCode, lang: 'id' | 'en'): string {
  return FINDINGS[code][lang];
}
