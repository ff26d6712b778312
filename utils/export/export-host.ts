import { computeFindings, findingMessage } from '../findings';
import type { HostRecord } from '../host-record';
import { inspectionView } from '../inspection/inspection-view';
import type { Inspection, InspectionRecord, InspectionSettings } from '../inspection/types';
import type { RegistryEntry } from '../registry/schema';
import { DEFAULT_INSPECTION_SETTINGS } from '../settings';
import type { ExportHostV1, ExportInspectionV1 } from './export-schema';

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

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
    app: entry === null ? null : { id: entry.id, name: entry.name, opd: entry.opd, status: entry.status },
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
