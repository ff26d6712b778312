import { describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../../../utils/http/read-body';
import { probeHost, type ProbeOptions } from '../../../utils/sweep/probe-host';
import { classifyResult, type HtmlInspection, type InspectHtml } from '../../../utils/sweep/sweep-result';

const WATCHED = ['makassarkota.go.id'];
const HOST = 'contoh.makassarkota.go.id';
type Route = (init: RequestInit) => Response | Promise<Response>;

/** A fetch that answers from a table of URLs and records every URL it was asked for. */
function router(routes: Record<string, Route>) {
  const asked: string[] = [];
  const fetchFn = vi.fn<FetchLike>(async (url, init) => {
    asked.push(url);
    const route = routes[url];
    if (route === undefined) throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) });
    return route(init);
  });
  return { fetchFn, asked };
}
const html = (body: string, headers: Record<string, string> = {}, status = 200) => () =>
  new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
const redirect = (location: string, status = 301) => () => new Response(null, { status, headers: { location } });
const inspect: InspectHtml = (page) => ({ title: /<title>(.*?)<\/title>/.exec(page)?.[1] ?? null, software: [], placeholder: page.includes('coming soon') ? 'coming-soon' : null, passwordField: false, newestDate: null, copyrightYear: null });

function probe(fetchFn: FetchLike, over: Partial<ProbeOptions> = {}) {
  return probeHost(HOST, { fetchFn, watchedDomains: WATCHED, signal: new AbortController().signal, now: () => 42, inspectHtml: inspect, ...over });
}

describe('probeHost', () => {
  it('records status, HTTPS, HSTS and the telling headers of a live https page', async () => {
    const { fetchFn } = router({
      [`https://${HOST}/`]: html('<title>Contoh</title>', { 'strict-transport-security': 'max-age=31536000', server: 'nginx/1.18.0', 'x-powered-by': 'PHP/7.4.3', 'last-modified': 'Tue, 01 Sep 2026 10:00:00 GMT' }),
    });
    const result = await probe(fetchFn);
    expect(result).toMatchObject({ source: 'sweep', host: HOST, checkedAt: 42, status: 200, finalUrl: `https://${HOST}/`, redirects: [], https: true, hsts: true, server: 'nginx/1.18.0', poweredBy: 'PHP/7.4.3', lastModified: 'Tue, 01 Sep 2026 10:00:00 GMT', title: 'Contoh', error: null, httpsError: null, redirectStop: null });
    expect(classifyResult(result)).toBe('alive');
    expect(fetchFn.mock.calls[0]?.[1]).toMatchObject({ redirect: 'manual', credentials: 'omit' });
  });

  it('follows redirects on the watched domains itself, keeping origin + path only', async () => {
    const { fetchFn, asked } = router({
      [`https://${HOST}/`]: redirect('/beranda?sesi=rahasia', 302),
      [`https://${HOST}/beranda?sesi=rahasia`]: redirect('https://www.contoh.makassarkota.go.id/index.php?x=1#top'),
      'https://www.contoh.makassarkota.go.id/index.php?x=1': html('<title>Beranda</title>', { 'strict-transport-security': 'max-age=0' }),
    });
    const result = await probe(fetchFn);
    expect(asked).toHaveLength(3);
    expect(result).toMatchObject({ status: 200, finalUrl: 'https://www.contoh.makassarkota.go.id/index.php', redirects: [`https://${HOST}/`, `https://${HOST}/beranda`], hsts: false, title: 'Beranda' });
  });

  it('never follows a redirect off the watched domains', async () => {
    const { fetchFn, asked } = router({ [`https://${HOST}/`]: redirect('https://judi.example.com/') });
    const result = await probe(fetchFn);
    expect(asked).toEqual([`https://${HOST}/`]);
    expect(result).toMatchObject({ status: 301, redirectStop: 'outside-watched-domains', finalUrl: `https://${HOST}/` });
    expect(classifyResult(result)).toBe('problem');
  });

  it('does not follow a redirect to another scheme', async () => {
    const { fetchFn, asked } = router({ [`https://${HOST}/`]: redirect('javascript:alert(1)') });
    expect(await probe(fetchFn)).toMatchObject({ status: 301, redirectStop: 'bad-location' });
    expect(asked).toHaveLength(1);
  });

  it('stops a redirect loop and names it as Chrome does', async () => {
    const { fetchFn, asked } = router({ [`https://${HOST}/`]: redirect('/a'), [`https://${HOST}/a`]: redirect('/') });
    const result = await probe(fetchFn);
    expect(asked).toHaveLength(2);
    expect(result).toMatchObject({ redirectStop: 'too-many-redirects', error: 'net::ERR_TOO_MANY_REDIRECTS' });
  });

  it('stops after maxRedirects', async () => {
    const routes: Record<string, Route> = {};
    for (let i = 0; i < 20; i += 1) routes[i === 0 ? `https://${HOST}/` : `https://${HOST}/${i}`] = redirect(`/${i + 1}`);
    const { fetchFn, asked } = router(routes);
    expect(await probe(fetchFn, { maxRedirects: 3 })).toMatchObject({ redirectStop: 'too-many-redirects' });
    expect(asked).toHaveLength(4);
  });

  it('falls back to http when https is refused, and records why', async () => {
    const { fetchFn, asked } = router({ [`http://${HOST}/`]: html('<title>Lama</title>') });
    const result = await probe(fetchFn);
    expect(asked).toEqual([`https://${HOST}/`, `http://${HOST}/`]);
    expect(result).toMatchObject({ status: 200, https: false, hsts: false, httpsError: 'net::ERR_CONNECTION_REFUSED', finalUrl: `http://${HOST}/` });
  });

  it('does not retry over http when the name does not resolve', async () => {
    const fetchFn = vi.fn<FetchLike>(async () => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('x'), { code: 'ENOTFOUND' }) })));
    const result = await probe(fetchFn);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ status: null, error: 'net::ERR_NAME_NOT_RESOLVED' });
    expect(classifyResult(result)).toBe('failed');
  });

  it('names a timeout net::ERR_TIMED_OUT', async () => {
    const controller = new AbortController();
    const fetchFn: FetchLike = (_url, init) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    setTimeout(() => controller.abort(new DOMException('slow', 'TimeoutError')), 10);
    expect(await probe(fetchFn, { signal: controller.signal })).toMatchObject({ status: null, error: 'net::ERR_TIMED_OUT' });
  });

  it('counts a redirect whose target the browser hides as alive', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers(), body: null } as unknown as Response;
    const result = await probe(async () => opaque);
    expect(result).toMatchObject({ status: null, redirectStop: 'target-hidden', redirects: [`https://${HOST}/`] });
    expect(classifyResult(result)).toBe('alive');
  });

  it('reads at most maxHtmlBytes of a page', async () => {
    let pulled = 0;
    const endless = () =>
      new Response(new ReadableStream<Uint8Array>({ pull: (c) => void (pulled += 1, c.enqueue(new TextEncoder().encode('<p>isi</p>'.repeat(1000)))) }), { headers: { 'content-type': 'text/html' } });
    const seen: number[] = [];
    const result = await probe(async () => endless(), { maxHtmlBytes: 25_000, inspectHtml: (page) => (seen.push(page.length), inspect(page, '')) });
    expect(result.status).toBe(200);
    expect(seen).toEqual([25_000]);
    expect(pulled).toBeLessThan(10);
  });

  it('skips the inspection for non-HTML answers and survives a throwing inspector', async () => {
    const spy = vi.fn<InspectHtml>(inspect);
    await probe(async () => new Response('{}', { headers: { 'content-type': 'application/json' } }), { inspectHtml: spy });
    expect(spy).not.toHaveBeenCalled();
    const result = await probe(router({ [`https://${HOST}/`]: html('<title>x</title>', {}, 500) }).fetchFn, {
      inspectHtml: () => {
        throw new Error('detector bug');
      },
    });
    expect(result).toMatchObject({ status: 500, title: null });
    expect(classifyResult(result)).toBe('problem');
  });

  it('marks a placeholder page as a problem', async () => {
    const result = await probe(router({ [`https://${HOST}/`]: html('coming soon') }).fetchFn);
    expect(result.placeholder).toBe('coming-soon');
    expect(classifyResult(result)).toBe('problem');
  });

  it('cleans hostile header values', async () => {
    const result = await probe(router({ [`https://${HOST}/`]: html('', { server: `Apache\u0007\u009b${'x'.repeat(500)}` }) }).fetchFn);
    expect(result.server?.length).toBeLessThanOrEqual(200);
    expect(result.server).toMatch(/^Apache x+…$/);
  });

  it('refuses to probe a host outside the watched domains, without fetching', async () => {
    const fetchFn = vi.fn<FetchLike>();
    await expect(probeHost('contoh.example.com', { fetchFn, watchedDomains: WATCHED, signal: new AbortController().signal })).rejects.toThrow(RangeError);
    await expect(probeHost('CONTOH.makassarkota.go.id', { fetchFn, watchedDomains: WATCHED, signal: new AbortController().signal })).rejects.toThrow(RangeError);
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('leaves the HTML fields empty without an inspector', async () => {
    const result = await probe(router({ [`https://${HOST}/`]: html('<title>x</title>') }).fetchFn, { inspectHtml: undefined });
    const empty: HtmlInspection = { title: null, software: [], placeholder: null, passwordField: false, newestDate: null, copyrightYear: null };
    expect(result).toMatchObject(empty);
  });
});
