import { FINGERPRINT_SELECTORS } from './fingerprint-selectors';
import type { SampleLimits } from './page-sample';
import type { SafeDom } from './safe-dom';

/** What the page walk (page-sample.ts) reads of each element, and the raw facts it gathers. */

/** Elements whose text is not page text. */
export const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);
/** Things that are content without text, for telling an empty page from an image-only one. */
const CONTENT_ELEMENTS = new Set(['img', 'picture', 'iframe', 'frame', 'embed', 'object', 'video', 'canvas', 'svg', 'input', 'select', 'textarea', 'button']);
/** `<meta>` names, properties and itemprops that carry a page date (lower case). */
const DATE_META = new Set(['article:modified_time', 'article:published_time', 'og:updated_time', 'datemodified', 'datepublished', 'date', 'last-modified']);
/**
 * What the walk keeps of each kind beyond SampleLimits, in one place: the worker's check of a
 * reading (page-message.ts pageReportSchema) refuses anything larger, so the two cannot drift.
 */
export const READING_BOUNDS = {
  /** 4× the stored title length leaves room for whitespace that cleaning collapses. */
  titleChars: 1200,
  headings: 10,
  generators: 5,
  /** Date `<meta>` tags kept (`<time>` elements count up to SampleLimits.listItems). */
  metaDates: 20,
  jsonLdBlocks: 5,
  jsonLdChars: 20_000,
  /** Password fields whose form is read, and formaction buttons read per form. */
  passwordFields: 20,
  formActionsPerForm: 5,
  cookies: 50,
  cookieNameChars: 64,
} as const;

export const JSON_LD_DATE = /"(?:dateModified|datePublished)"\s*:\s*"([^"]{1,40})"/g;
export const ELEMENT = 1;
export const TEXT = 3;

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const lower = (text: string | null) => (text ?? '').trim().toLowerCase();

export function absolute(url: string, base: string): string | null {
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

/** What the walk gathers, raw; URLs are resolved once the walk has seen any `<base>`. */
export class Gathered {
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
export function readElement(element: Element, name: string, dom: SafeDom, limits: SampleLimits, g: Gathered): void {
  const attr = (key: string) => dom.attr(element, key);
  const value = (text: string | null) => (text ?? '').slice(0, limits.valueChars);
  if (CONTENT_ELEMENTS.has(name)) g.contentElements++;
  const selectors = FINGERPRINT_SELECTORS.get(name);
  if (selectors !== undefined) for (const selector of selectors) if (!g.selectorHits.has(selector) && dom.matches(element, selector)) g.selectorHits.add(selector);
  switch (name) {
    case 'title':
      // A 1 MB title costs nothing more.
      if (g.title === null) g.title = dom.text(element).slice(0, READING_BOUNDS.titleChars);
      break;
    case 'base':
      if (g.baseHref === null) g.baseHref = attr('href');
      break;
    case 'meta': {
      const key = lower(attr('name') ?? attr('property') ?? attr('itemprop'));
      const content = attr('content');
      if (content === null) break;
      if (key === 'generator' && g.generators.length < READING_BOUNDS.generators) g.generators.push(value(content));
      else if (DATE_META.has(key) && g.dates.length < READING_BOUNDS.metaDates) g.dates.push(value(content));
      break;
    }
    case 'script': {
      const src = attr('src');
      if (src !== null && g.scripts.length < limits.listItems) g.scripts.push(value(src));
      else if (src === null && g.jsonLd.length < READING_BOUNDS.jsonLdBlocks && lower(attr('type')) === 'application/ld+json') g.jsonLd.push(dom.text(element).slice(0, READING_BOUNDS.jsonLdChars));
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
      if (g.headings.length < READING_BOUNDS.headings) g.headings.push(collapse(dom.text(element).slice(0, limits.valueChars)));
      break;
    case 'input':
      if (lower(attr('type')) === 'password' && g.passwordActions.length < READING_BOUNDS.passwordFields) {
        g.passwordField = true;
        // The form's action ATTRIBUTE: `form.action` can be shadowed by a field named "action".
        const form = (element as HTMLInputElement).form;
        if (form !== null) {
          g.passwordActions.push(value(dom.attr(form, 'action')));
          for (const button of Array.from(dom.queryWithin(form, '[formaction]')).slice(0, READING_BOUNDS.formActionsPerForm)) g.passwordActions.push(value(dom.attr(button, 'formaction')));
        }
      }
      break;
  }
}
