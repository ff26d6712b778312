/**
 * The alarm that drives the daily registry update check. It fires every hour and the check runs
 * only when a day has passed since the last one (isCheckDue), so a browser that was closed at the
 * due time checks soon after it starts, and the schedule survives the worker dying between alarms.
 */
export const REGISTRY_ALARM = 'pantau-registry-update';
export const REGISTRY_ALARM_PERIOD_MINUTES = 60;

/** The part of `browser.alarms` this needs. */
export interface AlarmsApi {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes: number }): void | Promise<void>;
}

/**
 * Creates the alarm unless it exists. Chrome keeps alarms while the extension is installed but may
 * drop them when the browser restarts, so the background calls this at every start-up.
 */
export async function ensureRegistryAlarm(alarms: AlarmsApi): Promise<boolean> {
  if ((await alarms.get(REGISTRY_ALARM)) != null) return false;
  // The first firing a full period after start-up, not a minute: a check due at start-up is not
  // urgent, and an early alarm woke the worker while the user browsed other sites (npm run bench,
  // ordinary-browsing, counted one worker start that no navigation caused).
  await alarms.create(REGISTRY_ALARM, { periodInMinutes: REGISTRY_ALARM_PERIOD_MINUTES, delayInMinutes: REGISTRY_ALARM_PERIOD_MINUTES });
  return true;
}
