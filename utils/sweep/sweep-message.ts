import { z } from 'zod';
import { pageFactsSchema } from '../inspection/page-message';
import { MAX_REDIRECTS } from '../inspection/response-facts';
import type { SweepPageFacts } from './inspect-html';
import type { SweepResult } from './sweep-result';

/** One sweep result as the dashboard sends it to the background (storeSweepResult), and its check. */

const url = z.string().max(2048).regex(/^https?:\/\/[^?#\s]+$/);
const bannerText = z.string().max(1000).nullable();

/** The response part of a sweep result, as the background accepts it from the dashboard. */
export const sweepResponseSchema = z
  .object({
    host: z.string().min(1).max(253),
    checkedAt: z.number().int().min(0),
    status: z.int().min(100).max(999).nullable(),
    finalUrl: url.nullable(),
    redirects: z.array(url).max(MAX_REDIRECTS),
    hsts: z.boolean(),
    server: bannerText,
    poweredBy: bannerText,
    lastModified: bannerText,
    error: z.string().max(100).regex(/^[A-Za-z0-9_:]+$/).nullable(),
  })
  .strict();

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
