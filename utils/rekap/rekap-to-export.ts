import { exportApp, iso } from '../export/export-host';
import type { ExportHostV1, ExportV1 } from '../export/export-schema';
import type { CensusRegistry } from './census';
import { findingsForHost } from './host-findings';
import type { Rekap } from './rekap-types';
import { exportEnvelope, type ExportMeta } from '../export/build-export';

/** What the rekap file says about itself; the caller supplies it so this stays pure. */
/** Who made the rekap file and when (the auditor may be empty; the extension is Pantau's version and `dashboard` or `cli`). */
export type RekapExportMeta = ExportMeta;


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
    };
    return host.inspection === null ? item : { ...item, inspection: host.inspection };
  });
  return {
    ...exportEnvelope(meta, registry.entries.length),
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
