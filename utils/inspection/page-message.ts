import { z } from 'zod';
import { cleanTitle } from '../text/clean-text';
import { ymd } from './dates';
import { FINGERPRINT_NAMES } from './fingerprints';
import { PLACEHOLDER_KINDS, type PageFacts } from './types';

/**
 * The content script's report, as the background accepts it. The content script is ours, but what
 * it carries was read from a page, and a compromised renderer could send anything in its name: so
 * every field is bounded and typed here, and strings are cleaned again by cleanPageFacts.
 */
export const pageFactsSchema = z
  .object({
    // Bounded well above cleanTitle's 300 characters, since whitespace is collapsed after this check.
    title: z.string().max(1200).nullable(),
    generators: z.array(z.string().max(200)).max(5),
    lang: z.string().max(35).nullable(),
    software: z
      .array(
        z
          .object({
            name: z.string().refine((name) => FINGERPRINT_NAMES.includes(name), { message: 'is not a known fingerprint' }),
            version: z.string().max(20).regex(/^\d+(?:\.\d+){0,3}$/).nullable(),
          })
          .strict(),
      )
      .max(FINGERPRINT_NAMES.length),
    placeholder: z.enum(PLACEHOLDER_KINDS).nullable(),
    passwordField: z.boolean(),
    passwordOverHttp: z.boolean(),
    newestDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((date) => ymd(date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)) === date, { message: 'is not a calendar date' })
      .nullable(),
    copyrightYear: z.int().min(1995).max(9999).nullable(),
    truncated: z.boolean(),
    scanMs: z.number().min(0).max(600_000),
    longestSliceMs: z.number().min(0).max(600_000).optional(),
  })
  .strict();

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,3}$/i;

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
