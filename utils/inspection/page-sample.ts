import type { PageEvidence } from './detect-software';
import { FINGERPRINT_SELECTORS } from './fingerprints';
import type { PlaceholderEvidence } from './placeholder';
import { createSafeDom, type SafeDom } from './safe-dom';

/**
 * Reading a page, with bounded work: the content script must not slow a city page, however big
 * or hostile it is. The whole page is read in ONE walk over its nodes in document order (head
 * first), which stops at a node count, a text length or a time budget, whichever comes first;
 * no query searches the whole document. Everything read here is raw page data; analysePage
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
  /** The walk stops after this many milliseconds. */
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

/** Elements whose text is not page text. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);
/** Things that are content without text, for telling an empty page from an image-only one. */
const CONTENT_ELEMENTS = new Set(['img', 'picture', 'iframe', 'frame', 'embed', 'object', 'video', 'canvas', 'svg', 'input', 'select', 'textarea', 'button']);
/** `<meta>` names, properties and itemprops that carry a page date (lower case). */
const DATE_META = new Set(['article:modified_time', 'article:published_time', 'og:updated_time', 'datemodified', 'datepublished', 'date', 'last-modified']);
const JSON_LD_DATE = /"(?:dateModified|datePublished)"\s*:\s*"([^"]{1,40})"/g;
const ELEMENT = 1;
const TEXT = 3;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const lower = (text: string | null) => (text ?? '').trim().toLowerCase();

function absolute(url: string, base: string): string | null {
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

/** What the walk gathers, raw; URLs are resolved once the walk has seen any `<base>`. */
class Gathered {
  title: string | null = null;
  baseHref: string | null = null;
  generators: string[] = [];
  dates: string[] = [];
  scripts: string[] = [];
  jsonLd: string[] = [];
  stylesheets: string[] = [];
  headings: string[] = [];
  selectorHits = new Set<string>();
  passwordActions: Array<string | null> = [];
  passwordField = false;
  contentElements = 0;
  text: string[] = [];
  textChars = 0;
}

/** Records one element's facts; each kind is capped at `limits.listItems`. */
function readElement(element: Element, name: string, dom: SafeDom, limits: SampleLimits, g: Gathered): void {
  const attr = (key: string) => dom.attr(element, key);
  const value = (text: string | null) => (text ?? '').slice(0, limits.valueChars);
  if (CONTENT_ELEMENTS.has(name)) g.contentElements++;
  const selectors = FINGERPRINT_SELECTORS.get(name);
  if (selectors !== undefined) for (const selector of selectors) if (!g.selectorHits.has(selector) && dom.matches(element, selector)) g.selectorHits.add(selector);
  switch (name) {
    case 'title':
      // 4× the stored length leaves room for whitespace that cleaning collapses; a 1 MB title costs nothing more.
      if (g.title === null) g.title = dom.text(element).slice(0, 1200);
      break;
    case 'base':
      if (g.baseHref === null) g.baseHref = attr('href');
      break;
    case 'meta': {
      const key = lower(attr('name') ?? attr('property') ?? attr('itemprop'));
      const content = attr('content');
      if (content === null) break;
      if (key === 'generator' && g.generators.length < 5) g.generators.push(value(content));
      else if (DATE_META.has(key) && g.dates.length < 20) g.dates.push(value(content));
      break;
    }
    case 'script': {
      const src = attr('src');
      if (src !== null && g.scripts.length < limits.listItems) g.scripts.push(value(src));
      else if (src === null && g.jsonLd.length < 5 && lower(attr('type')) === 'application/ld+json') g.jsonLd.push(dom.text(element).slice(0, 20_000));
      break;
    }
    case 'link':
      if (g.stylesheets.length < limits.listItems && /(?:^|\s)stylesheet(?:\s|$)/i.test(attr('rel') ?? '')) g.stylesheets.push(value(attr('href')));
      break;
    case 'time': {
      const datetime = attr('datetime');
      if (datetime !== null && g.dates.length < limits.listItems) g.dates.push(value(datetime));
      break;
    }
    case 'h1':
    case 'h2':
      if (g.headings.length < 10) g.headings.push(collapse(dom.text(element).slice(0, limits.valueChars)));
      break;
    case 'input':
      if (lower(attr('type')) === 'password' && g.passwordActions.length < 20) {
        g.passwordField = true;
        // The form's action ATTRIBUTE: `form.action` can be shadowed by a field named "action".
        const form = (element as HTMLInputElement).form;
        if (form !== null) {
          g.passwordActions.push(value(dom.attr(form, 'action')));
          for (const button of Array.from(dom.queryWithin(form, '[formaction]')).slice(0, 5)) g.passwordActions.push(value(dom.attr(button, 'formaction')));
        }
      }
      break;
  }
}

/**
 * Reads one page within `limits`. `url` is the page's own URL (location.href in the content
 * script); `clock` is injectable so tests can spend the time budget deterministically.
 */
export function samplePage(
  doc: Document,
  url: string,
  limits: SampleLimits = SAMPLE_LIMITS,
  clock: () => number = () => performance.now(),
): PageSample {
  const deadline = clock() + limits.timeBudgetMs;
  const dom = createSafeDom();
  const g = new Gathered();
  const root = dom.root(doc);
  let truncated = false;
  if (root !== null) {
    const walker = dom.walk(doc, root);
    let nodes = 0;
    for (let node: Node | null = root; node !== null; node = walker.nextNode()) {
      if (++nodes > limits.nodes || (nodes % 256 === 0 && clock() > deadline)) {
        truncated = true;
        break;
      }
      if (node.nodeType === TEXT) {
        if (g.textChars >= limits.textChars) continue;
        const parent = node.parentNode;
        if (parent !== null && parent.nodeType === ELEMENT && NOT_TEXT.has(dom.localName(parent as Element))) continue;
        const data = (node as CharacterData).data;
        if (data.trim() === '') continue;
        // +1 for the space that joins the pieces.
        const piece = data.slice(0, limits.textChars - g.textChars - 1);
        g.text.push(piece);
        g.textChars += piece.length + 1;
        if (g.textChars >= limits.textChars) truncated = true;
      } else if (node.nodeType === ELEMENT) {
        readElement(node as Element, dom.localName(node as Element), dom, limits, g);
      }
    }
  }

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

/** Cookie NAMES only (for fingerprints); values are dropped at once. */
function cookieNames(cookie: string): string[] {
  return cookie
    .slice(0, 8192)
    .split(';')
    .slice(0, 50)
    .map((pair) => pair.split('=', 1)[0]!.trim().slice(0, 64))
    .filter((name) => name !== '');
}
