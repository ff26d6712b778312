import type { HostRecord } from '../visits/host-record';
import type { InspectionRecord, InspectionSettings } from '../inspection/types';
import type { RegistryIndex } from '../registry/registry-index';
import type { ProposalRecord } from '../proposals/proposals-to-registry';
import type { RegistryEntry } from '../registry/schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-marker';
import type { EXPORT_APP_STATUSES, ExportProposalV1, ExportV1 } from './export-schema';
import { exportHost, iso } from './export-host';
import { withSweptRecords } from './seen-by';

/** What the export needs of the registry index, so tests can hand in a two-member fake. */
export type ExportRegistryIndex = Pick<RegistryIndex, 'lookup' | 'entries'>;

/** Everything {@link buildExport} reads; the caller gathers it so this stays pure. */
export interface BuildExportInput {
  records: readonly HostRecord[];
  index: ExportRegistryIndex;
  registryVersion: string;
  domain: string;
  collector: { name: string; unit: string };
  extension: { version: string; browser: string };
  now: Date;
  /** Stored inspections (any order; hosts without one export no `inspection`). */
  inspections?: readonly InspectionRecord[];
  /** Settings findings depend on; the defaults when absent. */
  settings?: InspectionSettings;
  /** Stored proposals; written as `proposals` (an empty list too) when given. */
  proposals?: readonly ProposalRecord[];
}

// The export schema keeps its own copy of REGISTRY_STATUSES (a new registry status would be a
// breaking change to export version 1); this fails to compile if the two lists drift apart, so
// that change is a decision, not an accident.
type ExportAppStatus = (typeof EXPORT_APP_STATUSES)[number];
type SameStatuses = [RegistryEntry['status']] extends [ExportAppStatus]
  ? [ExportAppStatus] extends [RegistryEntry['status']]
    ? true
    : false
  : false;
const statusesMatch: SameStatuses = true;
void statusesMatch;

/** A stored proposal as the export writes it: the proposal's fields, then who and when. */
export function exportProposal(record: ProposalRecord): ExportProposalV1 {
  return { ...record.proposal, collector: { name: record.collector.name, unit: record.collector.unit }, createdAt: iso(record.createdAt) };
}

/** By host, then collector (code-unit order, so every machine writes the same file). */
export function compareProposals(a: ExportProposalV1, b: ExportProposalV1): number {
  const key = (p: ExportProposalV1) => [p.host, p.collector.name, p.collector.unit, p.createdAt];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? '') < (y[i] ?? '') ? -1 : 1;
  return 0;
}

/**
 * Builds a version 1 export from the local host records and the hosts a sweep answered. Pure and deterministic: hosts are sorted
 * by name (code-unit order, not locale order, so every machine writes the same file).
 */
/** Who wrote an export, when, and against which registry: the fields before `hosts`. */
export interface ExportMeta {
  now: Date;
  domain: string;
  collector: { name: string; unit: string };
  extension: { version: string; browser: string };
  registryVersion: string;
}

/** The envelope every export and rekap file starts with (its `registry.entries` is the index's size). */
export function exportEnvelope(meta: ExportMeta, registryEntries: number) {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: meta.now.toISOString(),
    domain: meta.domain,
    collector: { name: meta.collector.name, unit: meta.collector.unit },
    extension: { version: meta.extension.version, browser: meta.extension.browser },
    registry: { version: meta.registryVersion, entries: registryEntries },
  } as const;
}

export function buildExport(input: BuildExportInput): ExportV1 {
  const inspections = new Map((input.inspections ?? []).map((inspection) => [inspection.host, inspection]));
  // A host only the census sweep answered is a host seen too (utils/export/seen-by.ts).
  const hosts = withSweptRecords(input.records, input.inspections ?? [])
    .map((record) => exportHost(input.index.lookup(record.host), record, inspections.get(record.host) ?? null, input.settings))
    .sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
  return {
    ...exportEnvelope(input, input.index.entries.length),
    hosts,
    ...(input.proposals === undefined ? {} : { proposals: input.proposals.map(exportProposal).sort(compareProposals) }),
  };
}
