import type { PantauDatabase } from '../db/open-db';
import type { Handlers } from '../messaging/protocol';
import { getCollector, getInspectionSettings, getPreferences, saveCollector, saveInspectionSettings, savePreferences } from '../settings/settings';

type SettingsHandlers = Pick<
  Handlers,
  'getSettings' | 'saveSettings' | 'getPreferences' | 'savePreferences' | 'getInspectionSettings' | 'saveInspectionSettings'
>;

/** The collector's name and unit, the page preferences and the inspection threshold, as stored. */
export function createSettingsService(deps: { getDb: () => Promise<PantauDatabase> }): { handlers: SettingsHandlers } {
  const { getDb } = deps;
  return {
    handlers: {
      getSettings: async () => getCollector(await getDb()),
      saveSettings: async (request) => saveCollector(await getDb(), request.settings),
      getPreferences: async () => getPreferences(await getDb()),
      savePreferences: async (request) => savePreferences(await getDb(), request.preferences),
      getInspectionSettings: async () => getInspectionSettings(await getDb()),
      saveInspectionSettings: async (request) => saveInspectionSettings(await getDb(), request.settings),
    },
  };
}
