import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stand-in city sites on loopback. Chromium maps every name to 127.0.0.1 (host resolver rules),
 * so this one server answers for all of them and picks the page by the Host header.
 */
export interface StandInPage {
  status?: number;
  title: string;
  body?: string;
  headers?: Record<string, string>;
  /** A whole document served as is (hostile-page fixtures); `title` and `body` are then ignored. */
  html?: string;
}

export interface CityServer {
  port: number;
  /** `http://host:port/path` for a stand-in host. */
  url(host: string, path?: string): string;
  /** Every request seen, as `host path` (to prove what the browser asked for). */
  requests: string[];
  close(): Promise<void>;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export async function startCityServer(pages: Record<string, StandInPage>): Promise<CityServer> {
  const requests: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    requests.push(`${host} ${req.url ?? ''}`);
    if (req.url === '/favicon.ico') {
      res.writeHead(404).end();
      return;
    }
    const page = pages[host] ?? pages['*'];
    if (page === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no stand-in for this host');
      return;
    }
    // Titles may be deliberately hostile (tests): the raw title goes in as the page author wrote it,
    // entity-escaped only as HTML requires, so the browser reports exactly that text.
    const html = page.html ?? `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title></head><body>${
      page.body ?? `<h1>${escapeHtml(page.title)}</h1>`
    }</body></html>`;
    res.writeHead(page.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (host, path = '/') => `http://${host}:${port}${path}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
