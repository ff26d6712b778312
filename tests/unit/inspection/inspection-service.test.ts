import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BadgeState } from '../../../utils/findings/badge';
import { createDbProvider } from '../../../utils/db/open-db';
import { parseExport } from '../../../utils/export/parse-export';
import type { SiteCard } from '../../../utils/messaging/views';
import { createBackground, type BackgroundDeps } from '../../../utils/background/create-background';
import { TEST_REGISTRY } from '../support/test-registry';
import { pageFacts, pageReading, pageReport, T } from './support';
import type { PageReading } from '../../../utils/inspection/page-reading';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { opdList } from '../../../utils/registry/opd-list';

const SELF = { extensionId: 'pantau', extensionOrigin: 'chrome-extension://pantau/' };
const HOST = 'dukcapil.makassarkota.go.id';
let clock = T;

function makeService(getDb: BackgroundDeps['getDb'], badges: Array<{ tabId: number; badge: BadgeState }>) {
  return createBackground({
    getDb,
    bundled: async () => TEST_REGISTRY,
    unitPlan: async () => BUNDLED_UNIT_PLAN,
    opdUnits: async () => opdList(),
    extension: { version: '0.1.0', browser: 'chrome' },
    now: () => clock,
    setBadge: async (tabId, badge) => void badges.push({ tabId, badge }),
    getTabTitle: async () => undefined,
  });
}

let badges: Array<{ tabId: number; badge: BadgeState }>;
let service: ReturnType<typeof makeService>;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  clock = T;
  badges = [];
  service = makeService(createDbProvider(), badges);
});

const response = (url: string, over: object = {}) => ({ requestId: '7', tabId: 3, frameId: 0, type: 'main_frame', url, statusCode: 200, ...over });
const tabSender = (url: string, over: object = {}) => ({ id: 'pantau', url, frameId: 0, tab: { id: 3, url }, ...over });
const inspected = (host: string, over: Partial<PageReading> = {}) => ({ type: 'pageInspected', host, ...pageReport(over) });
const card = async (url: string) => (await service.siteCard(url)) as Extract<SiteCard, { kind: 'city' }>;

describe('response observation', () => {
  it('keeps the redirect chain across a worker restart and stores the final response', async () => {
    await service.onCommitted({ tabId: 3, frameId: 0, url: `https://${HOST}/layanan` });
    await service.onBeforeRedirect(response(`http://${HOST}/layanan?nik=7371`, { statusCode: 301 }));
    // A new worker: new service, new connection, same database.
    const restarted = makeService(createDbProvider(), badges);
    await restarted.onBeforeRedirect(response(`https://${HOST}/layanan/`, { statusCode: 302 }));
    await restarted.onResponseCompleted(
      response(`https://${HOST}/layanan`, { responseHeaders: [{ name: 'Strict-Transport-Security', value: 'max-age=600' }] }),
    );
    const { inspection } = await card(`https://${HOST}/`);
    expect(inspection).toMatchObject({
      status: 200,
      finalUrl: `https://${HOST}/layanan`,
      https: true,
      hsts: true,
      redirects: [
        { url: `http://${HOST}/layanan`, status: 301 },
        { url: `https://${HOST}/layanan/`, status: 302 },
      ],
    });
    expect(JSON.stringify(inspection)).not.toContain('7371');
    expect(badges.at(-1)?.tabId).toBe(3);
  });

  it('ignores sub-frames, sub-resources, other sites and aborted loads', async () => {
    expect(await service.onResponseCompleted(response(`https://${HOST}/`, { frameId: 2 }))).toBeNull();
    expect(await service.onResponseCompleted(response(`https://${HOST}/x.js`, { type: 'script' }))).toBeNull();
    expect(await service.onResponseCompleted(response('https://evilmakassarkota.go.id/'))).toBeNull();
    expect(await service.onBeforeRedirect(response('https://example.com/', { statusCode: 301 }))).toBe(false);
    expect(await service.onResponseError(response(`https://${HOST}/`, { error: 'net::ERR_ABORTED' }))).toBeNull();
    expect((await card(`https://${HOST}/`)).inspection).toBeNull();
  });

  it('drops the page facts of the previous load when a load fails', async () => {
    await service.onCommitted({ tabId: 3, frameId: 0, url: `https://${HOST}/` });
    await service.onResponseCompleted(response(`https://${HOST}/`));
    await service.handleMessage(inspected(HOST), tabSender(`https://${HOST}/`), SELF);
    expect((await card(`https://${HOST}/`)).inspection?.pageCheckedAt).toBe(T);
    clock += 60_000;
    await service.onResponseError(response(`https://${HOST}/`, { requestId: '8', error: 'net::ERR_CERT_AUTHORITY_INVALID' }));
    const { inspection, findings } = await card(`https://${HOST}/`);
    expect(inspection).toMatchObject({ error: 'net::ERR_CERT_AUTHORITY_INVALID', status: null, pageCheckedAt: null, title: null });
    expect(findings.map((f) => f.code)).toEqual(['unreachable']);
  });

  it("stores Firefox's localized certificate sentence as a code, never the sentence", async () => {
    await service.onResponseError(response(`https://${HOST}/`, { requestId: '9', error: 'Penerbit Sertifikat Peer tidak dikenali.' }));
    const { inspection } = await card(`https://${HOST}/`);
    expect(inspection?.error).toBe('SEC_ERROR_TLS_OR_CERTIFICATE');
    expect(JSON.stringify(inspection)).not.toMatch(/Sertifikat|Peer/);
  });
});

describe('content-script reports', () => {
  it('stores facts and the title from a city tab about its own host, and refreshes that tab’s badge', async () => {
    await service.onCommitted({ tabId: 3, frameId: 0, url: `https://${HOST}/` });
    const reply = await service.handleMessage(inspected(HOST, { title: 'Judul\u202e dari halaman', headings: ['Situs sedang dalam pemeliharaan'] }), tabSender(`https://${HOST}/`), SELF);
    expect(reply).toEqual({ ok: true, value: null });
    const { record, inspection, findings } = await card(`https://${HOST}/`);
    expect(record?.lastTitle).toBe('Judul dari halaman');
    expect(inspection?.placeholder).toBe('maintenance');
    expect(findings.map((f) => f.code)).toEqual(['placeholder']);
    expect(badges.at(-1)).toMatchObject({ tabId: 3, badge: { tone: 'red' } });
  });

  it('gets no answer from a tab on another host, a sub-frame, another extension or a non-city tab', async () => {
    const facts = inspected(HOST);
    expect(service.handleMessage(facts, tabSender('https://lama.makassarkota.go.id/'), SELF)).toBeUndefined();
    expect(service.handleMessage(facts, tabSender(`https://${HOST}/`, { frameId: 4 }), SELF)).toBeUndefined();
    expect(service.handleMessage(facts, tabSender(`https://${HOST}/`, { url: 'https://evil.test/' }), SELF)).toBeUndefined();
    expect(service.handleMessage(facts, tabSender(`https://${HOST}/`, { id: 'other-extension' }), SELF)).toBeUndefined();
    expect(service.handleMessage(inspected('evil.test'), tabSender('https://evil.test/'), SELF)).toBeUndefined();
    expect(service.handleMessage(facts, { id: 'pantau', url: `https://${HOST}/` }, SELF)).toBeUndefined();
    // A content script may send nothing else, not even a well-formed request.
    expect(service.handleMessage({ type: 'getExport' }, tabSender(`https://${HOST}/`), SELF)).toBeUndefined();
    expect((await card(`https://${HOST}/`)).inspection).toBeNull();
  });

  it('rejects a malformed reading, or one larger than the walk ever gathers', () => {
    const sender = tabSender(`https://${HOST}/`);
    expect(service.handleMessage(inspected(HOST, { title: 'x'.repeat(5000) }), sender, SELF)).toBeUndefined();
    expect(service.handleMessage(inspected(HOST, { text: 'x'.repeat(100_001) }), sender, SELF)).toBeUndefined();
    expect(service.handleMessage(inspected(HOST, { selectorHits: ['body'] }), sender, SELF)).toBeUndefined();
    expect(service.handleMessage(inspected(HOST, { scripts: Array.from({ length: 201 }, (_, i) => `/s${i}.js`) }), sender, SELF)).toBeUndefined();
    expect(service.handleMessage(inspected(HOST, { contentElements: -1 }), sender, SELF)).toBeUndefined();
    expect(service.handleMessage({ ...inspected(HOST), reading: { ...pageReading(), software: [{ name: 'WordPress', version: null }] } }, sender, SELF)).toBeUndefined();
    expect(service.handleMessage({ ...inspected(HOST), facts: pageFacts() }, sender, SELF)).toBeUndefined();
    expect(service.handleMessage({ ...inspected(HOST), extra: 1 }, sender, SELF)).toBeUndefined();
  });

  it('makes the facts itself, against the address the browser gives for the page', async () => {
    const reading = { title: 'Masuk', passwordField: true, passwordActions: [null] };
    await service.handleMessage(inspected(HOST, reading), tabSender(`http://${HOST}/masuk`), SELF);
    expect((await card(`https://${HOST}/`)).inspection).toMatchObject({ title: 'Masuk', passwordField: true, passwordOverHttp: true });
    await service.handleMessage(inspected(HOST, reading), tabSender(`https://${HOST}/masuk`), SELF);
    expect((await card(`https://${HOST}/`)).inspection).toMatchObject({ passwordField: true, passwordOverHttp: false });
    // A base the page declares is HTML's own rule for where its form posts.
    await service.handleMessage(inspected(HOST, { ...reading, baseHref: 'http://evil.test/' }), tabSender(`https://${HOST}/masuk`), SELF);
    expect((await card(`https://${HOST}/`)).inspection).toMatchObject({ passwordOverHttp: true });
  });

  it('does not let an extension page send a page report', async () => {
    const reply = await service.handleMessage(inspected(HOST), { id: 'pantau', url: 'chrome-extension://pantau/popup.html' }, SELF);
    expect(reply).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('drops a newest date or copyright year later than today by its own clock', async () => {
    await service.handleMessage(inspected(HOST, { text: 'Jadwal 25 Desember 2026. © 2030 Pemerintah Kota Makassar' }), tabSender(`https://${HOST}/`), SELF);
    expect((await card(`https://${HOST}/`)).inspection).toMatchObject({ newestDate: null, copyrightYear: null });
  });
});

describe('settings and export', () => {
  it('uses the stored staleness threshold for findings and export', async () => {
    await service.onCommitted({ tabId: 3, frameId: 0, url: `https://${HOST}/` });
    await service.onResponseCompleted(response(`https://${HOST}/`, { responseHeaders: [{ name: 'Strict-Transport-Security', value: 'max-age=600' }] }));
    await service.handleMessage(inspected(HOST, { text: 'Diperbarui 1 Juni 2026. Layanan administrasi kependudukan Kota Makassar.' }), tabSender(`https://${HOST}/`), SELF);
    expect((await card(`https://${HOST}/`)).findings).toEqual([]);
    expect(await service.handleRequest({ type: 'saveInspectionSettings', settings: { staleMonths: 3 } })).toEqual({ ok: true, value: { staleMonths: 3, reinspectHours: 6 } });
    expect(await service.handleRequest({ type: 'getInspectionSettings' })).toEqual({ ok: true, value: { staleMonths: 3, reinspectHours: 6 } });
    expect((await card(`https://${HOST}/`)).findings.map((f) => f.code)).toEqual(['stale-content']);

    const reply = await service.handleRequest({ type: 'getExport' });
    if (!reply.ok) throw new Error(reply.error);
    const parsed = parseExport(JSON.parse(JSON.stringify(reply.value)));
    expect(parsed.ok).toBe(true);
    const host = (reply.value as { hosts: Array<{ host: string; inspection?: unknown; findings: Array<{ code: string; detail?: string }> }> }).hosts[0]!;
    expect(host.findings).toEqual([expect.objectContaining({ code: 'stale-content', detail: '2026-06-01' })]);
    expect(host.inspection).toMatchObject({ status: 200, https: true, hsts: true, newestDate: '2026-06-01', placeholder: null, passwordField: false });
  });
});
