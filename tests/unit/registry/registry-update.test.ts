import { describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../../../utils/http/read-body';
import { afterCheck, afterFileImport, bundledSourceInfo, isCheckDue, withUpdateUrl } from '../../../utils/registry/registry-source';
import { checkRegistryUrl, validateUpdateUrl, type CheckRegistryInput } from '../../../utils/registry/registry-update';
import type { Registry } from '../../../utils/registry/schema';
import { entry, TEST_REGISTRY } from '../support/test-registry';
import { opdList } from '../../../utils/registry/opd-list';

const URL_ = 'https://diskominfo.makassarkota.go.id/pantau/registry.json';
const NOW = new Date('2026-11-27T10:00:00.000Z');
const CURRENT: Registry = { ...TEST_REGISTRY, version: '2026.11.01' };
const NEXT: Registry = { ...CURRENT, version: '2026.11.20', entries: [...CURRENT.entries, entry({ id: 'contoh-baru', hosts: ['contoh-baru.makassarkota.go.id'] })] };

function check(fetchFn: FetchLike, over: Partial<CheckRegistryInput> = {}) {
  return checkRegistryUrl({ url: URL_, etag: null, current: CURRENT, watchedDomains: ['makassarkota.go.id'], opdUnits: opdList(), fetchFn, now: NOW, ...over });
}
const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', ...headers } });

describe('validateUpdateUrl', () => {
  it.each([
    ['http://diskominfo.makassarkota.go.id/r.json', 'not-https'],
    ['https://raw.example.com/r.json', 'outside-domains'],
    ['https://evilmakassarkota.go.id/r.json', 'outside-domains'],
    ['https://user:pw@diskominfo.makassarkota.go.id/r.json', 'credentials-in-url'],
    ['not a url', 'bad-url'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(validateUpdateUrl(url, ['makassarkota.go.id'])).toMatchObject({ ok: false, reason });
  });

  it('accepts an https URL on a watched domain and drops the fragment', () => {
    expect(validateUpdateUrl(' https://diskominfo.makassarkota.go.id/r.csv#x ', ['makassarkota.go.id'])).toEqual({ ok: true, url: 'https://diskominfo.makassarkota.go.id/r.csv' });
  });
});

describe('checkRegistryUrl', () => {
  it('downloads a new registry with its ETag, never following redirects or sending cookies', async () => {
    const fetchFn = vi.fn<FetchLike>(async () => json(NEXT, { etag: '"v2"' }));
    const result = await check(fetchFn);
    expect(result).toMatchObject({ kind: 'updated', etag: '"v2"', url: URL_ });
    if (result.kind === 'updated') expect(result.registry.version).toBe('2026.11.20');
    const init = fetchFn.mock.calls[0]?.[1];
    expect(init).toMatchObject({ redirect: 'error', credentials: 'omit', cache: 'no-store' });
    expect(init?.headers).not.toHaveProperty('if-none-match');
  });

  it('sends If-None-Match and reports 304 as unchanged', async () => {
    const fetchFn = vi.fn<FetchLike>(async () => new Response(null, { status: 304 }));
    expect(await check(fetchFn, { etag: '"v1"' })).toEqual({ kind: 'unchanged', reason: 'not-modified', etag: '"v1"' });
    expect(fetchFn.mock.calls[0]?.[1].headers).toMatchObject({ 'if-none-match': '"v1"' });
    expect(await check(fetchFn)).toMatchObject({ kind: 'failed', reason: 'unexpected-304' });
  });

  it('calls an identical download unchanged', async () => {
    expect(await check(async () => json(CURRENT, { etag: '"same"' }))).toEqual({ kind: 'unchanged', reason: 'same-content', etag: '"same"' });
  });

  it.each([404, 500])('keeps the current registry on HTTP %i', async (status) => {
    const result = await check(async () => new Response('gone', { status }));
    expect(result).toMatchObject({ kind: 'failed', reason: 'http-error', message: { en: `The server answered HTTP ${status}; the registry in force stays.` } });
  });

  it('names a network error and a timeout', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });
    expect(await check(async () => Promise.reject(refused))).toMatchObject({ kind: 'failed', reason: 'network-error', message: { en: expect.stringContaining('net::ERR_CONNECTION_REFUSED') } });
    const hang: FetchLike = (_url, init) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    expect(await check(hang, { timeoutMs: 20 })).toMatchObject({ kind: 'failed', message: { en: expect.stringContaining('net::ERR_TIMED_OUT') } });
  });

  it('refuses invalid JSON, an invalid CSV, and lists the file problems', async () => {
    expect(await check(async () => new Response('{oops', { headers: { 'content-type': 'application/json' } }))).toMatchObject({ kind: 'failed', reason: 'invalid-registry' });
    const csv = await check(async () => new Response('nama;url\nContoh;contoh.example.com\n', { headers: { 'content-type': 'text/csv' } }), { url: 'https://diskominfo.makassarkota.go.id/registri.csv' });
    expect(csv).toMatchObject({ kind: 'failed', reason: 'invalid-registry', problems: [{ row: 2, reason: 'host-outside-domains' }] });
  });

  it('accepts a CSV registry, citing the URL for rows without a source', async () => {
    const result = await check(async () => new Response('nama;url\nContoh;contoh.makassarkota.go.id\n', { headers: { 'content-type': 'text/csv; charset=utf-8' } }), { url: 'https://diskominfo.makassarkota.go.id/registri' });
    expect(result.kind).toBe('updated');
    if (result.kind === 'updated') expect(result.registry.entries[0]?.source).toEqual(['https://diskominfo.makassarkota.go.id/registri']);
  });

  it('refuses an http:// URL without fetching', async () => {
    const fetchFn = vi.fn<FetchLike>();
    expect(await check(fetchFn, { url: 'http://diskominfo.makassarkota.go.id/r.json' })).toMatchObject({ kind: 'failed', reason: 'not-https' });
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('refuses an oversized body, declared or streamed', async () => {
    const declared = new Response('{}', { headers: { 'content-length': String(6 * 1024 * 1024) } });
    expect(await check(async () => declared)).toMatchObject({ kind: 'failed', reason: 'too-large' });
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    expect(await check(async () => new Response(endless))).toMatchObject({ kind: 'failed', reason: 'too-large' });
    expect(sent).toBeLessThan(10); // stopped reading soon after the cap
  });
});

describe('registry source info', () => {
  const start = bundledSourceInfo(CURRENT, 1000);

  it('starts as the bundled registry with nothing checked', () => {
    expect(start).toEqual({ version: '2026.11.01', source: 'bundled', entryCount: 5, loadedAt: 1000, origin: null, updateUrl: null, etag: null, lastCheck: null, previous: null });
    expect(isCheckDue(start, 5000)).toBe(false); // no update URL
  });

  it('records an update, keeping the previous registry, and a failure without replacing anything', () => {
    const withUrl = withUpdateUrl(start, URL_);
    expect(isCheckDue(withUrl, 2000)).toBe(true);
    const updated = afterCheck(withUrl, { kind: 'updated', registry: NEXT, etag: '"v2"', url: URL_ }, 2000);
    expect(updated).toMatchObject({ version: '2026.11.20', source: 'url', entryCount: 6, loadedAt: 2000, origin: URL_, etag: '"v2"', lastCheck: { at: 2000, outcome: 'updated' } });
    expect(updated.previous).toEqual({ version: '2026.11.01', source: 'bundled', entryCount: 5, loadedAt: 1000, origin: null });
    const failedAt = 2000 + 86_400_000;
    const failed = afterCheck(updated, { kind: 'failed', reason: 'http-error', message: { id: 'x', en: 'y' } }, failedAt);
    expect(failed).toEqual({ ...updated, lastCheck: { at: failedAt, outcome: 'failed', reason: 'http-error', message: { id: 'x', en: 'y' } } });
    expect(isCheckDue(failed, failedAt + 1000)).toBe(false);
    expect(isCheckDue(failed, failedAt - 1)).toBe(true); // the clock went back
  });

  it('drops the ETag after a file import or a new URL, and restores the bundled registry keeping the URL', () => {
    const updated = afterCheck(withUpdateUrl(start, URL_), { kind: 'updated', registry: NEXT, etag: '"v2"', url: URL_ }, 2000);
    const imported = afterFileImport(updated, CURRENT, 'inventaris.csv', 3000);
    expect(imported).toMatchObject({ source: 'file', origin: 'inventaris.csv', etag: null, previous: { source: 'url', version: '2026.11.20' } });
    expect(withUpdateUrl(updated, 'https://other.makassarkota.go.id/r.json').etag).toBeNull();
    expect(withUpdateUrl(updated, URL_).etag).toBe('"v2"');
    const restored = bundledSourceInfo(CURRENT, 4000, imported);
    expect(restored).toMatchObject({ source: 'bundled', updateUrl: URL_, etag: null, previous: { source: 'file' } });
  });
});
