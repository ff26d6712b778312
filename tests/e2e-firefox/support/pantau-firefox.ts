import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startCityServer, type CityServer, type CityServerOptions, type StandInPage } from '../../../scripts/lib/city-server';
import { launchFirefoxWithExtension } from '../../../scripts/lib/firefox';
import { UNRESOLVABLE } from '../../e2e/support/pantau-browser';
import type { PantauDriver } from '../../e2e/support/pantau-driver';

/** The slice of the extension API these helpers call inside extension pages (Firefox MV2). */
declare const browser: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  browserAction: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
};

export const FIREFOX_EXTENSION_DIR = resolve(__dirname, '../../../.output/firefox-mv2');

/**
 * Waits until `page` shows a document under `urlPrefix` that finished loading. Firefox's BiDi
 * navigation to a moz-extension:// page never reports its load, so `goto` is not awaited: the page's
 * own readyState is.
 */
async function waitForDocument(page: Page, urlPrefix: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page
      .evaluate((prefix) => (location.href.startsWith(prefix) ? document.readyState : 'elsewhere'), urlPrefix)
      .catch(() => 'navigating');
    if (state === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${urlPrefix} did not load within ${timeoutMs} ms (last state: ${state})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Firefox ESR with Pantau's Firefox build installed and the stand-in city server behind the proxy
 * auto-config: every name reaches the server (so lookalike hosts really load and the test proves
 * Pantau ignored them), https:// ones through CONNECT to its TLS side (when `tls` is given), except
 * the names in UNRESOLVABLE, which fail in DNS.
 */
export async function startPantauFirefox(
  pages: Record<string, StandInPage>,
  options: CityServerOptions & { lang?: string } = {},
): Promise<PantauDriver<Page>> {
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first (npm test does).`);
  }
  const server: CityServer = await startCityServer(pages, { tls: options.tls });
  const downloads = mkdtempSync(join(tmpdir(), 'pantau-firefox-downloads-'));
  const firefox = await launchFirefoxWithExtension({
    extensionDir: FIREFOX_EXTENSION_DIR,
    proxyPort: server.port,
    unresolvable: UNRESOLVABLE,
    lang: options.lang ?? 'id',
    downloadsPath: downloads,
  });
  const extensionUrl = (path: string) => `${firefox.extensionOrigin}${path}`;

  async function openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page> {
    const page = await firefox.browser.newPage();
    if (viewport !== undefined) await page.setViewport(viewport);
    void page.goto(extensionUrl(path)).catch(() => {});
    await waitForDocument(page, extensionUrl(path.replace(/[?#].*$/, '')));
    return page;
  }

  // An extension page used to ask the background things, the way the popup does.
  const probe = await openExtensionPage('options.html');

  async function send<T>(message: unknown): Promise<T> {
    const reply = (await probe.evaluate((m) => browser.runtime.sendMessage(m), message)) as
      | { ok: true; value: T }
      | { ok: false; error: string };
    if (!reply.ok) throw new Error(`background replied with an error: ${reply.error}`);
    return reply.value;
  }

  return {
    browserName: 'firefox',
    server,
    extensionUrl,
    send,
    async visit(url) {
      const page = await firefox.browser.newPage();
      await page.goto(url).catch(() => {}); // failed navigations are part of the scenarios
      return page;
    },
    openExtensionPage,
    async tabIdOf(page) {
      const url = page.url();
      const tabs = await probe.evaluate(() => browser.tabs.query({}));
      const tab = tabs.find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab visible with url ${url}`);
      return tab.id;
    },
    badgeOf(tabId) {
      return probe.evaluate(async (id) => {
        const [text, color, title] = await Promise.all([
          browser.browserAction.getBadgeText({ tabId: id }),
          browser.browserAction.getBadgeBackgroundColor({ tabId: id }),
          browser.browserAction.getTitle({ tabId: id }),
        ]);
        return { text, color, title };
      }, tabId);
    },
    async click(page, testId) {
      await page.locator(`[data-testid="${testId}"]`).click();
    },
    texts(page, testId) {
      return page.$$eval(`[data-testid="${testId}"]`, (nodes) => nodes.map((node) => node.textContent ?? ''));
    },
    async fill(page, testId, value) {
      await page.locator(`[data-testid="${testId}"]`).fill(value);
    },
    attribute(page, selector, name) {
      return page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name);
    },
    async download(page, testId) {
      const before = new Set(readdirSync(downloads));
      await page.locator(`[data-testid="${testId}"]`).click();
      const deadline = Date.now() + 15_000;
      for (;;) {
        const done = readdirSync(downloads).filter((name) => !before.has(name) && !name.endsWith('.part'));
        if (done.length > 0) {
          const name = done[0]!;
          // Firefox writes the file in place: wait until its size stops changing.
          await new Promise((r) => setTimeout(r, 200));
          return { name, text: readFileSync(join(downloads, name), 'utf8') };
        }
        if (Date.now() > deadline) throw new Error(`no download after clicking ${testId}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      await firefox.close();
      await server.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
