import type { PantauDatabase } from '../db/open-db';
import { isUnderDomain, cityHostFromUrl } from '../domains/host-match';
import { buildExport } from '../export/build-export';
import type { ExportV1 } from '../export/export-schema';
import { badgeFor } from '../findings/badge';
import { computeFindings } from '../findings/findings';
import { getInspectionRecord } from '../inspection/inspection-store';
import { inspectionView } from '../inspection/inspection-view';
import type { Overview, SiteCard } from '../messaging/views';
import { getDraft, getProposal, listProposals } from '../proposals/proposal-store';
import type { RegistryContext, RegistryProvider } from '../registry/registry-in-force';
import { getCollector, getInspectionSettings } from '../settings/settings';
import type { HostRecord } from '../visits/host-record';
import type { RecordingAlarm } from './recording-alarm';

export interface SiteViewServiceDeps {
  getDb: () => Promise<PantauDatabase>;
  registry: RegistryProvider;
  now: () => number;
  extension: { version: string; browser: string };
  /** Tells the popup when visits cannot be saved; optional in tests. */
  recordingAlarm?: Pick<RecordingAlarm, 'current'>;
}

export type CityCard = Extract<SiteCard, { kind: 'city' }>;

const isWatched = (host: string, domains: readonly string[]) => domains.some((domain) => isUnderDomain(host, domain));

/**
 * What the pages read about the local record: one host's card (also the badge's source), the
 * popup's overview, and the export. Reads only; every answer is computed from IndexedDB now.
 */
export function createSiteViewService(deps: SiteViewServiceDeps) {
  /** The card of a host: registry entry, record, inspection, findings and badge, read in one go. */
  async function cardFor(context: RegistryContext, host: string, known?: HostRecord | null): Promise<CityCard> {
    const db = await deps.getDb();
    const [record, stored, settings] = await Promise.all([
      known !== undefined ? known : db.get('hosts', host).then((r) => r ?? null),
      getInspectionRecord(db, host),
      getInspectionSettings(db),
    ]);
    const entry = context.index.lookup(host);
    const inspection = inspectionView(stored);
    const findings = computeFindings(entry, record, inspection, settings);
    return { kind: 'city', host, entry, record, findings, badge: badgeFor(host, entry, record, findings), inspection };
  }

  async function siteCard(url: string | null): Promise<SiteCard> {
    const context = await deps.registry.current();
    const host = url === null ? null : cityHostFromUrl(url, context.domains);
    if (host === null) return { kind: 'not-city', domains: context.domains };
    const db = await deps.getDb();
    const [card, proposal, draft] = await Promise.all([cardFor(context, host), getProposal(db, host), getDraft(db, host)]);
    return { ...card, proposal, draft };
  }

  async function overview(): Promise<Overview> {
    const context = await deps.registry.current();
    const db = await deps.getDb();
    // Records of a domain no longer watched stay stored (and come back if it is added again) but are not shown.
    const records = (await db.getAll('hosts')).filter((record) => isWatched(record.host, context.domains));
    return {
      registryVersion: context.info.version,
      registryByStatus: context.index.countsByStatus(),
      registryEntries: context.index.entries.length,
      hostsSeen: records.length,
      unregisteredSeen: records.filter((record) => context.index.lookup(record.host) === null).length,
      records,
      recordingProblem: (await deps.recordingAlarm?.current().catch(() => null)) ?? null,
    };
  }

  async function exportData(): Promise<ExportV1> {
    const context = await deps.registry.current();
    const db = await deps.getDb();
    // One read-only transaction, so records, inspections and proposals are of the same moment.
    const tx = db.transaction(['hosts', 'inspections', 'proposals'], 'readonly');
    const [records, inspections] = await Promise.all([tx.objectStore('hosts').getAll(), tx.objectStore('inspections').getAll()]);
    await tx.done;
    const [collector, settings, proposals] = await Promise.all([getCollector(db), getInspectionSettings(db), listProposals(db)]);
    return buildExport({
      records: records.filter((record) => isWatched(record.host, context.domains)),
      inspections,
      settings,
      index: context.index,
      registryVersion: context.info.version,
      domain: context.domains[0] ?? '',
      collector,
      proposals,
      extension: deps.extension,
      now: new Date(deps.now()),
    });
  }

  return { cardFor, siteCard, overview, exportData };
}

export type SiteViewService = ReturnType<typeof createSiteViewService>;
