import { exportApp, iso } from '../export/export-host';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHostV1, type ExportV1 } from '../export/export-schema';
import type { CensusRegistry } from './census';
import { findingsForHost } from './host-findings';
import type { Rekap } from './rekap-types';

/** What the rekap file says about itself; the caller supplies it so this stays pure. */
export interface RekapExportMeta {
  /** When the rekap file is written. */
  now: Date;
  domain: string;
  /** The auditor who made the rekap (may be empty). */
  collector: { name: string; unit: string };
  /** What made it: Pantau's version and `dashboard` or `cli`. */
  extension: { version: string; browser: string };
  registryVersion: string;
}


/**
 * The rekap as a version 1 export: the same format as a collector's file, so every tool that
 * reads one reads the other, plus `collectors` (the exports merged) at the top and on each host.
 * `registered`, `app` and the findings are recomputed against the current registry; an
 * inspection is passed on whole. Feeding this file back into a rekap adds nothing twice.
 */
export function rekapToExport(rekap: Rekap, registry: CensusRegistry, meta: RekapExportMeta): ExportV1 {
  const hosts: ExportHostV1[] = rekap.hosts.map((host) => {
    const entry = registry.lookup(host.host);
    const item: ExportHostV1 = {
      host: host.host,
      registered: entry !== null,
      app: exportApp(entry),
      firstSeen: iso(host.firstSeen),
      lastSeen: iso(host.lastSeen),
      visits: host.visits,
      lastUrl: host.lastUrl,
      lastTitle: host.lastTitle,
      lastOutcome: host.lastOutcome,
      lastError: host.lastError,
      findings: findingsForHost(entry, host),
      collectors: host.collectors.map((c) => ({ name: c.name, unit: c.unit })),
      seenBy: [...host.seenBy],
    };
    return host.inspection === null ? item : { ...item, inspection: host.inspection };
  });
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: meta.now.toISOString(),
    domain: meta.domain,
    collector: { name: meta.collector.name, unit: meta.collector.unit },
    extension: { version: meta.extension.version, browser: meta.extension.browser },
    registry: { version: meta.registryVersion, entries: registry.entries.length },
    hosts,
    collectors: rekap.sources.map((s) => ({
      name: s.name,
      unit: s.unit,
      exportedAt: s.exportedAt,
      registryVersion: s.registryVersion,
      hosts: s.hosts,
    })),
    proposals: rekap.proposals,
  };
}
