import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackground } from '../../../utils/background/create-background';
import { createDbProvider } from '../../../utils/db/open-db';
import { pageReport, T } from '../inspection/support';
import { TEST_REGISTRY } from '../support/test-registry';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { opdList } from '../../../utils/registry/opd-list';

const SELF = { extensionId: 'pantau', extensionOrigin: 'chrome-extension://pantau/' };
const POPUP = { id: 'pantau', url: 'chrome-extension://pantau/popup.html' };
const HOST = 'dukcapil.makassarkota.go.id';
const URL = `https://${HOST}/`;

function background(inspectPage: (tabId: number) => Promise<unknown>) {
  return createBackground({
    getDb: createDbProvider(),
    bundled: async () => TEST_REGISTRY,
    unitPlan: async () => BUNDLED_UNIT_PLAN,
    opdUnits: async () => opdList(),
    extension: { version: '0.1.0', browser: 'chrome' },
    now: () => T,
    setBadge: async () => {},
    getTabTitle: async () => undefined,
    inspectPage,
  });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('“Periksa ulang” (reinspectTab)', () => {
  it('injects the inspector into the tab and answers once the page report is stored', async () => {
    const injected: number[] = [];
    const bg = background(async (tabId) => {
      injected.push(tabId);
      // The inspector reads the page a little later and reports from the tab.
      setTimeout(() => void bg.handleMessage({ type: 'pageInspected', host: HOST, ...pageReport({ title: 'Baru dibaca' }) }, { id: 'pantau', url: URL, frameId: 0, tab: { id: 4, url: URL } }, SELF), 5);
      return true;
    });
    await bg.onCommitted({ tabId: 4, frameId: 0, url: URL });
    expect(await bg.handleMessage({ type: 'reinspectTab', tabId: 4 }, POPUP, SELF)).toEqual({ ok: true, value: true });
    expect(injected).toEqual([4]);
    const card = await bg.siteCard(URL);
    expect(card.kind === 'city' && card.inspection?.title).toBe('Baru dibaca');
  });

  it('answers false when the browser refuses the injection (tab closed, not a city page)', async () => {
    const bg = background(async () => false);
    expect(await bg.handleMessage({ type: 'reinspectTab', tabId: 9 }, POPUP, SELF)).toEqual({ ok: true, value: false });
  });

  it('is not accepted from a content script', () => {
    const bg = background(async () => true);
    expect(bg.handleMessage({ type: 'reinspectTab', tabId: 4 }, { id: 'pantau', url: URL, frameId: 0, tab: { id: 4, url: URL } }, SELF)).toBeUndefined();
  });
});
