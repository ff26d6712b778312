import type { RequestType } from './protocol';

// Who may send what: the background's sender checks (see background/router.ts).

/** Request types a content script may send; every other type is for the extension's own pages only. */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<RequestType> = new Set<RequestType>(['pageInspected']);

/**
 * True when a message comes from one of the extension's own pages (popup, options), not from a
 * content script or another extension. Every request but `pageInspected` reveals or changes the
 * local record, so the background answers only these.
 */
export function isOwnPage(
  sender: { id?: string; url?: string; tab?: unknown } | undefined,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender === undefined || sender.id !== extensionId) return false;
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** What the background knows about a message's sender (runtime.MessageSender, the fields read here). */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * The city host a content-script message may speak for: the sender is this extension, in a tab's
 * top frame, the tab's URL AND the frame's URL are on a watched city host, and both hosts equal
 * `claimedHost`. Null for anything else (another extension, a sub-frame, a non-city tab, a page
 * claiming another host), so a page can never write facts about a host it is not on.
 */
export function cityContentScriptHost(
  sender: MessageSenderLike | undefined,
  extensionId: string,
  claimedHost: string,
  cityHost: (url: string) => string | null,
): string | null {
  if (sender === undefined || sender.id !== extensionId || sender.tab === undefined) return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  const tabUrl = sender.tab.url;
  if (typeof tabUrl !== 'string') return null;
  const host = cityHost(tabUrl);
  if (host === null || host !== claimedHost) return null;
  if (typeof sender.url === 'string' && cityHost(sender.url) !== host) return null;
  return host;
}
