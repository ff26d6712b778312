import { normaliseHost } from '../domains/host-match';
import type { Request } from '../messaging/protocol';
import { mayBeEmpty, type PageReading } from './page-reading';
import { createPageWalk, SAMPLE_LIMITS, type SampleLimits } from './page-sample';
import { hundredths, pageYielder, walkInSlices, type YieldToPage } from './page-slices';

/** The one message the content script sends. */
export type PageInspectedMessage = Extract<Request, { type: 'pageInspected' }>;

/**
 * A page that may look empty is read once more after this long: a single-page app may still be
 * rendering at document_idle, and calling it empty then would be a false alarm.
 */
export const EMPTY_RECHECK_MS = 1500;

/** The page's own load is never waited on longer than this: a hung sub-resource must not stop the inspection. */
export const MAX_LOAD_WAIT_MS = 10_000;
/** How long an idle callback may be put off by a busy page. */
const IDLE_TIMEOUT_MS = 2_000;

export interface RunInspectionDeps {
  send: (message: PageInspectedMessage) => Promise<unknown>;
  wait?: (ms: number) => Promise<void>;
  /** Resolves when the page has loaded and its main thread is idle (see whenPageIdle). */
  idle?: () => Promise<void>;
  /** Hands the main thread back to the page between slices of the walk (default: pageYielder()). */
  yieldToPage?: YieldToPage;
}

/** What the content script sends: the raw reading of a page and what reading it cost the page. */
export interface PageReport {
  reading: PageReading;
  /** The slices' total: the time the page's main thread paid. */
  scanMs: number;
  /** The longest time the page was held at once. */
  longestSliceMs: number;
}

/**
 * The content script's reading of a live page: the same walk as the sweep's (samplePage), run in
 * slices that yield to the page (page-slices.ts), and nothing else: the worker analyses the reading
 * (analyse-page.ts analyseReport), so the page pays only for the walk. This module imports no
 * analysis, so none of it is in the inspector's bundle.
 */
export async function readDocumentInSlices(
  doc: Document,
  yieldToPage: YieldToPage,
  limits: SampleLimits = SAMPLE_LIMITS,
  clock: () => number = () => performance.now(),
): Promise<PageReport> {
  const walk = createPageWalk(doc, limits, clock);
  const { reading, report } = await walkInSlices(walk, limits, yieldToPage, clock);
  return { reading, scanMs: hundredths(report.workMs), longestSliceMs: hundredths(report.longestSliceMs) };
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
 * The content script's whole job: once the page has loaded and is idle, read it once (twice if it
 * may look empty) in slices that yield to the page, then send the reading for the page's own host;
 * the worker analyses it (analyseReport). Returns what was sent, or null for a page that is not on
 * a plain host name (the background would refuse it anyway).
 */
export async function runInspection(
  doc: Document,
  location: { href: string; hostname: string },
  deps: RunInspectionDeps,
): Promise<PageInspectedMessage | null> {
  const wait = deps.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const host = normaliseHost(location.hostname);
  if (host === null) return null;
  await (deps.idle ?? (() => whenPageIdle()))();
  const yieldToPage = deps.yieldToPage ?? pageYielder();
  let report = await readDocumentInSlices(doc, yieldToPage);
  if (mayBeEmpty(report.reading)) {
    await wait(EMPTY_RECHECK_MS);
    report = await readDocumentInSlices(doc, yieldToPage);
  }
  const message: PageInspectedMessage = { type: 'pageInspected', host, ...report };
  await deps.send(message);
  return message;
}
