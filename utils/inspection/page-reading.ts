import { absolute, collapse, JSON_LD_DATE } from './page-elements';
import type { PageSample, SampleLimits } from './page-sample';

/**
 * What the page walk gathers, raw: the content script reads a city page and sends this, and the
 * worker turns it into a PageSample (completeSample) and facts. Resolving URLs, collapsing
 * whitespace and every pattern run over the text happen in the worker, where the patterns are
 * compiled once per worker rather than once per inspected page: a page is read in a new isolated
 * world each time, so everything the inspector runs there runs cold, at the page's expense.
 */
export interface PageReading {
  title: string;
  /** The root element's `lang`, raw. */
  lang: string;
  /** h1/h2 texts, whitespace collapsed (each is short and bounded). */
  headings: string[];
  /** Visible text pieces joined by single spaces, whitespace not yet collapsed (bounded). */
  text: string;
  contentElements: number;
  generators: string[];
  /** The first `<base href>`, raw. */
  baseHref: string | null;
  /** `<script src>` and stylesheet `href` values, raw (resolved against the base in the worker). */
  scripts: string[];
  stylesheets: string[];
  selectorHits: string[];
  /** Cookie NAMES only; values never leave the page walk. */
  cookieNames: string[];
  /** `<time datetime>` and date meta tags, raw. */
  dates: string[];
  /** JSON-LD script texts, bounded (their dates are read in the worker). */
  jsonLd: string[];
  passwordField: boolean;
  /** The `action` / `formaction` attributes of forms holding a password field, raw; null when absent. */
  passwordActions: Array<string | null>;
  truncated: boolean;
}

/** Pages with less visible text than this, and nothing else to show, are `empty` (placeholder.ts). */
const EMPTY_TEXT_CHARS = 40;

/** Most visible text (raw) a page can have and still look empty enough to be read again. */
const EMPTY_CHECK_CHARS = 4000;

/**
 * The `empty` placeholder's rule (placeholder.ts): under EMPTY_TEXT_CHARS of visible text
 * (`text` whitespace-collapsed), no content element, and no heading, since a page with a heading
 * says what it is, however little else it shows.
 */
export function showsNothing(page: { text: string; contentElements: number; headings: readonly string[] }): boolean {
  return page.text.trim().length < EMPTY_TEXT_CHARS && page.contentElements === 0 && !page.headings.some((heading) => heading.trim() !== '');
}

/**
 * True when the worker may find the page `empty` (showsNothing): the content script then reads it
 * once more, in case an app was still rendering. Cheap on purpose: a page with more raw text than
 * EMPTY_CHECK_CHARS is not collapsed to find out.
 */
export function mayBeEmpty(reading: Pick<PageReading, 'text' | 'contentElements' | 'headings'>): boolean {
  return reading.text.length < EMPTY_CHECK_CHARS && showsNothing({ ...reading, text: collapse(reading.text) });
}

/**
 * Pure: the sample a reading shows for the page at `url` (resolved URLs, collapsed text, JSON-LD
 * dates, where password forms submit). `url` is the page's own address as the browser reports it,
 * never one the page could state.
 */
export function completeSample(reading: PageReading, url: string, limits: Pick<SampleLimits, 'valueChars'>): PageSample {
  const base = (reading.baseHref !== null && absolute(reading.baseHref.slice(0, limits.valueChars), url)) || url;
  const resolve = (list: readonly string[]) => list.flatMap((item) => absolute(item, base) ?? []);
  const jsonLdDates = reading.jsonLd.flatMap((json) => [...json.matchAll(JSON_LD_DATE)].slice(0, 20).map((m) => m[1]!));
  return {
    url,
    title: reading.title,
    lang: reading.lang.slice(0, limits.valueChars),
    headings: reading.headings,
    text: collapse(reading.text),
    contentElements: reading.contentElements,
    generators: reading.generators,
    scripts: resolve(reading.scripts),
    stylesheets: resolve(reading.stylesheets),
    selectorHits: reading.selectorHits,
    cookieNames: reading.cookieNames,
    structuredDates: [...reading.dates, ...jsonLdDates],
    passwordField: reading.passwordField,
    // No action (or an empty one) submits to the page itself.
    passwordTargets: [...new Set(reading.passwordActions.map((action) => (action === null || action.trim() === '' ? base : absolute(action, base) ?? base)))],
    truncated: reading.truncated,
  };
}
