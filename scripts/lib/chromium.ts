import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/**
 * Launches Debian's Chromium with the built extension loaded, the way a user would run it, for the
 * demo and the real-browser tests. Playwright cannot download its own browser here, so it drives
 * /usr/bin/chromium (or $CHROMIUM_PATH).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir: string;
  /** Chromium --host-resolver-rules: which names resolve where (everything else is unreachable). */
  hostResolverRules: string;
  /** UI language, e.g. 'id' or 'en'. */
  lang?: string;
  downloadsPath?: string;
  /** Further unpacked extensions loaded beside Pantau (e.g. a benchmark's calibration extension). */
  extraExtensionDirs?: readonly string[];
  /** More Chromium switches (e.g. --ignore-certificate-errors-spki-list for a test certificate). */
  extraArgs?: readonly string[];
}

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's build with: apt-get update && apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH).',
    );
  }
}

export interface ChromiumOptions {
  /** Chromium --host-resolver-rules: which names resolve where (everything else is unreachable). */
  hostResolverRules: string;
  /** UI language, e.g. 'id' or 'en'. */
  lang?: string;
  downloadsPath?: string;
  /** Unpacked extensions to load (none: a plain browser, the baseline in benchmarks). */
  extensionDirs?: readonly string[];
  /** More Chromium switches (e.g. --ignore-certificate-errors-spki-list for a test certificate). */
  extraArgs?: readonly string[];
}

/**
 * Launches Debian's Chromium in a fresh profile with the flags every test, demo and benchmark
 * shares, so a browser with the extension and one without differ in nothing else.
 */
export async function launchChromium(options: ChromiumOptions): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'pantau-profile-'));
  const extensions = (options.extensionDirs ?? []).join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    downloadsPath: options.downloadsPath,
    locale: options.lang === 'en' ? 'en-US' : 'id-ID',
    // On Linux, Chromium takes its UI locale (and so chrome.i18n's) from the environment;
    // --lang alone is ignored in headless mode.
    env: { ...process.env, LANGUAGE: options.lang ?? 'id', LANG: options.lang === 'en' ? 'en_US.UTF-8' : 'id_ID.UTF-8' },
    args: [
      ...(extensions === '' ? [] : [`--disable-extensions-except=${extensions}`, `--load-extension=${extensions}`]),
      `--host-resolver-rules=${options.hostResolverRules}`,
      `--lang=${options.lang ?? 'id'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.extraArgs ?? []),
    ],
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const { context, close } = await launchChromium({
    ...options,
    extensionDirs: [options.extensionDir, ...(options.extraExtensionDirs ?? [])],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // The worker's top-level code (listener registration) must have run before the first navigation.
  await worker.evaluate(() => true);
  return { context, worker, extensionId, close };
}

/** The service worker of the extension, waiting for a new one if it was stopped. */
export async function currentWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const alive = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  return alive ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}
