import * as z from 'zod/mini';
import '../text/zod-english';
import { cleanTitle } from '../text/clean-text';
import { ymd } from './dates';
import { FINGERPRINT_SELECTORS } from './fingerprint-selectors';
import { FINGERPRINT_NAMES } from './fingerprints';
import { READING_BOUNDS as B } from './page-elements';
import { SAMPLE_LIMITS } from './page-sample';
import { LANGUAGE_TAG, PLACEHOLDER_KINDS, type PageFacts } from './types';

const { valueChars, listItems, textChars, nodes } = SAMPLE_LIMITS;
const value = () => z.string().check(z.maxLength(valueChars));
const list = <T extends z.ZodMiniType>(item: T, most: number) => z.array(item).check(z.maxLength(most));
const KNOWN_SELECTORS = new Set([...FINGERPRINT_SELECTORS.values()].flat());
const duration = () => z.number().check(z.gte(0), z.lte(600_000));

/**
 * The content script's report of a city page (page-reading.ts), as the worker accepts it. The
 * content script is ours, but what it carries was read from a page, and a compromised renderer
 * could send anything in its name: every field is typed and bounded by the walk's own limits
 * (page-sample.ts SAMPLE_LIMITS, page-elements.ts), so nothing larger than a real walk gathers
 * is ever analysed, and the facts are then made from it by the worker's own code.
 */
export const pageReportSchema = {
  reading: z.strictObject({
    title: z.string().check(z.maxLength(B.titleChars)),
    lang: value(),
    headings: list(value(), B.headings),
    text: z.string().check(z.maxLength(textChars)),
    contentElements: z.int().check(z.gte(0), z.lte(nodes)),
    generators: list(value(), B.generators),
    baseHref: z.nullable(value()),
    scripts: list(value(), listItems),
    stylesheets: list(value(), listItems),
    selectorHits: list(z.string().check(z.refine((selector) => KNOWN_SELECTORS.has(selector), { message: 'is not a known fingerprint selector' })), KNOWN_SELECTORS.size),
    cookieNames: list(z.string().check(z.maxLength(B.cookieNameChars)), B.cookies),
    dates: list(value(), listItems),
    jsonLd: list(z.string().check(z.maxLength(B.jsonLdChars)), B.jsonLdBlocks),
    passwordField: z.boolean(),
    // Each password field's form: its action and its formaction buttons.
    passwordActions: list(z.nullable(value()), B.passwordFields * (1 + B.formActionsPerForm)),
    truncated: z.boolean(),
  }),
  scanMs: duration(),
  longestSliceMs: duration(),
};

/**
 * Page facts as the background accepts them from the census sweep (the dashboard reads the HTML it
 * fetched and analyses it there): every field is bounded and typed here, and strings are cleaned
 * again by cleanPageFacts. The content script sends a reading instead (pageReportSchema).
 */
export const pageFactsSchema = z.strictObject({
  // Bounded well above cleanTitle's 300 characters, since whitespace is collapsed after this check.
  title: z.nullable(z.string().check(z.maxLength(B.titleChars))),
  generators: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(5)),
  lang: z.nullable(z.string().check(z.maxLength(35))),
  software: z
    .array(
      z.strictObject({
        name: z.string().check(z.refine((name) => FINGERPRINT_NAMES.includes(name), { message: 'is not a known fingerprint' })),
        version: z.nullable(z.string().check(z.maxLength(20), z.regex(/^\d+(?:\.\d+){0,3}$/))),
      }),
    )
    .check(z.maxLength(FINGERPRINT_NAMES.length)),
  placeholder: z.nullable(z.enum(PLACEHOLDER_KINDS)),
  passwordField: z.boolean(),
  passwordOverHttp: z.boolean(),
  newestDate: z.nullable(
    z
      .string()
      .check(
        z.regex(/^\d{4}-\d{2}-\d{2}$/),
        z.refine((date) => ymd(date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)) === date, { message: 'is not a calendar date' }),
      ),
  ),
  copyrightYear: z.nullable(z.int().check(z.gte(1995), z.lte(9999))),
  truncated: z.boolean(),
  scanMs: z.number().check(z.gte(0), z.lte(600_000)),
  longestSliceMs: z.optional(z.number().check(z.gte(0), z.lte(600_000))),
});

/**
 * Facts ready to store: text cleaned of controls and bidi tricks and bounded, one entry per
 * software name, a language only when it is a language tag, no newest date in the future of
 * `now` (the page's clock and ours may disagree; ours wins).
 */
export function cleanPageFacts(facts: z.infer<typeof pageFactsSchema>, today: string): PageFacts {
  const seen = new Set<string>();
  return {
    title: cleanTitle(facts.title),
    generators: facts.generators.map((g) => cleanTitle(g, 200)).filter((g): g is string => g !== null),
    lang: facts.lang !== null && LANGUAGE_TAG.test(facts.lang) ? facts.lang : null,
    software: facts.software.filter((item) => !seen.has(item.name) && seen.add(item.name)),
    placeholder: facts.placeholder,
    passwordField: facts.passwordField,
    passwordOverHttp: facts.passwordField && facts.passwordOverHttp,
    newestDate: facts.newestDate !== null && facts.newestDate <= today ? facts.newestDate : null,
    copyrightYear: facts.copyrightYear !== null && facts.copyrightYear <= Number(today.slice(0, 4)) ? facts.copyrightYear : null,
    truncated: facts.truncated,
    scanMs: facts.scanMs,
    ...(facts.longestSliceMs === undefined ? {} : { longestSliceMs: facts.longestSliceMs }),
  };
}
