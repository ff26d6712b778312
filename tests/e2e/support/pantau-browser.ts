import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/chromium';
import { startCityServer, type CityServer, type CityServerOptions, type StandInPage } from '../../../scripts/lib/city-server';

/** The slice of the extension API these helpers call inside extension pages. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
};

export const EXTENSION_DIR = resolve(__dirname, '../../../.output/chrome-mv3');

/** Names that must fail to resolve (a city host that is down), listed before the catch-all rule. */
export const UNRESOLVABLE = ['sembakota.makassarkota.go.id'];

/**
 * A browser with Pantau loaded and a stand-in server for every name. Everything resolves to
 * loopback (so lookalike hosts really load and the test proves Pantau ignored them), except the
 * names in UNRESOLVABLE.
 */
export async function startPantau(
  pages: Record<string, StandInPage>,
  lang = 'id',
  options: CityServerOptions & {
    extraArgs?: readonly string[];
    /** Send every name to the stand-in's HTTP port whatever port a URL names (the sweep fetches https://host/ and http://host/). */
    mapAllToHttpPort?: boolean;
  } = {},
) {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first (npm run test:e2e does).`);
  }
  const server: CityServer = await startCityServer(pages, { tls: options.tls });
  const rules = [...UNRESOLVABLE.map((host) => `MAP ${host} ~NOTFOUND`), options.mapAllToHttpPort === true ? `MAP * 127.0.0.1:${server.port}` : 'MAP * 127.0.0.1'].join(', ');
  const browser: ExtensionBrowser = await launchWithExtension({
    extensionDir: EXTENSION_DIR,
    hostResolverRules: rules,
    lang,
    extraArgs: options.extraArgs,
  });
  const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

  // An extension page used to ask the background things, the way the popup does.
  const probe = await browser.context.newPage();
  await probe.goto(extensionUrl('options.html'));

  async function send<T>(message: unknown): Promise<T> {
    const reply = (await probe.evaluate((m) => chrome.runtime.sendMessage(m), message)) as
      | { ok: true; value: T }
      | { ok: false; error: string };
    if (!reply.ok) throw new Error(`background replied with an error: ${reply.error}`);
    return reply.value;
  }

  /** The id of the tab showing `page` (found by its URL; only city URLs are visible to Pantau). */
  async function tabIdOf(page: Page): Promise<number> {
    const url = page.url();
    const tabs = await probe.evaluate(() => chrome.tabs.query({}));
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab visible with url ${url}`);
    return tab.id;
  }

  async function badgeOf(tabId: number) {
    return probe.evaluate(async (id) => {
      const [text, color, title] = await Promise.all([
        chrome.action.getBadgeText({ tabId: id }),
        chrome.action.getBadgeBackgroundColor({ tabId: id }),
        chrome.action.getTitle({ tabId: id }),
      ]);
      return { text, color, title };
    }, tabId);
  }

  return {
    ...browser,
    server,
    probe,
    extensionUrl,
    send,
    tabIdOf,
    badgeOf,
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

export type Pantau = Awaited<ReturnType<typeof startPantau>>;
