// Shared fixtures for component tests: translators over the real messages.json files, the mock
// connector, and small builders for registry entries and host records.
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nProvider } from '../../../components/common/I18n';
import { createMockConnector } from '../../../utils/messaging/mock-connector';
import { translatorFromMessages, type Lang, type Translate } from '../../../utils/text/i18n';
import type { HostRecord } from '../../../utils/visits/host-record';
import type { Overview } from '../../../utils/messaging/views';
import type { RegistryEntry } from '../../../utils/registry/schema';
import enMessages from '../../../public/_locales/en/messages.json';
import idMessages from '../../../public/_locales/id/messages.json';
import { entry as baseEntry } from '../support/test-registry';

export const translators: Record<Lang, Translate> = {
  id: translatorFromMessages(idMessages),
  en: translatorFromMessages(enMessages),
};

/** Renders `ui` as the extension pages do, in one UI language (Indonesian by default). */
export function renderIn(ui: ComponentChildren, lang: Lang = 'id') {
  return render(<I18nProvider value={{ t: translators[lang], lang }}>{ui}</I18nProvider>);
}

/** The UI mock (utils/messaging/mock-connector.ts): the methods given answer, the others reject. */
export const fakeConnector = createMockConnector;

export const DAY = 24 * 60 * 60 * 1000;
/** 27 Nov 2025, 21:20 WITA: "now" in every component test. */
export const NOW = Date.UTC(2025, 10, 27, 13, 20);

export function entry(overrides: Partial<RegistryEntry> = {}): RegistryEntry {
  return baseEntry({
    id: 'lontara-plus',
    name: 'Lontara+',
    hosts: ['lontaraplus.makassarkota.go.id'],
    status: 'aktif',
    ...overrides,
  });
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
