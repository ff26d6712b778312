import { DEFAULT_INSPECTION_SETTINGS } from '../settings/settings';
import { DEFAULT_SWEEP_MEMORY } from '../sweep/sweep-memory-schema';
import type { PantauConnector } from './connector';

type MockEntries = { [K in keyof PantauConnector]: PantauConnector[K] | null };

/**
 * What the mock answers when nothing is supplied: null rejects ("not stubbed"), so a test or a UI
 * sketch sees at once which request it still has to answer. getInspectionSettings answers the
 * defaults, because its form shares the options page with the collector form, whose tests should
 * not see its errors (the InspectionSettingsForm tests supply it explicitly).
 */
const DEFAULTS: MockEntries = {
  getSiteCard: null,
  getOverview: null,
  getExport: null,
  getSettings: null,
  saveSettings: null,
  getPreferences: null,
  savePreferences: null,
  getInspectionSettings: async () => ({ ...DEFAULT_INSPECTION_SETTINGS }),
  saveInspectionSettings: null,
  reinspectTab: null,
  pageInspected: null,
  storeSweepResult: null,
  // Like the inspection settings: the sweep panel works from the defaults until a test supplies more.
  getSweepMemory: async () => DEFAULT_SWEEP_MEMORY,
  saveSweepMemory: async ({ memory }) => memory,
  getRegistry: null,
  applyRegistry: null,
  restoreBundledRegistry: null,
  undoRegistry: null,
  setRegistryUpdateUrl: null,
  checkRegistryUpdate: null,
  getProposals: null,
  saveProposal: null,
  deleteProposal: null,
  getDraft: null,
  saveDraft: null,
  deleteDraft: null,
  getWatchedDomains: null,
  addWatchedDomain: null,
  removeWatchedDomain: null,
  getUnitPlan: null,
  applyUnitPlan: null,
  restoreBundledUnitPlan: null,
  requestHostPermissions: null,
};

/** The mock's entry names: every request of the protocol map, and requestHostPermissions. */
export const MOCK_ENTRIES: readonly string[] = Object.keys(DEFAULTS);

/**
 * A connector with no background, for developing and testing the UI: the methods given answer,
 * every other one rejects with "not stubbed" (see DEFAULTS).
 */
export function createMockConnector(methods: Partial<PantauConnector> = {}): PantauConnector {
  const entries = Object.entries(DEFAULTS).map(([name, answer]) => [
    name,
    answer ?? (() => Promise.reject(new Error(`mock connector: ${name} not stubbed`))),
  ]);
  return { ...Object.fromEntries(entries), ...methods } as PantauConnector;
}
