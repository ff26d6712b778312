import { browser } from 'wxt/browser';
import type { OpenDocument } from '../visits/event-store';

/**
 * The top-level documents that finished loading in tabs on `patterns` (match patterns of the city
 * domains), with Chromium's document ids: what a starting worker checks against the visits it has
 * (visits-service recoverOpenDocuments). Needs no `tabs` permission: the host permission makes the
 * URL and title of city tabs visible, and only of those. Firefox gives no document id, so there it
 * finds nothing (its background page is not stopped between events the way an MV3 worker is).
 */
export async function openDocuments(patterns: string[]): Promise<OpenDocument[]> {
  const tabs = await browser.tabs.query({ url: patterns, status: 'complete' });
  const found = await Promise.all(
    tabs.map(async (tab): Promise<OpenDocument | null> => {
      if (tab.id === undefined) return null;
      const frame = await browser.webNavigation.getFrame({ tabId: tab.id, frameId: 0 }).catch(() => null);
      // Chromium 106+ names the document; an error page (errorOccurred) is no visit.
      const documentId = (frame as { documentId?: unknown } | null)?.documentId;
      if (frame == null || frame.errorOccurred || typeof documentId !== 'string') return null;
      return { tabId: tab.id, url: frame.url, documentId, ...(tab.title === undefined ? {} : { title: tab.title }) };
    }),
  );
  return found.filter((open): open is OpenDocument => open !== null);
}
