import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BadgeState } from '../../../utils/findings/badge';
import { createDbProvider } from '../../../utils/db/open-db';
import type { SiteCard } from '../../../utils/messaging/views';
import { createBackground } from '../../../utils/background/create-background';
import { TEST_REGISTRY } from '../support/test-registry';
import { pageReport, T } from './support';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { opdList } from '../../../utils/registry/opd-list';

const SELF = { extensionId: 'pantau', extensionOrigin: 'chrome-extension://pantau/' };
const HOST = 'dukcapil.makassarkota.go.id';
const HOUR = 3_600_000;
let clock = T;
let badges: Array<{ tabId: number; badge: BadgeState }>;
let injected: number[];
let service: ReturnType<typeof createBackground>;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  clock = T;
  badges = [];
  injected = [];
  service = createBackground({
    getDb: createDbProvider(),
    bundled: async () => TEST_REGISTRY,
    unitPlan: async () => BUNDLED_UNIT_PLAN,
    opdUnits: async () => opdList(),
    extension: { version: '0.1.0', browser: 'chrome' },
    now: () => clock,
    setBadge: async (tabId, badge) => void badges.push({ tabId, badge }),
    getTabTitle: async () => 'Dukcapil',
    inspectPage: async (tabId) => void injected.push(tabId),
  });
});

/** One whole load of `path` in tab 3 as the browser reports it, with the page report when Pantau injected the inspector. */
async function load(path: string, headers: Array<{ name: string; value: string }> = [{ name: 'Server', value: 'nginx' }], report = pageReport()) {
  const url = `https://${HOST}${path}`;
  const before = injected.length;
  await service.onResponseCompleted({ requestId: String(clock), tabId: 3, frameId: 0, type: 'main_frame', url, statusCode: 200, responseHeaders: headers });
  await service.onCommitted({ tabId: 3, frameId: 0, url });
  await service.onCompleted({ tabId: 3, frameId: 0, url });
  const inspected = injected.length > before;
  if (inspected) await service.handleMessage({ type: 'pageInspected', host: HOST, ...report }, { id: 'pantau', url, frameId: 0, tab: { id: 3, url } }, SELF);
  clock += 60_000;
  return inspected;
}

describe('inspect once per host per period (background)', () => {
  it('reads the page on the first visit, not on repeat visits, and again after the period or when the response changed', async () => {
    expect(await load('/')).toBe(true);
    for (let i = 0; i < 5; i++) expect(await load('/')).toBe(false);
    // Another path of a healthy host: not worth a read within the period.
    expect(await load('/layanan')).toBe(false);
    const card = (await service.siteCard(`https://${HOST}/`)) as Extract<SiteCard, { kind: 'city' }>;
    expect(card.inspection?.pageCheckedAt).toBe(T);
    expect(card.record?.visits).toBe(7);
    // The server changed: read again.
    expect(await load('/', [{ name: 'Server', value: 'Apache' }])).toBe(true);
    expect(await load('/', [{ name: 'Server', value: 'Apache' }])).toBe(false);
    clock += 6 * HOUR;
    expect(await load('/', [{ name: 'Server', value: 'Apache' }])).toBe(true);
  });

  it('reads a path never read before on a host that shows a placeholder', async () => {
    expect(await load('/', undefined, pageReport({ title: 'Apache2 Debian Default Page: It works' }))).toBe(true);
    expect(await load('/')).toBe(false);
    expect(await load('/aplikasi/')).toBe(true);
  });

  it('sets the badge once per load when nothing changes it', async () => {
    await load('/');
    badges.length = 0;
    for (let i = 0; i < 3; i++) await load('/');
    expect(badges.map((b) => b.tabId)).toEqual([3, 3, 3]);
  });
});
