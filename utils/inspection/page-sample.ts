import type { PageEvidence } from './detect-software';
import { FINGERPRINT_SELECTORS } from './fingerprints';
import type { PlaceholderEvidence } from './placeholder';
import { createSafeDom, type SafeDom } from './safe-dom';

/**
 * Reading a page, with bounded work: the content script must not slow a city page, however big
 * or hostile it is. Everything read here is raw page data; analysePage (pure) turns it into facts.
 */
export interface SampleLimits {
  /** Visible text kept for date, copyright and placeholder scanning. */
  textChars: number;
  /** Text nodes visited before the walk stops. */
  textNodes: number;
  /** Scripts, stylesheets, time elements, password fields… read of each kind. */
  listItems: number;
  /** Longest attribute value or heading kept. */
  valueChars: number;
  /** The text walk stops after this many milliseconds. */
  timeBudgetMs: number;
}

export const SAMPLE_LIMITS: SampleLimits = {
  textChars: 100_000,
  textNodes: 20_000,
  listItems: 200,
  valueChars: 500,
  timeBudgetMs: 40,
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
  truncated: boolean;
}

/** Elements whose text is not page text. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);
/** Things that are content without text, for telling an empty page from an image-only one. */
const CONTENT_ELEMENTS = 'img,picture,iframe,frame,embed,object,video,canvas,svg,input,select,textarea,button';
const DATE_META = [
  'meta[property="article:modified_time"]',
  'meta[property="article:published_time"]',
  'meta[property="og:updated_time"]',
  'meta[itemprop="dateModified"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="last-modified"]',
].join(',');
/**
 * Attribute values in selectors are matched case-sensitively, and the `i` flag is not supported
 * everywhere: the spellings seen in the wild are listed instead.
 */
const anyCase = (element: string, attribute: string, value: string, rest = '', operator = '=') =>
  [value, value[0]!.toUpperCase() + value.slice(1), value.toUpperCase()]
    .map((v) => `${element}[${attribute}${operator}"${v}"]${rest}`)
    .join(',');
const GENERATOR_META = anyCase('meta', 'name', 'generator', '[content]');
const PASSWORD_INPUT = anyCase('input', 'type', 'password');
const STYLESHEET_LINK = anyCase('link', 'rel', 'stylesheet', '[href]', '~=');
const JSON_LD_DATE = /"(?:dateModified|datePublished)"\s*:\s*"([^"]{1,40})"/g;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function take<T>(list: ArrayLike<T>, max: number): T[] {
  const items: T[] = [];
  for (let i = 0; i < list.length && i < max; i++) items.push(list[i]!);
  return items;
}

function absolute(url: string, base: string): string | null {
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

/** Visible text from the top of the page, within the text and node limits and until `deadline`. */
function walkText(doc: Document, dom: SafeDom, limits: SampleLimits, clock: () => number, deadline: number): { text: string; truncated: boolean } {
  const root = dom.body(doc) ?? dom.root(doc);
  if (root === null) return { text: '', truncated: false };
  if (clock() > deadline) return { text: '', truncated: true };
  const walker = dom.walkText(doc, root);
  const pieces: string[] = [];
  let chars = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (++nodes > limits.textNodes || (nodes % 256 === 0 && clock() > deadline)) return { text: pieces.join(' '), truncated: true };
    const parent = node.parentNode;
    if (parent !== null && parent.nodeType === 1 && NOT_TEXT.has(dom.localName(parent as Element))) continue;
    const data = (node as CharacterData).data;
    if (data.trim() === '') continue;
    const piece = data.slice(0, limits.textChars - chars);
    pieces.push(piece);
    chars += piece.length;
    if (chars >= limits.textChars) return { text: pieces.join(' '), truncated: true };
  }
  return { text: pieces.join(' '), truncated: false };
}

/** The password fields on the page and where their forms submit (attributes, never the clobberable properties). */
function passwordFacts(doc: Document, dom: SafeDom, base: string, limits: SampleLimits): { field: boolean; targets: string[] } {
  const fields = take(dom.querySelectorAll(doc, PASSWORD_INPUT), 20);
  const targets = new Set<string>();
  for (const field of fields) {
    const form = (field as HTMLInputElement).form;
    if (form === null) continue;
    const action = dom.attr(form, 'action');
    const target = absolute(action === null || action.trim() === '' ? base : action.slice(0, limits.valueChars), base);
    if (target !== null) targets.add(target);
    for (const button of take(dom.queryWithin(form, '[formaction]'), 5)) {
      const override = absolute((dom.attr(button, 'formaction') ?? '').slice(0, limits.valueChars), base);
      if (override !== null) targets.add(override);
    }
  }
  return { field: fields.length > 0, targets: [...targets] };
}

/**
 * Reads one page within `limits`. `url` is the page's own URL (location.href in the content
 * script). The most telling facts are read first (title, generator, password fields, scripts);
 * fingerprint selectors, marked-up dates and the text walk share what is left of the time budget,
 * and whatever is skipped for time sets `truncated`.
 */
export function samplePage(
  doc: Document,
  url: string,
  limits: SampleLimits = SAMPLE_LIMITS,
  clock: () => number = () => performance.now(),
): PageSample {
  const deadline = clock() + limits.timeBudgetMs;
  const inTime = () => clock() <= deadline;
  let truncated = false;
  const dom = createSafeDom();
  const value = (text: string | null) => (text ?? '').slice(0, limits.valueChars);
  const baseElement = dom.querySelector(doc, 'base[href]');
  const base = (baseElement !== null && absolute(value(dom.attr(baseElement, 'href')), url)) || url;

  const titleElement = dom.querySelector(doc, 'title');
  // 4× the stored length leaves room for whitespace that cleaning collapses; a 1 MB title costs nothing more.
  const title = titleElement === null ? '' : dom.text(titleElement).slice(0, 1200);
  const root = dom.root(doc);
  const generators = take(dom.querySelectorAll(doc, GENERATOR_META), 5).map((meta) => value(dom.attr(meta, 'content')));
  const password = passwordFacts(doc, dom, base, limits);
  const scripts = take(dom.byTag(doc, 'script'), limits.listItems)
    .map((script) => dom.attr(script, 'src'))
    .flatMap((src) => (src === null ? [] : [absolute(value(src), base) ?? '']));
  const headings = ['h1', 'h2'].flatMap((tag) => take(dom.byTag(doc, tag), 10).map((h) => collapse(dom.text(h).slice(0, limits.valueChars))));
  const cookieNames = dom
    .cookie(doc)
    .slice(0, 8192)
    .split(';')
    .slice(0, 50)
    .map((pair) => pair.split('=', 1)[0]!.trim().slice(0, 64))
    .filter((name) => name !== '');

  let stylesheets: string[] = [];
  let selectorHits: string[] = [];
  if (inTime()) {
    stylesheets = take(dom.querySelectorAll(doc, STYLESHEET_LINK), limits.listItems).flatMap(
      (link) => absolute(value(dom.attr(link, 'href')), base) ?? [],
    );
    selectorHits = FINGERPRINT_SELECTORS.filter((selector) => dom.querySelector(doc, selector) !== null);
  } else truncated = true;

  let structuredDates: string[] = [];
  if (inTime()) {
    structuredDates = [
      ...take(dom.querySelectorAll(doc, 'time[datetime]'), limits.listItems).map((time) => value(dom.attr(time, 'datetime'))),
      ...take(dom.querySelectorAll(doc, DATE_META), 20).map((meta) => value(dom.attr(meta, 'content'))),
      ...take(dom.querySelectorAll(doc, 'script[type="application/ld+json"]'), 5).flatMap((script) =>
        [...dom.text(script).slice(0, 20_000).matchAll(JSON_LD_DATE)].slice(0, 20).map((match) => match[1]!),
      ),
    ];
  } else truncated = true;

  const walked = walkText(doc, dom, limits, clock, deadline);
  const text = collapse(walked.text);
  // Only a near-empty page needs to know whether it shows images or frames instead of text.
  const contentElements = text.length < 200 && !walked.truncated && dom.querySelector(doc, CONTENT_ELEMENTS) !== null ? 1 : 0;

  return {
    url,
    title,
    lang: root === null ? '' : value(dom.attr(root, 'lang')),
    headings,
    text,
    contentElements,
    generators,
    scripts,
    stylesheets,
    selectorHits,
    cookieNames,
    structuredDates,
    passwordField: password.field,
    passwordTargets: password.targets,
    truncated: truncated || walked.truncated,
  };
}
