import * as z from 'zod/mini';
import '../text/zod-english';
import { pageFactsSchema } from '../inspection/page-message';
import { MAX_REDIRECTS } from '../inspection/response-facts';
import type { SweepPageFacts } from './inspect-html';
import type { SweepResult } from './sweep-result';

/** One sweep result as the dashboard sends it to the background (storeSweepResult), and its check. */

const url = z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/[^?#\s]+$/));
const bannerText = z.nullable(z.string().check(z.maxLength(1000)));

/** The response part of a sweep result, as the background accepts it from the dashboard. */
export const sweepResponseSchema = z.strictObject({
  host: z.string().check(z.minLength(1), z.maxLength(253)),
  checkedAt: z.number().check(z.int(), z.gte(0)),
  status: z.nullable(z.int().check(z.gte(100), z.lte(999))),
  finalUrl: z.nullable(url),
  redirects: z.array(url).check(z.maxLength(MAX_REDIRECTS)),
  hsts: z.boolean(),
  server: bannerText,
  poweredBy: bannerText,
  lastModified: bannerText,
  error: z.nullable(z.string().check(z.maxLength(100), z.regex(/^[A-Za-z0-9_:]+$/))),
});

export type SweepResponse = z.infer<typeof sweepResponseSchema>;

/** The message payload for one result: its response part and the page facts when HTML was read. */
export function sweepMessageParts(result: SweepResult & Partial<SweepPageFacts>): { result: SweepResponse; page: z.infer<typeof pageFactsSchema> | null } {
  const page =
    typeof result.scanMs === 'number'
      ? {
          title: result.title,
          generators: result.generators ?? [],
          lang: result.lang ?? null,
          software: result.software,
          placeholder: result.placeholder as z.infer<typeof pageFactsSchema>['placeholder'],
          passwordField: result.passwordField,
          passwordOverHttp: result.passwordOverHttp ?? false,
          newestDate: result.newestDate,
          copyrightYear: result.copyrightYear,
          truncated: result.truncated ?? false,
          scanMs: result.scanMs,
        }
      : null;
  return {
    result: {
      host: result.host,
      checkedAt: result.checkedAt,
      status: result.status,
      finalUrl: result.finalUrl,
      redirects: result.redirects.slice(0, MAX_REDIRECTS),
      hsts: result.hsts,
      server: result.server,
      poweredBy: result.poweredBy,
      lastModified: result.lastModified,
      error: result.error,
    },
    page,
  };
}
