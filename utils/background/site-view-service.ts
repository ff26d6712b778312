import type { PantauDatabase } from '../db/open-db';
import { ALLOWED_DOMAINS } from '../domains/allowed-domains';
import { getWatchedDomains } from '../domains/domain-store';
import { isUnderDomain, cityHostFromUrl } from '../domains/host-match';
import { buildExport } from '../export/build-export';
import { sweptRecord, withSweptRecords } from '../export/seen-by';
import type { ExportV1 } from '../export/export-schema';
import { badgeFor } from '../findings/badge';
import { computeFindings } from '../findings/findings';
import { inspectionView } from '../inspection/inspection-view';
import type { Overview, SiteCard } from '../messaging/views';
import { listProposals } from '../proposals/proposal-store';
import type { RegistryContext, RegistryProvider } from '../registry/registry-in-force';
import { getCollector, getInspectionSettings } from '../settings/settings';
import type { RecordingAlarm } from './recording-alarm';
import { readSiteCard, type SiteCardRead } from './site-card-read';

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
  /** The card of a host from what one read returned: registry entry, record, inspection, findings and badge. */
  function cardOf(context: RegistryContext, host: string, read: Pick<SiteCardRead, 'record' | 'inspection' | 'settings'>): CityCard {
    const entry = context.index.lookup(host);
    const inspection = inspectionView(read.inspection);
    // Never visited but answered by the census sweep: seen, as everywhere else (utils/export/seen-by.ts).
    const seen = read.record ?? (read.inspection === null ? null : sweptRecord(read.inspection));
    const findings = computeFindings(entry, seen, inspection, read.settings);
    return { kind: 'city', host, entry, record: seen, findings, badge: badgeFor(host, entry, seen, findings), inspection };
  }

  /**
   * What the popup is opened for, so it is read in one go: the host is taken from the URL against
   * every domain Pantau may watch (memory only), and the watched domains, the registry revision and
   * the host's rows come from one read-only transaction. The registry itself is the worker's
   * snapshot of that revision, read again only when the revision or the domains changed.
   */
  async function siteCard(url: string | null): Promise<SiteCard> {
    const db = await deps.getDb();
    const host = url === null ? null : cityHostFromUrl(url, ALLOWED_DOMAINS);
    if (host === null) return { kind: 'not-city', domains: await getWatchedDomains(db) };
    const read = await readSiteCard(db, host);
    if (!isWatched(host, read.domains)) return { kind: 'not-city', domains: read.domains };
    const context = await deps.registry.at(read.registryRevision, read.domains);
    return { ...cardOf(context, host, read), proposal: read.proposal, draft: read.draft };
  }

  async function overview(): Promise<Overview> {
    const context = await deps.registry.current();
    const db = await deps.getDb();
    // Records of a domain no longer watched stay stored (and come back if it is added again) but are not shown.
    const [visited, inspections] = await Promise.all([db.getAll('hosts'), db.getAll('inspections')]);
    const records = withSweptRecords(visited, inspections).filter((record) => isWatched(record.host, context.domains));
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
      inspections: inspections.filter((inspection) => isWatched(inspection.host, context.domains)),
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

  return { siteCard, overview, exportData };
}

export type SiteViewService = ReturnType<typeof createSiteViewService>;
