import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/**
 * Launches Debian's Firefox ESR with the built Firefox extension installed, for the real-browser
 * tests. Puppeteer drives it over WebDriver BiDi (puppeteer-core downloads no browser).
 *
 * Firefox has no --host-resolver-rules: city names reach the loopback stand-in server through a
 * proxy auto-config script instead, which sends every name to the server as an HTTP proxy, except
 * the `unresolvable` names, which go DIRECT and so fail in DNS like a city host that is gone (DNS
 * goes only to a resolver that does not exist, so they fail on any machine, networked or not).
 */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Pantau's add-on id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const GECKO_ID = 'pantau@diskominfo.makassarkota.go.id';

/**
 * The moz-extension:// host Firefox gives Pantau in these profiles. Firefox picks a random UUID per
 * profile unless the `extensions.webextensions.uuids` pref names one, and tests need to know it.
 */
export const EXTENSION_UUID = '7b3f5a2e-4c1d-4e8a-9a6b-3d2c1b0a9f8e';

export interface FirefoxOptions {
  extensionDir: string;
  /** The loopback port of the stand-in server (it answers plain HTTP proxy requests). */
  proxyPort: number;
  /** Names that must fail to resolve (sent DIRECT, so the system resolver answers "unknown host"). */
  unresolvable?: readonly string[];
  /** UI language: 'id' (the Debian package firefox-esr-l10n-id) or 'en'. */
  lang?: string;
  /** Where downloads go, without asking. */
  downloadsPath?: string;
}

export interface ExtensionFirefox {
  browser: Browser;
  /** `moz-extension://<uuid>/`. */
  extensionOrigin: string;
  close(): Promise<void>;
}

export function assertFirefox(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}. Install Debian's build with: apt-get update && apt-get install -y firefox-esr firefox-esr-l10n-id ` +
        '(or set FIREFOX_PATH).',
    );
  }
}

/** The proxy auto-config script: every name to the stand-in server, the unresolvable ones DIRECT. */
export function proxyAutoConfig(proxyPort: number, unresolvable: readonly string[] = []): string {
  return `function FindProxyForURL(url, host) {
  var direct = ${JSON.stringify(unresolvable)};
  for (var i = 0; i < direct.length; i++) if (host === direct[i]) return 'DIRECT';
  return 'PROXY 127.0.0.1:${proxyPort}';
}`;
}

export async function launchFirefoxWithExtension(options: FirefoxOptions): Promise<ExtensionFirefox> {
  assertFirefox();
  const profile = mkdtempSync(join(tmpdir(), 'pantau-firefox-'));
  const pac = proxyAutoConfig(options.proxyPort, options.unresolvable);
  const lang = options.lang ?? 'id';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    // Lets the driver open privileged pages; without it moz-extension:// pages cannot be driven.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, LANG: lang === 'en' ? 'en_US.UTF-8' : 'id_ID.UTF-8' },
    extraPrefsFirefox: {
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(pac)}`,
      'network.proxy.failover_direct': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.locale.requested': lang === 'en' ? 'en-US' : 'id',
      // Plain http:// city pages must load as they are (the tests serve them over HTTP).
      'dom.security.https_only_mode': false,
      'dom.security.https_first': false,
      'network.dns.disablePrefetch': true,
      // DNS over HTTPS only, from a resolver that does not exist: every name Firefox itself has to
      // resolve (the DIRECT ones) fails at once with "unknown host", whatever the machine's DNS.
      'network.trr.mode': 3,
      'network.trr.uri': 'https://127.0.0.1:9/dns-query',
      ...(options.downloadsPath === undefined
        ? {}
        : {
            'browser.download.folderList': 2,
            'browser.download.dir': options.downloadsPath,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.download.start_downloads_in_tmp_dir': false,
            'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/csv,application/octet-stream',
          }),
    },
  });
  try {
    await browser.installExtension(options.extensionDir);
  } catch (error) {
    await browser.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    extensionOrigin: `moz-extension://${EXTENSION_UUID}/`,
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
