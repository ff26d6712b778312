import { badgeFor, type BadgeState } from '../findings/badge';
import { computeFindings } from '../findings/findings';
import type { HostRecord } from './host-record';
import { inspectionView } from '../inspection/inspection-view';
import type { InspectionRecord, InspectionSettings } from '../inspection/types';
import type { RegistryIndex } from '../registry/registry-index';

/** Pure: a tab's badge from what an event's transaction read (no further storage read). */
export function badgeOf(
  index: Pick<RegistryIndex, 'lookup'>,
  host: string,
  record: HostRecord | null,
  inspection: InspectionRecord | null,
  settings: InspectionSettings,
): BadgeState {
  const entry = index.lookup(host);
  return badgeFor(host, entry, record, computeFindings(entry, record, inspectionView(inspection), settings));
}

/** Tabs remembered at most (a browser with more open city tabs only sets some badges twice). */
const TABS_KEPT = 200;

/**
 * One badge update per load: the badge each tab last got since its page committed, so the
 * response, the load's end and the page report set it again only when it changed. Memory only:
 * a new worker has forgotten, and sets each tab's badge once more, which is harmless.
 */
export function createTabBadges(setBadge: (tabId: number, badge: BadgeState) => Promise<void>) {
  const applied = new Map<number, string>();
  return {
    /** A new page committed in the tab: its first badge is always set. */
    newLoad(tabId: number): void {
      applied.delete(tabId);
    },
    /** Sets the badge unless the tab already shows exactly this one; true when it was set. */
    async show(tabId: number, badge: BadgeState): Promise<boolean> {
      const key = JSON.stringify(badge);
      if (applied.get(tabId) === key) return false;
      applied.delete(tabId);
      applied.set(tabId, key);
      if (applied.size > TABS_KEPT) applied.delete(applied.keys().next().value!);
      await setBadge(tabId, badge);
      return true;
    },
  };
}

export type TabBadges = ReturnType<typeof createTabBadges>;
