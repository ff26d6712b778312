import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { createSecureContext, type SecureContext } from 'node:tls';

/**
 * Stand-in city sites on loopback. Chromium maps every name to 127.0.0.1 (host resolver rules) and
 * Firefox sends every name here as to a proxy, so this one server answers for all of them and picks
 * the page by the Host header.
 *
 * Pages are looked up by `scheme://host` first (so http:// can redirect to https://), then by
 * host, then `*`. A page is either a title and body put into a small template, or raw `html`
 * served as is; `status` and `headers` are sent as given, with `{httpPort}` and `{httpsPort}` in
 * header values replaced by the real ports (for Location headers).
 */
export interface StandInPage {
  status?: number;
  title?: string;
  body?: string;
  headers?: Record<string, string>;
  /** The whole response body, served as is (title and body are then ignored). */
  html?: string;
  /** Answer only after this many milliseconds (a slow host); dropped if the client goes away. */
  delayMs?: number;
}

export interface TlsIdentity {
  key: string;
  cert: string;
}

export interface CityServerOptions {
  /** Also serve HTTPS: `identity` for every name, `byHost` for some names (chosen by SNI). */
  tls?: { identity: TlsIdentity; byHost?: Record<string, TlsIdentity> };
}

export interface CityServer {
  port: number;
  /** The HTTPS port, or null when the server was started without TLS. */
  httpsPort: number | null;
  /** `http://host:port/path` for a stand-in host. */
  url(host: string, path?: string): string;
  /** `https://host:port/path` for a stand-in host (TLS servers only). */
  httpsUrl(host: string, path?: string): string;
  /** Every request seen, as `host path` (to prove what the browser asked for). */
  requests: string[];
  close(): Promise<void>;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The path of a request target. Firefox reaches this server as an HTTP proxy (scripts/lib/firefox.ts),
 * and a proxy is sent the absolute form (`http://host:port/path`); Chromium sends the path itself.
 */
function requestPath(target: string): string {
  if (!/^https?:\/\//i.test(target)) return target;
  const url = new URL(target);
  return `${url.pathname}${url.search}`;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

export async function startCityServer(pages: Record<string, StandInPage>, options: CityServerOptions = {}): Promise<CityServer> {
  const requests: string[] = [];
  const ports = { http: 0, https: 0 };

  const handler = (scheme: 'http' | 'https') => (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = requestPath(req.url ?? '');
    requests.push(`${host} ${path}`);
    if (path === '/favicon.ico') {
      res.writeHead(404).end();
      return;
    }
    const page = pages[`${scheme}://${host}`] ?? pages[host] ?? pages['*'];
    if (page === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no stand-in for this host');
      return;
    }
    // Titles may be deliberately hostile (tests): the raw title goes in as the page author wrote it,
    // entity-escaped only as HTML requires, so the browser reports exactly that text.
    const title = page.title ?? '';
    const html =
      page.html ??
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${
        page.body ?? `<h1>${escapeHtml(title)}</h1>`
      }</body></html>`;
    const headers = Object.fromEntries(
      Object.entries(page.headers ?? {}).map(([name, value]) => [
        name,
        value.replaceAll('{httpPort}', String(ports.http)).replaceAll('{httpsPort}', String(ports.https)),
      ]),
    );
    const answer = () => {
      res.writeHead(page.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(html);
    };
    if (page.delayMs === undefined) return answer();
    const timer = setTimeout(answer, page.delayMs);
    res.on('close', () => clearTimeout(timer));
  };

  const servers: Server[] = [createServer(handler('http'))];
  ports.http = await listen(servers[0]!);
  if (options.tls !== undefined) {
    const { identity, byHost = {} } = options.tls;
    const contexts = new Map<string, SecureContext>(Object.entries(byHost).map(([host, id]) => [host, createSecureContext(id)]));
    const https = createHttpsServer(
      { ...identity, SNICallback: (name, done) => done(null, contexts.get(name.toLowerCase()) ?? createSecureContext(identity)) },
      handler('https'),
    );
    servers.push(https);
    ports.https = await listen(https);
    // Firefox reaches https:// stand-ins through this server as a proxy (scripts/lib/firefox.ts):
    // every CONNECT tunnel leads to the HTTPS server, which picks the certificate by SNI.
    servers[0]!.on('connect', (_req: IncomingMessage, client: Socket, head: Buffer) => {
      const upstream = connect(ports.https, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      const drop = () => {
        upstream.destroy();
        client.destroy();
      };
      upstream.on('error', drop);
      client.on('error', drop);
    });
  }

  return {
    port: ports.http,
    httpsPort: options.tls === undefined ? null : ports.https,
    url: (host, path = '/') => `http://${host}:${ports.http}${path}`,
    httpsUrl: (host, path = '/') => {
      if (options.tls === undefined) throw new Error('this stand-in server was started without TLS');
      return `https://${host}:${ports.https}${path}`;
    },
    requests,
    close: () =>
      Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
}
