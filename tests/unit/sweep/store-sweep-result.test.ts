import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDbProvider } from '../../../utils/db/open-db';
import { parseExport } from '../../../utils/export/parse-export';
import type { SiteCard } from '../../../utils/messaging/views';
import { createBackground } from '../../../utils/background/create-background';
import { sweepMessageParts } from '../../../utils/sweep/sweep-message';
import { NO_HTML, type SweepResult } from '../../../utils/sweep/sweep-result';
import { TEST_REGISTRY } from '../support/test-registry';
import { pageFacts, T } from '../inspection/support';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { opdList } from '../../../utils/registry/opd-list';

/** The `storeSweepResult` message: own pages only, watched hosts only, one write, never over newer data. */
const SELF = { extensionId: 'pantau', extensionOrigin: 'chrome-extension://pantau/' };
const DASHBOARD = { id: 'pantau', url: 'chrome-extension://pantau/dashboard.html' };
const HOST = 'dukcapil.makassarkota.go.id';
let clock = T;

function makeService() {
  return createBackground({
    getDb: createDbProvider(),
    bundled: async () => TEST_REGISTRY,
    unitPlan: async () => BUNDLED_UNIT_PLAN,
    opdUnits: async () => opdList(),
    extension: { version: '0.1.0', browser: 'chrome' },
    now: () => clock,
    setBadge: async () => undefined,
    getTabTitle: async () => undefined,
  });
}

function sweepResult(over: Partial<SweepResult> & Record<string, unknown> = {}): SweepResult {
  return {
    ...NO_HTML,
    source: 'sweep',
    host: HOST,
    checkedAt: T + 1000,
    status: 200,
    finalUrl: `https://${HOST}/beranda`,
    redirects: [`https://${HOST}/`],
    https: true,
    hsts: true,
    server: 'nginx/1.18.0',
    poweredBy: null,
    lastModified: null,
    error: null,
    httpsError: null,
    redirectStop: null,
    title: 'Dukcapil Makassar',
    generators: ['WordPress 6.4.2'],
    lang: 'id',
    passwordOverHttp: false,
    truncated: false,
    scanMs: 3,
    ...over,
  } as SweepResult;
}

const message = (result: SweepResult) => ({ type: 'storeSweepResult', ...sweepMessageParts(result) });
const card = async (service: ReturnType<typeof makeService>) => (await service.siteCard(`https://${HOST}/`)) as Extract<SiteCard, { kind: 'city' }>;

let service: ReturnType<typeof makeService>;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  clock = T + 5000;
  service = makeService();
});

describe('storeSweepResult', () => {
  it('stores a sweep result as the host inspection, marked source "sweep", and exports it so', async () => {
    expect(await service.handleMessage(message(sweepResult()), DASHBOARD, SELF)).toEqual({ ok: true, value: { stored: true } });
    const { inspection } = await card(service);
    expect(inspection).toMatchObject({ source: 'sweep', status: 200, title: 'Dukcapil Makassar', hsts: true, finalUrl: `https://${HOST}/beranda`, redirects: [{ url: `https://${HOST}/`, status: 0 }] });
    // The export lists hosts with a visit record: give the host one.
    await service.onCommitted({ tabId: 3, frameId: 0, url: `https://${HOST}/` });
    clock += 1; // the visit's commit writes no inspection, so the sweep's stays the newest
    const reply = await service.handleRequest({ type: 'getExport' });
    const exported = parseExport(JSON.parse(JSON.stringify(reply.ok ? reply.value : null)));
    expect(exported.ok).toBe(true);
    if (exported.ok) expect(exported.data.hosts.find((host) => host.host === HOST)?.inspection).toMatchObject({ source: 'sweep', status: 200, title: 'Dukcapil Makassar' });
  });

  it('never overwrites a newer visit-based inspection', async () => {
    clock = T + 9000;
    await service.onResponseCompleted({ requestId: '7', tabId: 3, frameId: 0, type: 'main_frame', url: `https://${HOST}/`, statusCode: 503 });
    expect(await service.handleMessage(message(sweepResult({ checkedAt: T + 8000 })), DASHBOARD, SELF)).toEqual({ ok: true, value: { stored: false } });
    const { inspection } = await card(service);
    expect(inspection?.status).toBe(503);
    expect(inspection?.source).toBeUndefined();
  });

  it('replaces an older visit-based inspection, and a later visit clears the sweep mark', async () => {
    clock = T;
    await service.onResponseCompleted({ requestId: '7', tabId: 3, frameId: 0, type: 'main_frame', url: `https://${HOST}/`, statusCode: 503 });
    await service.onPageInspected(HOST, pageFacts({ title: 'Lama' }), `https://${HOST}/`, 3);
    clock = T + 5000;
    expect(await service.handleMessage(message(sweepResult()), DASHBOARD, SELF)).toEqual({ ok: true, value: { stored: true } });
    expect((await card(service)).inspection).toMatchObject({ status: 200, title: 'Dukcapil Makassar', source: 'sweep' });
    clock = T + 20_000;
    await service.onResponseCompleted({ requestId: '8', tabId: 3, frameId: 0, type: 'main_frame', url: `https://${HOST}/`, statusCode: 500 });
    const after = (await card(service)).inspection;
    expect(after?.status).toBe(500);
    expect(after?.source).toBeUndefined();
  });

  it('stores a failure with its net::ERR name and no page', async () => {
    const failed = sweepResult({ status: null, finalUrl: null, redirects: [], hsts: false, server: null, title: null, error: 'net::ERR_NAME_NOT_RESOLVED', scanMs: undefined });
    expect(sweepMessageParts(failed).page).toBeNull();
    await service.handleMessage(message(failed), DASHBOARD, SELF);
    expect((await card(service)).inspection).toMatchObject({ status: null, error: 'net::ERR_NAME_NOT_RESOLVED', title: null, source: 'sweep' });
  });

  it('caps a result time in the future at the background clock', async () => {
    await service.handleMessage(message(sweepResult({ checkedAt: T + 10_000_000 })), DASHBOARD, SELF);
    expect((await card(service)).inspection?.checkedAt).toBe(clock);
  });

  it('refuses hosts outside the watched domains, content scripts and malformed results', async () => {
    const outside = await service.handleMessage(message(sweepResult({ host: 'example.com', finalUrl: 'https://example.com/' })), DASHBOARD, SELF);
    expect(outside).toMatchObject({ ok: false, code: 'invalid-request' });
    const fromPage = service.handleMessage(message(sweepResult()), { id: 'pantau', url: `https://${HOST}/`, frameId: 0, tab: { id: 3, url: `https://${HOST}/` } }, SELF);
    expect(fromPage).toBeUndefined();
    const withQuery = await service.handleMessage(message(sweepResult({ finalUrl: `https://${HOST}/?nik=7371` })), DASHBOARD, SELF);
    expect(withQuery).toMatchObject({ ok: false, code: 'invalid-request' });
    expect((await card(service)).inspection).toBeNull();
  });
});
