import { computeFindings, findingMessage } from '../findings/findings';
import type { HostRecord } from '../visits/host-record';
import { inspectionView } from '../inspection/inspection-view';
import { PLACEHOLDER_KINDS, type Inspection, type InspectionRecord, type InspectionSettings, type PlaceholderKind } from '../inspection/types';
import type { RegistryEntry } from '../registry/schema';
import { DEFAULT_INSPECTION_SETTINGS } from '../settings/settings';
import type { ExportHostV1, ExportInspectionV1 } from './export-schema';

/** An epoch-milliseconds time as exports write it (ISO 8601, UTC). */
export const iso = (epochMs: number): string => new Date(epochMs).toISOString();

/** The `app` of an export host: the registry entry's identity and status, or null when unregistered. */
export function exportApp(entry: Pick<RegistryEntry, 'id' | 'name' | 'opd' | 'status'> | null): ExportHostV1['app'] {
  return entry === null ? null : { id: entry.id, name: entry.name, opd: entry.opd, status: entry.status };
}

/** The `inspection` object of an export host (docs/export-format.md). */
export function exportInspection(view: Inspection): ExportInspectionV1 {
  return {
    checkedAt: iso(view.checkedAt),
    status: view.status,
    finalUrl: view.finalUrl,
    redirects: view.redirects.map((hop) => ({ url: hop.url, status: hop.status })),
    https: view.https,
    hsts: view.hsts,
    server: view.server,
    poweredBy: view.poweredBy,
    software: view.software.map((item) => ({ name: item.name, version: item.version })),
    title: view.title,
    placeholder: view.placeholder,
    passwordField: view.passwordField,
    newestDate: view.newestDate,
    copyrightYear: view.copyrightYear,
    error: view.error,
    lastModified: view.lastModified === null ? null : iso(view.lastModified),
    ...(view.source === 'sweep' ? { source: 'sweep' as const } : {}),
  };
}

const isPlaceholderKind = (value: string | null): value is PlaceholderKind =>
  value !== null && (PLACEHOLDER_KINDS as readonly string[]).includes(value);

const epochOrNull = (value: string | null | undefined): number | null => {
  const time = value === null || value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(time) ? null : time;
};

/**
 * The inverse of exportInspection, for a merge that recomputes findings from exported data. What
 * an export does not carry is left unknown (null), never guessed: the generator tag, the page
 * language, whether a password form posts to HTTP (only "a password field on an HTTP page" can be
 * told again). Findings that need those facts are carried over from the source by the merge.
 */
export function inspectionFromExport(exported: ExportInspectionV1): Inspection {
  const checkedAt = epochOrNull(exported.checkedAt) ?? 0;
  const pageRead = exported.title !== null || exported.newestDate !== null || exported.passwordField !== null;
  return {
    checkedAt,
    status: exported.status,
    error: exported.error ?? null,
    finalUrl: exported.finalUrl,
    redirects: exported.redirects.map((hop) => ({ url: hop.url, status: hop.status })),
    https: exported.https,
    hsts: exported.hsts,
    server: exported.server,
    poweredBy: exported.poweredBy,
    lastModified: epochOrNull(exported.lastModified),
    software: exported.software.map((item) => ({ name: item.name, version: item.version })),
    title: exported.title,
    generators: [],
    lang: null,
    placeholder: isPlaceholderKind(exported.placeholder) ? exported.placeholder : null,
    passwordField: exported.passwordField,
    passwordOverHttp: exported.passwordField === true && exported.https === false ? true : null,
    newestDate: exported.newestDate,
    copyrightYear: exported.copyrightYear,
    pageCheckedAt: pageRead ? checkedAt : null,
    scanMs: null,
    ...(exported.source === 'sweep' ? { source: 'sweep' as const } : {}),
  };
}

/**
 * One host of an export, from everything known about it: its registry entry (null when
 * unregistered), its visit record, its stored inspection (null when none) and the settings
 * findings depend on. The one place that shapes an export host, so a merge of several collectors'
 * data can build hosts exactly as a single collector's export does.
 */
export function exportHost(
  entry: RegistryEntry | null,
  record: HostRecord,
  inspection: InspectionRecord | null = null,
  settings: InspectionSettings = DEFAULT_INSPECTION_SETTINGS,
): ExportHostV1 {
  const view = inspectionView(inspection);
  const host: ExportHostV1 = {
    host: record.host,
    registered: entry !== null,
    app: exportApp(entry),
    firstSeen: iso(record.firstSeen),
    lastSeen: iso(record.lastSeen),
    visits: record.visits,
    // Records hold origin + path only (sanitiseUrl); copied as is, never re-derived from a full URL.
    lastUrl: record.lastUrl,
    lastTitle: record.lastTitle,
    lastOutcome: record.lastOutcome,
    lastError: record.lastError,
    findings: computeFindings(entry, record, view, { staleMonths: settings.staleMonths }).map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      message: findingMessage(finding.code, 'id', finding.detail),
      ...(finding.detail === undefined ? {} : { detail: finding.detail }),
    })),
  };
  // Only present when there is something to say, so hosts of older data look as they always did.
  if (view !== null) host.inspection = exportInspection(view);
  return host;
}
