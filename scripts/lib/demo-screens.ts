import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Pictures of the screens people use, for `npm run demo` (demo-output/screens/): the popup at its
 * real size (400 × 600, what the toolbar shows without scrolling) and every dashboard tab in a
 * 1,280 px window, in Indonesian and English. They are for people to look at; the real-browser
 * test (tests/e2e/screens.e2e.test.ts) checks the same screens with axe and measures the table.
 */

const TABS = ['ikhtisar', 'tabel', 'registri', 'usulan', 'rekap', 'periksa', 'pengaturan'] as const;

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null && document.querySelector('main') !== null, null, { timeout: 10_000 });
  await page.waitForTimeout(200);
}

async function setLanguage(page: Page, language: 'id' | 'en'): Promise<void> {
  await page.evaluate(
    (lang) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'savePreferences',
        preferences: { language: lang, recentDays: 90 },
      }),
    language,
  );
}

/** Writes the screenshots and returns their paths. `popupTabId`: the tab the popup is about. */
export async function captureScreens(context: BrowserContext, extensionId: string, out: string, popupTabId: number | undefined): Promise<string[]> {
  const dir = `${out}/screens`;
  mkdirSync(dir, { recursive: true });
  const url = (path: string) => `chrome-extension://${extensionId}/${path}`;
  const written: string[] = [];
  const page = await context.newPage();
  try {
    await page.goto(url('options.html'));
    // One sweep first, so the overview and the Periksa tab show what a sweep leaves behind.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url('dashboard.html#periksa'));
    await settle(page);
    await page.getByTestId('sweep-timeout').fill('3');
    await page.getByTestId('sweep-start').click();
    await page.getByTestId('sweep-headline').waitFor({ timeout: 60_000 });
    for (const lang of ['id', 'en'] as const) {
      await setLanguage(page, lang);
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(url(`popup.html${popupTabId === undefined ? '' : `?tabId=${popupTabId}`}`));
      await settle(page);
      await page.getByTestId('site-card').waitFor();
      written.push(`${dir}/popup-${lang}.png`);
      await page.screenshot({ path: written.at(-1)! });
      await page.setViewportSize({ width: 1280, height: 900 });
      for (const tab of TABS) {
        await page.goto(url(`dashboard.html#${tab}`));
        await settle(page);
        written.push(`${dir}/dashboard-${tab}-${lang}.png`);
        await page.screenshot({ path: written.at(-1)!, fullPage: tab !== 'tabel' });
      }
      await page.goto(url('options.html'));
      await settle(page);
      written.push(`${dir}/options-${lang}.png`);
      await page.screenshot({ path: written.at(-1)!, fullPage: true });
    }
    await setLanguage(page, 'id');
  } finally {
    await page.close();
  }
  return written;
}
