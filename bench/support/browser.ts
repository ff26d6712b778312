import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';

/**
 * The Chrome build the browser benches load (bench/run.ts builds it when missing or stale), or
 * another build given as BENCH_EXTENSION_DIR (e.g. a copy of an earlier build, to measure "before").
 */
export const EXTENSION_DIR = process.env.BENCH_EXTENSION_DIR ? resolve(process.env.BENCH_EXTENSION_DIR) : resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** An earlier build measured side by side with EXTENSION_DIR by benches that compare (BENCH_BASELINE_DIR). */
export const BASELINE_DIR = process.env.BENCH_BASELINE_DIR ? resolve(process.env.BENCH_BASELINE_DIR) : null;

/** Every name resolves to loopback, where bench pages are served. */
export const LOOPBACK_RULES = 'MAP * 127.0.0.1';

/** Launches Chromium with Pantau and an extension page (`probe`) to talk to the background. */
export async function launchPantau(
  extraExtensionDirs: readonly string[] = [],
  extensionDir: string = EXTENSION_DIR,
): Promise<ExtensionBrowser & { probe: Page; extensionUrl(path: string): string }> {
  const browser = await launchWithExtension({ extensionDir, hostResolverRules: LOOPBACK_RULES, extraExtensionDirs });
  const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
  const probe = await browser.context.newPage();
  await probe.goto(extensionUrl('options.html'));
  return { ...browser, probe, extensionUrl };
}

/** Sends one request to the background from an extension page, as the popup does. */
export async function sendFrom(page: Page, message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<{ ok: boolean; value?: unknown }> } } }).chrome.runtime.sendMessage(m),
    message,
  );
}

/**
 * Watches the extension's service worker through the DevTools ServiceWorker domain (on a CDP
 * session of one of the extension's own pages, which is where Chromium reports its workers).
 * Playwright's `serviceworker` event fires only once per worker URL, and the worker's DevTools
 * target outlives a stop, so neither shows restarts; the running status does.
 */
export async function watchWorker(cdp: CDPSession, scriptUrl: string) {
  let status = 'unknown';
  let starts = 0;
  const waiters: Array<{ want: string; resolve: () => void }> = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) {
      if (version.scriptURL !== scriptUrl) continue;
      if (version.runningStatus === 'starting' && status !== 'starting') starts += 1;
      status = version.runningStatus;
      for (const waiter of waiters.splice(0)) {
        if (waiter.want === status) waiter.resolve();
        else waiters.push(waiter);
      }
    }
  });
  await cdp.send('ServiceWorker.enable');
  const until = (want: string) =>
    status === want ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ want, resolve }));
  return {
    /** How many times the worker went from not running to starting since the last reset. */
    get starts() {
      return starts;
    },
    get status() {
      return status;
    },
    resetStarts() {
      starts = 0;
    },
    /** Stops every worker (CDP) and resolves once this one reports `stopped`. */
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until('stopped');
    },
    untilRunning: () => until('running'),
  };
}

/**
 * Counts script contexts a given extension creates in a page: a content script runs in an isolated
 * world whose origin is `chrome-extension://<id>`, reported by CDP `Runtime.executionContextCreated`
 * whether it was declared in the manifest or injected with chrome.scripting.
 */
export async function countExtensionContexts(page: Page): Promise<{ byOrigin: Map<string, number>; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const byOrigin = new Map<string, number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) byOrigin.set(context.origin, (byOrigin.get(context.origin) ?? 0) + 1);
  });
  await cdp.send('Runtime.enable');
  return { byOrigin, cdp };
}

/**
 * A throwaway extension with a content script on every page, loaded beside Pantau so the same run
 * proves the injection counter sees injections (it must count one per navigation for it).
 */
export function writeCalibrationExtension(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-calibration-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Pantau bench calibration',
      version: '1.0',
      content_scripts: [{ matches: ['<all_urls>'], js: ['marker.js'], run_at: 'document_start' }],
    }),
  );
  writeFileSync(join(dir, 'marker.js'), 'document.documentElement.dataset.benchCalibration = "1";\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The noise floor of extension benches: an MV3 extension that does nothing (a service worker with
 * no listeners, no content script, no permissions). What a browser with it costs over a browser
 * without any is what loading an extension at all costs, and how far two identical runs differ.
 */
export function writeDoNothingExtension(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-do-nothing-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Do nothing (bench noise floor)', version: '1.0', background: { service_worker: 'worker.js' } }));
  writeFileSync(join(dir, 'worker.js'), '// Deliberately empty.\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
