import type { PantauDatabase } from '../db/open-db';
import { INSPECTED_DOMAINS } from '../domains/allowed-domains';
import type { BadgeState } from '../findings/badge';
import type { FetchLike } from '../http/read-body';
import { createInspectionService, type ResponseDetails } from '../inspection/inspection-service';
import type { Handlers } from '../messaging/protocol';
import { createRegistryProvider, type RegistryProvider } from '../registry/registry-in-force';
import type { Registry } from '../registry/schema';
import type { OpdUnit } from '../registry/opd-list-schema';
import { createDomainService, type PermissionsApi } from './domains-service';
import { createProposalsService } from './proposals-service';
import type { RecordingAlarm } from './recording-alarm';
import { createRegistryService } from './registry-service';
import { createReinspectService } from './reinspect-service';
import { createRouter, RequestRefused } from './router';
import { createSettingsService } from './settings-service';
import { createSiteViewService } from './site-view-service';
import { createSweepService } from './sweep-service';
import { createUnitsService } from './units-service';
import type { UnitPlan } from '../units/unit-plan-schema';
import { createVisitsService, type NavigationDetails } from './visits-service';

export type { NavigationDetails, ResponseDetails };
export type { SelfIdentity } from './router';

export interface BackgroundDeps {
  getDb: () => Promise<PantauDatabase>;
  /**
   * The registry shipped with this build, in force until an administrator replaces it: read and
   * checked on first use (the worker reads it from the package: utils/background/packaged-data.ts).
   */
  bundled: () => Promise<Registry>;
  /** The registry in force (default: read from `getDb`, falling back to `bundled`). */
  registry?: RegistryProvider;
  /** The expected-unit plan shipped with this build, read on first use (like `bundled`). */
  unitPlan: () => Promise<UnitPlan>;
  /** The city's OPD list shipped with this build, read on first use (a CSV registry names units by it). */
  opdUnits: () => Promise<readonly OpdUnit[]>;
  extension: { version: string; browser: string };
  now?: () => number;
  /** Applies a badge to one tab; the background passes the browser action API. */
  setBadge: (tabId: number, badge: BadgeState) => Promise<void>;
  /** Reads a tab's title (host permission makes it visible for city pages only). */
  getTabTitle: (tabId: number) => Promise<string | undefined>;
  /** Starts the page inspection in a tab (the background injects the content script; optional in tests). */
  inspectPage?: (tabId: number) => Promise<unknown>;
  /** Tells the user when visits cannot be saved (utils/background/recording-alarm.ts); optional in tests. */
  recordingAlarm?: Pick<RecordingAlarm, 'failed' | 'succeeded' | 'current'>;
  /** The network, for the registry update URL only (default: every download fails). */
  fetchFn?: FetchLike;
  /** Host permissions of optional watched domains (default: none granted). */
  permissions?: PermissionsApi;
}

const NO_NETWORK: FetchLike = () => Promise.reject(new TypeError('no network in this context'));
const NO_PERMISSIONS: PermissionsApi = { contains: async () => false, remove: async () => false };

/**
 * The background's services, each created with what it needs (no service creates another), and the
 * router that hands each request to its handler. Everything is plain functions of injected
 * dependencies, so it runs in Node tests with fake-indexeddb and no browser; the entrypoint's
 * `main()` passes the browser's APIs and wires listeners to what this returns.
 */
export function createBackground(deps: BackgroundDeps) {
  const now = deps.now ?? Date.now;
  const { getDb } = deps;
  const registry = deps.registry ?? createRegistryProvider({ getDb, bundled: deps.bundled });

  const siteView = createSiteViewService({ getDb, registry, now, extension: deps.extension, recordingAlarm: deps.recordingAlarm });
  const visits = createVisitsService({
    getDb,
    registry,
    now,
    setBadge: deps.setBadge,
    getTabTitle: deps.getTabTitle,
    inspectPage: deps.inspectPage,
    recordingAlarm: deps.recordingAlarm,
  });
  const inspection = createInspectionService({ getDb, domains: INSPECTED_DOMAINS, now, showBadge: visits.showBadge });
  const reinspection = createReinspectService({ inspectPage: deps.inspectPage });
  const registryService = createRegistryService({ getDb, bundled: deps.bundled, registry, now, fetchFn: deps.fetchFn ?? NO_NETWORK, opdUnits: deps.opdUnits });
  const domains = createDomainService({ getDb, registry, permissions: deps.permissions ?? NO_PERMISSIONS });
  const proposals = createProposalsService({ getDb, registry, now });
  const settings = createSettingsService({ getDb });
  const sweep = createSweepService({ getDb, registry, now });
  const units = createUnitsService({ getDb, bundled: deps.unitPlan, now });

  const handlers: Handlers = {
    getSiteCard: (request) => siteView.siteCard(request.url),
    getOverview: () => siteView.overview(),
    getExport: () => siteView.exportData(),
    reinspectTab: (request) => reinspection.reinspect(request.tabId),
    // Only content scripts send this, through the router's sender check.
    pageInspected: () => Promise.reject(new RequestRefused('forbidden', 'pageInspected is accepted from a city page’s content script only')),
    ...settings.handlers,
    ...sweep.handlers,
    ...registryService.handlers,
    ...proposals.handlers,
    ...domains.handlers,
    ...units.handlers,
  };
  const router = createRouter(handlers, async (host, report, pageUrl, tabId) => {
    const stored = await inspection.onPageRead(host, report, pageUrl, tabId);
    reinspection.pageRead(tabId);
    return stored;
  });

  return {
    onBeforeNavigate: visits.onBeforeNavigate,
    onCommitted: visits.onCommitted,
    onErrorOccurred: visits.onErrorOccurred,
    onCompleted: visits.onCompleted,
    recoverOpenDocuments: visits.recoverOpenDocuments,
    onBeforeRedirect: inspection.onBeforeRedirect,
    onResponseCompleted: inspection.onResponseCompleted,
    onResponseError: inspection.onResponseError,
    onPageInspected: inspection.onPageInspected,
    handleRequest: router.handleRequest,
    handleMessage: router.handleMessage,
    siteCard: siteView.siteCard,
    /** The daily alarm's registry check (skipped unless an update URL is set and a day has passed). */
    runScheduledCheck: registryService.runScheduledCheck,
    /** Start-up and permissions.onRemoved: drop watched domains whose permission is gone. */
    reconcileDomains: domains.reconcile,
    /** Each request's handler, as the router calls it. */
    handlers,
  };
}

export type Background = ReturnType<typeof createBackground>;
