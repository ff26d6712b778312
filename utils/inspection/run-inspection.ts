import { normaliseHost } from '../host-match';
import type { Request } from '../messages';
import { inspectDocument } from './analyse-page';

/** The one message the content script sends. */
export type PageInspectedMessage = Extract<Request, { type: 'pageInspected' }>;

/**
 * A near-empty page is read once more after this long: a single-page app may still be rendering
 * at document_idle, and calling it empty then would be a false alarm.
 */
export const EMPTY_RECHECK_MS = 1500;

export interface RunInspectionDeps {
  send: (message: PageInspectedMessage) => Promise<unknown>;
  now?: () => number;
  wait?: (ms: number) => Promise<void>;
}

/**
 * The content script's whole job: inspect the page once (twice if it looked empty), then report
 * it for the page's own host. Returns what was sent, or null for a page that is not on a plain
 * host name (the background would refuse it anyway).
 */
export async function runInspection(
  doc: Document,
  location: { href: string; hostname: string },
  deps: RunInspectionDeps,
): Promise<PageInspectedMessage | null> {
  const now = deps.now ?? Date.now;
  const wait = deps.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const host = normaliseHost(location.hostname);
  if (host === null) return null;
  let facts = inspectDocument(doc, location.href, now());
  if (facts.placeholder === 'empty') {
    await wait(EMPTY_RECHECK_MS);
    facts = inspectDocument(doc, location.href, now());
  }
  const message: PageInspectedMessage = { type: 'pageInspected', host, facts };
  await deps.send(message);
  return message;
}
