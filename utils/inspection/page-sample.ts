import type { PageEvidence } from './detect-software';
import { absolute, collapse, ELEMENT, Gathered, JSON_LD_DATE, NOT_TEXT, readElement, TEXT } from './page-elements';
import type { PlaceholderEvidence } from './placeholder';
import { createSafeDom } from './safe-dom';

/**
 * Reading a page, with bounded work: the content script must not slow a city page, however big
 * or hostile it is. The whole page is read in ONE walk over its nodes in document order (head
 * first), which stops at a node count, a text length or a time budget, whichever comes first;
 * no query searches the whole document. The content script advances the walk in short slices
 * between which the page runs (page-slices.ts). Everything read here is raw page data; analysePage
 * (pure) turns it into facts.
 */
export interface SampleLimits {
  /** Visible text kept for date, copyright and placeholder scanning (characters). */
  textChars: number;
  /** Nodes (elements and text) visited before the walk stops. */
  nodes: number;
  /** Scripts, stylesheets, time elements, metas, inputs… read of each kind. */
  listItems: number;
  /** Longest attribute value or heading kept. */
  valueChars: number;
  /**
   * The walk stops after this many milliseconds of its own work: summed over the slices in the
   * content script (time the page spends between slices is not Pantau's), wall time in samplePage.
   */
  timeBudgetMs: number;
}

export const SAMPLE_LIMITS: SampleLimits = {
  textChars: 100_000,
  nodes: 50_000,
  listItems: 200,
  valueChars: 500,
  timeBudgetMs: 30,
};

/** What the content script reads from one page. */
export interface PageSample extends PageEvidence, PlaceholderEvidence {
  url: string;
  lang: string;
  /** `<time datetime>`, date meta tags and JSON-LD dates, raw. */
  structuredDates: string[];
  passwordField: boolean;
  /** Absolute URLs that forms holding a password field submit to. */
  passwordTargets: string[];
  /** The walk stopped at a bound: facts come from the part read. */
  truncated: boolean;
}

/** One bounded walk over a page, advanced a slice at a time (see page-slices.ts). */
export interface PageWalk {
  /**
   * Visits nodes until the walk is done or `clock()` passes `until` (looked at every 256 nodes).
   * Returns true when the walk is over (end of the page or a bound reached).
   */
  step(until: number): boolean;
  /** Stops the walk here (the time budget is spent): the facts come from the part read. */
  stop(): void;
  /** The sample of what was read so far. */
  finish(): PageSample;
}

/**
 * Starts reading one page within `limits` (nodes and text; the time budget is the caller's: the
 * slices' CPU time for the content script, wall time for samplePage). `url` is the page's own URL
 * (location.href in the content script); `clock` is injectable so tests can spend time
 * deterministically. The walk holds a TreeWalker: a page that changes between slices only makes
 * the walk end early (a removed node has no next node under the root).
 */
export function createPageWalk(doc: Document, url: string, limits: SampleLimits = SAMPLE_LIMITS, clock: () => number = () => performance.now()): PageWalk {
  const dom = createSafeDom();
  const g = new Gathered();
  const root = dom.root(doc);
  let truncated = false;
  let done = root === null;
  const walker = root === null ? null : dom.walk(doc, root);
  let node: Node | null = root;
  let nodes = 0;

  function visit(current: Node): void {
    if (current.nodeType === TEXT) {
      if (g.textChars >= limits.textChars) return;
      const parent = current.parentNode;
      if (parent !== null && parent.nodeType === ELEMENT && NOT_TEXT.has(dom.localName(parent as Element))) return;
      const data = (current as CharacterData).data;
      if (data.trim() === '') return;
      // +1 for the space that joins the pieces.
      const piece = data.slice(0, limits.textChars - g.textChars - 1);
      g.text.push(piece);
      g.textChars += piece.length + 1;
      if (g.textChars >= limits.textChars) truncated = true;
    } else if (current.nodeType === ELEMENT) {
      readElement(current as Element, dom.localName(current as Element), dom, limits, g);
    }
  }

  function step(until: number): boolean {
    while (!done) {
      if (node === null) {
        done = true;
        break;
      }
      if (++nodes > limits.nodes) {
        truncated = true;
        done = true;
        break;
      }
      visit(node);
      node = walker!.nextNode();
      if (nodes % 256 === 0 && clock() > until) return done;
    }
    return true;
  }

  function stop(): void {
    if (!done) truncated = true;
    done = true;
  }

  function finish(): PageSample {
    const base = (g.baseHref !== null && absolute(g.baseHref.slice(0, limits.valueChars), url)) || url;
    const resolve = (list: readonly string[]) => list.flatMap((item) => absolute(item, base) ?? []);
    const structuredDates = [...g.dates, ...g.jsonLd.flatMap((json) => [...json.matchAll(JSON_LD_DATE)].slice(0, 20).map((m) => m[1]!))];
    return {
      url,
      title: g.title ?? '',
      lang: root === null ? '' : (dom.attr(root, 'lang') ?? '').slice(0, limits.valueChars),
      headings: g.headings,
      text: collapse(g.text.join(' ')),
      contentElements: g.contentElements,
      generators: g.generators,
      scripts: resolve(g.scripts),
      stylesheets: resolve(g.stylesheets),
      selectorHits: [...g.selectorHits],
      cookieNames: cookieNames(dom.cookie(doc)),
      structuredDates,
      passwordField: g.passwordField,
      // No action (or an empty one) submits to the page itself.
      passwordTargets: [...new Set(g.passwordActions.map((action) => (action === null || action.trim() === '' ? base : absolute(action, base) ?? base)))],
      truncated,
    };
  }

  return { step, stop, finish };
}

/**
 * Reads one page within `limits` in one go (the sweep's parsed documents, which no one is
 * looking at); the time budget is wall time from the call.
 */
export function samplePage(
  doc: Document,
  url: string,
  limits: SampleLimits = SAMPLE_LIMITS,
  clock: () => number = () => performance.now(),
): PageSample {
  const walk = createPageWalk(doc, url, limits, clock);
  if (!walk.step(clock() + limits.timeBudgetMs)) walk.stop();
  return walk.finish();
}

/** Cookie NAMES only (for fingerprints); values are dropped at once. */
function cookieNames(cookie: string): string[] {
  return cookie
    .slice(0, 8192)
    .split(';')
    .slice(0, 50)
    .map((pair) => pair.split('=', 1)[0]!.trim().slice(0, 64))
    .filter((name) => name !== '');
}
