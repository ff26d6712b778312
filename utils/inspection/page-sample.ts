import type { PageEvidence } from './detect-software';
import { ELEMENT, Gathered, NOT_TEXT, READING_BOUNDS, readElement, TEXT } from './page-elements';
import { completeSample, type PageReading } from './page-reading';
import type { PlaceholderEvidence } from './placeholder';
import { createSafeDom } from './safe-dom';

/**
 * Reading a page, with bounded work: the content script must not slow a city page, however big
 * or hostile it is. The whole page is read in ONE walk over its nodes in document order (head
 * first), which stops at a node count, a text length or a time budget, whichever comes first;
 * no query searches the whole document. The content script advances the walk in short slices
 * between which the page runs (page-slices.ts) and sends what it gathered (a PageReading) to the
 * worker. Everything read here is raw page data; completeSample and analysePage (pure) turn it
 * into facts.
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
   * Visits nodes until the walk is done or `clock()` passes `until` (looked at every 64 nodes).
   * Returns true when the walk is over (end of the page or a bound reached).
   */
  step(until: number): boolean;
  /** Stops the walk here (the time budget is spent): the facts come from the part read. */
  stop(): void;
  /** What was read so far, raw (page-reading.ts). */
  finish(): PageReading;
}

/**
 * Starts reading one page within `limits` (nodes and text; the time budget is the caller's: the
 * slices' CPU time for the content script, wall time for samplePage). `url` is the page's own URL
 * (location.href in the content script); `clock` is injectable so tests can spend time
 * deterministically. The walk holds a TreeWalker: a page that changes between slices only makes
 * the walk end early (a removed node has no next node under the root). The children of elements
 * whose text is not page text (NOT_TEXT: script, style, title…) are stepped over, not visited:
 * they hold only text, which the element's own reading has taken if it needs it.
 */
export function createPageWalk(doc: Document, limits: SampleLimits = SAMPLE_LIMITS, clock: () => number = () => performance.now()): PageWalk {
  const dom = createSafeDom();
  const g = new Gathered();
  const root = dom.root(doc);
  let truncated = false;
  let done = root === null;
  const walker = root === null ? null : dom.walk(doc, root);
  let node: Node | null = root;
  let nodes = 0;

  /** Reads one node; true when its children are not page text and are to be stepped over. */
  function visit(current: Node): boolean {
    const type = current.nodeType;
    if (type === TEXT) {
      if (g.textChars >= limits.textChars) return false;
      const data = (current as CharacterData).data;
      if (data.trim() === '') return false;
      // +1 for the space that joins the pieces.
      const piece = data.slice(0, limits.textChars - g.textChars - 1);
      g.text.push(piece);
      g.textChars += piece.length + 1;
      if (g.textChars >= limits.textChars) truncated = true;
    } else if (type === ELEMENT) {
      const name = dom.localName(current as Element);
      readElement(current as Element, name, dom, limits, g);
      return NOT_TEXT.has(name);
    }
    return false;
  }

  /** The next node in document order after `current`'s subtree (the walker's current node). */
  function nextAfterSubtree(): Node | null {
    for (;;) {
      const sibling = walker!.nextSibling();
      if (sibling !== null) return sibling;
      if (walker!.parentNode() === null) return null;
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
      node = visit(node) ? nextAfterSubtree() : walker!.nextNode();
      if (nodes % 64 === 0 && clock() > until) return done;
    }
    return true;
  }

  function stop(): void {
    if (!done) truncated = true;
    done = true;
  }

  function finish(): PageReading {
    return {
      title: g.title ?? '',
      lang: root === null ? '' : (dom.attr(root, 'lang') ?? '').slice(0, limits.valueChars),
      headings: g.headings,
      text: g.text.join(' '),
      contentElements: g.contentElements,
      generators: g.generators,
      baseHref: g.baseHref === null ? null : g.baseHref.slice(0, limits.valueChars),
      scripts: g.scripts,
      stylesheets: g.stylesheets,
      selectorHits: [...g.selectorHits],
      cookieNames: cookieNames(dom.cookie(doc)),
      dates: g.dates,
      jsonLd: g.jsonLd,
      passwordField: g.passwordField,
      passwordActions: g.passwordActions,
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
  const walk = createPageWalk(doc, limits, clock);
  if (!walk.step(clock() + limits.timeBudgetMs)) walk.stop();
  return completeSample(walk.finish(), url, limits);
}

/** Cookie NAMES only (for fingerprints); values are dropped at once. */
function cookieNames(cookie: string): string[] {
  return cookie
    .slice(0, 8192)
    .split(';')
    .slice(0, READING_BOUNDS.cookies)
    .map((pair) => pair.split('=', 1)[0]!.trim().slice(0, READING_BOUNDS.cookieNameChars))
    .filter((name) => name !== '');
}
