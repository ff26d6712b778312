// Shared fixtures for component tests: translators over the real messages.json files, a fake
// connector, and small builders for registry entries and host records.
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nProvider } from '../../../components/I18n';
import type { PantauConnector } from '../../../utils/connector';
import { translatorFromMessages, type Lang, type Translate } from '../../../utils/i18n';
import type { HostRecord } from '../../../utils/host-record';
import type { Overview } from '../../../utils/messages';
import type { RegistryEntry } from '../../../utils/registry/schema';
import { DEFAULT_INSPECTION_SETTINGS } from '../../../utils/settings';
import { DEFAULT_SWEEP_MEMORY } from '../../../utils/sweep/sweep-memory';
import enMessages from '../../../public/_locales/en/messages.json';
import idMessages from '../../../public/_locales/id/messages.json';

export const translators: Record<Lang, Translate> = {
  id: translatorFromMessages(idMessages),
  en: translatorFromMessages(enMessages),
};

/** Renders `ui` as the extension pages do, in one UI language (Indonesian by default). */
export function renderIn(ui: ComponentChildren, lang: Lang = 'id') {
  return render(<I18nProvider value={{ t: translators[lang], lang }}>{ui}</I18nProvider>);
}

/**
 * A connector whose methods reject unless a test supplies them. getInspectionSettings is the
 * exception: it answers the defaults, because its form shares the options page with the collector
 * form, whose tests should not see its errors (InspectionSettingsForm tests stub it explicitly).
 */
export function fakeConnector(methods: Partial<PantauConnector> = {}): PantauConnector {
  const missing = (name: string) => () => Promise.reject(new Error(`fake connector: ${name} not stubbed`));
  return {
    getSiteCard: missing('getSiteCard'),
    getOverview: missing('getOverview'),
    getExport: missing('getExport'),
    getSettings: missing('getSettings'),
    saveSettings: missing('saveSettings'),
    getPreferences: missing('getPreferences'),
    savePreferences: missing('savePreferences'),
    getInspectionSettings: async () => ({ ...DEFAULT_INSPECTION_SETTINGS }),
    saveInspectionSettings: missing('saveInspectionSettings'),
    storeSweepResult: missing('storeSweepResult'),
    getSweepMemory: async () => DEFAULT_SWEEP_MEMORY,
    saveSweepMemory: async (memory) => memory,
    getRegistry: missing('getRegistry'),
    applyRegistry: missing('applyRegistry'),
    restoreBundledRegistry: missing('restoreBundledRegistry'),
    undoRegistry: missing('undoRegistry'),
    setRegistryUpdateUrl: missing('setRegistryUpdateUrl'),
    checkRegistryUpdate: missing('checkRegistryUpdate'),
    getProposals: missing('getProposals'),
    saveProposal: missing('saveProposal'),
    deleteProposal: missing('deleteProposal'),
    getDraft: missing('getDraft'),
    saveDraft: missing('saveDraft'),
    deleteDraft: missing('deleteDraft'),
    getWatchedDomains: missing('getWatchedDomains'),
    addWatchedDomain: missing('addWatchedDomain'),
    removeWatchedDomain: missing('removeWatchedDomain'),
    requestHostPermissions: missing('requestHostPermissions'),
    ...methods,
  };
}

export const DAY = 24 * 60 * 60 * 1000;
/** 27 Nov 2025, 21:20 WITA: "now" in every component test. */
export const NOW = Date.UTC(2025, 10, 27, 13, 20);

export function entry(overrides: Partial<RegistryEntry> = {}): RegistryEntry {
  return {
    id: 'lontara-plus',
    name: 'Lontara+',
    hosts: ['lontaraplus.makassarkota.go.id'],
    opd: 'Dinas Komunikasi dan Informatika',
    unitKind: 'dinas',
    category: 'public-service',
    platforms: ['web'],
    status: 'aktif',
    source: ['https://makassarkota.go.id/'],
    ...overrides,
  };
}

export function record(overrides: Partial<HostRecord> = {}): HostRecord {
  return {
    host: 'lontaraplus.makassarkota.go.id',
    firstSeen: NOW - 10 * DAY,
    lastSeen: NOW - 3 * DAY,
    visits: 12,
    lastUrl: 'https://lontaraplus.makassarkota.go.id/',
    lastTitle: 'Lontara+',
    lastOutcome: 'ok',
    lastError: null,
    days: {},
    ...overrides,
  };
}

export function overview(overrides: Partial<Overview> = {}): Overview {
  return {
    registryVersion: '2025.09.24',
    registryByStatus: { aktif: 20, 'tidak-aktif': 3, pengembangan: 2, 'tidak-diketahui': 18 },
    registryEntries: 43,
    hostsSeen: 7,
    unregisteredSeen: 2,
    records: [],
    ...overrides,
  };
}
