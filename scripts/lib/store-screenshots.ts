import type { BrowserContext } from 'playwright-core';

/** Chrome Web Store and addons.mozilla.org both take 1280×800 screenshots. */
export const STORE_SIZE = { width: 1280, height: 800 };

/**
 * The store listing's screenshots, taken from the demo's browser once it has visited the stand-in
 * city sites: the popup on a city page, the dashboard's overview and its census table. Returns the
 * files written (in `outDir`).
 */
export async function takeStoreScreenshots(context: BrowserContext, extensionOrigin: string, outDir: string, tabId?: number): Promise<string[]> {
  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);
  const written: string[] = [];
  const shoot = async (name: string) => {
    const path = `${outDir}/${name}`;
    await page.screenshot({ path });
    written.push(path);
  };
  try {
    await page.goto(`${extensionOrigin}popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
    await page.getByTestId('site-host').waitFor({ timeout: 10_000 });
    await shoot('store-1-popup.png');

    await page.goto(`${extensionOrigin}dashboard.html`);
    await page.getByTestId('tab-ikhtisar').waitFor({ timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    await shoot('store-2-dashboard.png');

    await page.getByTestId('tab-tabel').click();
    await page.getByTestId('census-row').first().waitFor({ timeout: 10_000 });
    await shoot('store-3-table.png');
  } finally {
    await page.close();
  }
  return written;
}
