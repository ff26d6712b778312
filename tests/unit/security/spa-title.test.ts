import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDbProvider } from '../../../utils/db/open-db';
import { createBackground } from '../../../utils/background/create-background';
import { pageFacts } from '../inspection/support';
import { TEST_REGISTRY } from '../support/test-registry';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { opdList } from '../../../utils/registry/opd-list';

/**
 * A single-page app that calls pushState/replaceState while it loads completes at another URL than
 * it committed at. The title must still be kept (it was dropped because the recorder required the
 * completed URL to equal the stored lastUrl), and the record's URL follows the page.
 */
const H = 'https://dukcapil.makassarkota.go.id';

function setup(title = 'Dasbor Dukcapil') {
  globalThis.indexedDB = new IDBFactory();
  let now = Date.UTC(2026, 10, 27, 2);
  const service = createBackground({
    getDb: createDbProvider(),
    bundled: async () => TEST_REGISTRY,
    unitPlan: async () => BUNDLED_UNIT_PLAN,
    opdUnits: async () => opdList(),
    extension: { version: '0.1.0', browser: 'chrome' },
    now: () => (now += 1000),
    setBadge: async () => {},
    getTabTitle: async () => title,
  });
  return service;
}

const nav = (tabId: number, url: string) => ({ tabId, frameId: 0, url });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the title of a single-page app that changes its URL while loading', () => {
  it.each([
    ['pushState to a new path', `${H}/app`, `${H}/app/dasbor`, `${H}/app/dasbor`],
    ['replaceState to a new path', `${H}/masuk`, `${H}/beranda`, `${H}/beranda`],
    ['several pushState calls', `${H}/a`, `${H}/a/b/c`, `${H}/a/b/c`],
    ['replaceState adding a query', `${H}/cari`, `${H}/cari?q=nik`, `${H}/cari`],
    ['a hash route', `${H}/`, `${H}/#/dasbor`, `${H}/`],
    ['pushState to a path with a session id', `${H}/app`, `${H}/app/home;jsessionid=SECRET`, `${H}/app/home`],
    ['pushState back to the root', `${H}/app/x`, `${H}/`, `${H}/`],
    ['no URL change at all', `${H}/layanan`, `${H}/layanan`, `${H}/layanan`],
  ])('keeps it after %s (tab title)', async (_name, committed, completed, stored) => {
    const service = setup();
    await service.onCommitted(nav(4, committed));
    const record = await service.onCompleted(nav(4, completed));
    expect(record).toMatchObject({ lastTitle: 'Dasbor Dukcapil', lastUrl: stored, visits: 1 });
  });

  it('keeps the title the content script reads after pushState', async () => {
    const service = setup('');
    await service.onCommitted(nav(4, `${H}/app`));
    await service.onPageInspected('dukcapil.makassarkota.go.id', pageFacts({ title: 'Dari Halaman' }), `${H}/app/dasbor`, 4);
    const reply = await service.handleRequest({ type: 'getOverview' });
    const records = reply.ok ? (reply.value as { records: unknown[] }).records : [];
    expect(records[0]).toMatchObject({ lastTitle: 'Dari Halaman', lastUrl: `${H}/app/dasbor` });
  });

  it('still ignores a late title from another tab whose page is no longer the last visit', async () => {
    const service = setup('Halaman Lama');
    await service.onCommitted(nav(4, `${H}/lama`));
    await service.onCommitted(nav(5, `${H}/baru`));
    const record = await service.onCompleted(nav(4, `${H}/lama/spa`));
    expect(record).toMatchObject({ lastTitle: null, lastUrl: `${H}/baru` });
  });
});
