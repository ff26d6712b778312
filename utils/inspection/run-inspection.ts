import { normaliseHost } from '../domains/host-match';
import type { Request } from '../messaging/protocol';
import { inspectDocumentInSlices } from './analyse-page';
import { pageYielder, type YieldToPage } from './page-slices';

/** The one message the content script sends. */
export type PageInspectedMessage = Extract<Request, { type: 'pageInspected' }>;

/**
 * A near-empty page is read once more after this long: a single-page app may still be rendering
 * at document_idle, and calling it empty then would be a false alarm.
 */
export const EMPTY_RECHECK_MS = 1500;

/** The page's own load is never waited on longer than this: a hung sub-resource must not stop the inspection. */
export const MAX_LOAD_WAIT_MS = 10_000;
/** How long an idle callback may be put off by a busy page. */
const IDLE_TIMEOUT_MS = 2_000;

export interface RunInspectionDeps {
  send: (message: PageInspectedMessage) => Promise<unknown>;
  now?: () => number;
  wait?: (ms: number) => Promise<void>;
  /** Resolves when the page has loaded and its main thread is idle (see whenPageIdle). */
  idle?: () => Promise<void>;
  /** Hands the main thread back to the page between slices of the walk (default: pageYielder()). */
  yieldToPage?: YieldToPage;
}

/**
 * Resolves once the page has fired its load event (or MAX_LOAD_WAIT_MS passed) and then the main
 * thread has an idle moment: document_idle may come before the load event, and an inspection
 * then would delay the page's own load. With this, the page finishes first and Pantau reads it
 * in time the page does not need.
 */
export function whenPageIdle(win: Window = window): Promise<void> {
  return new Promise<void>((resolve) => {
    const idle = () => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
      else win.setTimeout(resolve, 0);
    };
    if (win.document.readyState === 'complete') {
      idle();
      return;
    }
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      idle();
    };
    win.addEventListener('load', once, { once: true });
    win.setTimeout(once, MAX_LOAD_WAIT_MS);
  });
}

/**
 * The content script's whole job: once the page has loaded and is idle, inspect it once (twice
 * if it looked empty) in slices that yield to the page, then report it for the page's own host. Returns what was sent, or null for a page that is not on a plain
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
  await (deps.idle ?? (() => whenPageIdle()))();
  const yieldToPage = deps.yieldToPage ?? pageYielder();
  let facts = await inspectDocumentInSlices(doc, location.href, now(), yieldToPage);
  if (facts.placeholder === 'empty') {
    await wait(EMPTY_RECHECK_MS);
    facts = await inspectDocumentInSlices(doc, location.href, now(), yieldToPage);
  }
  const message: PageInspectedMessage = { type: 'pageInspected', host, facts };
  await deps.send(message);
  return message;
}
