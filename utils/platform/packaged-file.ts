import { browser } from 'wxt/browser';

/**
 * Reads a JSON file shipped in the extension package (utils/background/packaged-data.ts). Only the
 * extension's own files: a path, never a URL.
 */
export async function readPackagedJson(path: string): Promise<unknown> {
  // WXT types getURL with the public files it knows; these are added by a build hook.
  const url = (browser.runtime.getURL as (path: string) => string)(`/${path}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Pantau could not read its packaged file ${path} (HTTP ${response.status})`);
  return response.json();
}
