import { browser } from 'wxt/browser';
import { actionAlarmStore } from '../background/recording-alarm';
import { badgeTitle, type BadgeState } from '../findings/badge';
import { browserLanguage, t } from './browser-i18n';

export type BrowserAction = typeof browser.action;

/** The toolbar button: MV2 (Firefox) calls it browserAction; both have the same badge methods. */
export function browserAction(): BrowserAction {
  return browser.action ?? (browser as unknown as { browserAction: BrowserAction }).browserAction;
}

/** Shows one tab's badge: colour, text and the tooltip listing its findings. */
export async function applyBadge(action: BrowserAction, tabId: number, badge: BadgeState): Promise<void> {
  const title = badgeTitle(badge, t, browserLanguage());
  try {
    await Promise.all([
      action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      action.setBadgeText({ tabId, text: badge.text }),
      action.setTitle({ tabId, title }),
    ]);
  } catch (error) {
    // The tab may have closed between the event and now; the record is already stored.
    if (!String(error).includes('No tab with id')) throw error;
  }
}

/** The recording alarm's durable store: the global badge and tooltip, in the browser's language. */
export function actionAlarmStoreOf(action: BrowserAction) {
  const name = browser.i18n.getMessage('extName') || 'Pantau';
  return actionAlarmStore(
    action,
    (problem) => `${name}: ${browser.i18n.getMessage(problem === 'storage-full' ? 'errorStorageFull' : 'errorInternal')}`,
    name,
  );
}
