import { analysePage } from '../inspection/analyse-page';
import { samplePage, SAMPLE_LIMITS, type SampleLimits } from '../inspection/page-sample';
import type { PageFacts } from '../inspection/types';
import type { HtmlInspection, InspectHtml } from './sweep-result';

/**
 * The sweep's page inspection: the very detectors the content script runs on a live page (issue
 * 3: samplePage's bounded walk, then analysePage), applied to HTML the sweep fetched. The HTML is
 * parsed with an injected parser (DOMParser in the dashboard page, happy-dom in unit tests): a
 * parsed document never runs its scripts, loads no sub-resources and has no cookies, so a hostile
 * page costs at most the walk's own bounds.
 */

/** What the sweep keeps of a fetched page: the probe's fields plus the rest of issue 3's page facts. */
export type SweepPageFacts = HtmlInspection & Pick<PageFacts, 'generators' | 'lang' | 'passwordOverHttp' | 'truncated' | 'scanMs'>;

export interface InspectHtmlOptions {
  /** Parses HTML into an inert document (`(html) => new DOMParser().parseFromString(html, 'text/html')`). */
  parse: (html: string) => Document;
  now?: () => number;
  limits?: SampleLimits;
  clock?: () => number;
}

/** The empty facts for a page that could not be parsed. */
const UNREAD: SweepPageFacts = {
  title: null,
  software: [],
  placeholder: null,
  passwordField: false,
  newestDate: null,
  copyrightYear: null,
  generators: [],
  lang: null,
  passwordOverHttp: false,
  truncated: true,
  scanMs: 0,
};

/** Reads one fetched page; never throws (a parser failure yields empty, truncated facts). */
export function inspectFetchedHtml(html: string, url: string, options: InspectHtmlOptions): SweepPageFacts {
  const now = options.now ?? Date.now;
  const clock = options.clock ?? (() => performance.now());
  const start = clock();
  try {
    const doc = options.parse(html);
    const facts = analysePage(samplePage(doc, url, options.limits ?? SAMPLE_LIMITS, clock), now());
    return {
      title: facts.title,
      software: facts.software,
      placeholder: facts.placeholder,
      passwordField: facts.passwordField,
      newestDate: facts.newestDate,
      copyrightYear: facts.copyrightYear,
      generators: facts.generators,
      lang: facts.lang,
      passwordOverHttp: facts.passwordOverHttp,
      truncated: facts.truncated,
      scanMs: Math.round((clock() - start) * 100) / 100,
    };
  } catch {
    return { ...UNREAD };
  }
}

/**
 * The `inspectHtml` seam of probeHost. The extra page facts (generators, lang, passwordOverHttp,
 * truncated, scanMs) ride along in the returned object, so they reach the stored inspection.
 */
export function createInspectHtml(options: InspectHtmlOptions): InspectHtml {
  return (html, url) => inspectFetchedHtml(html, url, options);
}

/** The parser for an extension page: DOMParser never executes the page's scripts. */
export function domParserParse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
