/**
 * Loopback stand-ins for the sweep benchmark: one HTTP server that answers for every host name, a
 * fetch that sends Pantau's https://HOST/ requests there over Node's own fetch (undici) with every
 * name resolved to 127.0.0.1, and a plain http.request client as a baseline.
 */
import { createServer, request, Agent as HttpAgent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import type { FetchLike } from '../../utils/http/read-body';

/** A page about the size of a small city site's front page (~4 KB). */
const PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Contoh</title></head><body>${'<p>Layanan publik Kota Makassar.</p>'.repeat(100)}</body></html>`;

/** Starts the server; each answer waits `delayMs` to stand in for a real server's think time. */
export async function startLoopbackServer(delayMs: number): Promise<{ server: Server; port: number; requests: () => number }> {
  let count = 0;
  const server = createServer((req, res) => {
    count += 1;
    const answer = () => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', server: 'nginx/1.18.0', 'x-powered-by': 'PHP/7.4.3', 'content-length': Buffer.byteLength(PAGE) });
      res.end(PAGE);
    };
    if (delayMs > 0) setTimeout(answer, delayMs);
    else answer();
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, requests: () => count };
}

/** Node's global fetch with every name resolved to loopback, and Pantau's https://HOST/ sent to http://HOST:port/. */
export function loopbackFetch(port: number): { fetchFn: FetchLike; close: () => Promise<void> } {
  const dispatcher = new Agent({
    connect: {
      lookup: (_hostname, options, callback) => {
        if ((options as { all?: boolean }).all === true) callback(null, [{ address: '127.0.0.1', family: 4 }] as never, 4);
        else callback(null, '127.0.0.1', 4);
      },
    },
  });
  const fetchFn: FetchLike = (url, init) => {
    const target = new URL(url);
    target.protocol = 'http:';
    target.port = String(port);
    // `dispatcher` is undici's extension to RequestInit (Node's fetch is undici).
    return fetch(target.href, { ...init, dispatcher } as RequestInit);
  };
  return { fetchFn, close: () => dispatcher.close() };
}

/** The baseline: plain http.request GETs with a Host header, `concurrency` at a time, bodies read and dropped. */
export async function plainHttpSweep(hosts: readonly string[], port: number, concurrency: number): Promise<number> {
  const agent = new HttpAgent({ keepAlive: false });
  let next = 0;
  let ok = 0;
  const one = (host: string) =>
    new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/', headers: { host }, agent }, (res) => {
        if (res.statusCode === 200) ok += 1;
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', () => resolve());
      req.end();
    });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < hosts.length) {
        const host = hosts[next++];
        if (host !== undefined) await one(host);
      }
    }),
  );
  agent.destroy();
  return ok;
}
