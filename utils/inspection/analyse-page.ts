import { cleanTitle } from '../text/clean-text';
import { copyrightYear, datesInText, localDate, newestDate, relativeDatesInText, structuredDate } from './dates';
import { detectPageSoftware } from './detect-software';
import type { PageSample } from './page-sample';
import { createPageWalk, samplePage, SAMPLE_LIMITS, type SampleLimits } from './page-sample';
import { walkInSlices, type YieldToPage } from './page-slices';
import { detectPlaceholder } from './placeholder';
import type { PageFacts } from './types';

/** A BCP 47-shaped language tag ("id", "id-ID", "en-US"); anything else is not kept. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,3}$/i;

/** Rounds a duration to hundredths of a millisecond, as stored. */
const hundredths = (value: number) => Math.round(value * 100) / 100;

/** True when a URL is plain HTTP. */
const isHttp = (url: string) => /^http:/i.test(url);

/** A page cut short by the bounds is not "empty": its text simply was not all read. */
function placeholderOf(sample: PageSample) {
  const kind = detectPlaceholder(sample);
  return kind === 'empty' && sample.truncated ? null : kind;
}

/** Pure: the facts a sample shows, as of `now` (for "not in the future" and relative dates). */
export function analysePage(sample: PageSample, now: number): Omit<PageFacts, 'scanMs' | 'longestSliceMs'> {
  const structured = sample.structuredDates.map(structuredDate).filter((date): date is string => date !== null);
  const lang = sample.lang.trim();
  return {
    title: cleanTitle(sample.title),
    generators: sample.generators.map((generator) => cleanTitle(generator, 200)).filter((g): g is string => g !== null),
    lang: LANGUAGE_TAG.test(lang) ? lang : null,
    software: detectPageSoftware(sample),
    placeholder: placeholderOf(sample),
    passwordField: sample.passwordField,
    passwordOverHttp: sample.passwordField && (isHttp(sample.url) || sample.passwordTargets.some(isHttp)),
    newestDate: newestDate(
      { text: datesInText(sample.text), structured, relative: relativeDatesInText(sample.text, now) },
      localDate(now),
    ),
    copyrightYear: copyrightYear(sample.text, new Date(now).getFullYear()),
    truncated: sample.truncated,
  };
}

/**
 * The whole content-script inspection of one document: read it within `limits`, then analyse.
 * `scanMs` is the time both took, as the page's main thread paid it.
 */
export function inspectDocument(
  doc: Document,
  url: string,
  now: number,
  limits: SampleLimits = SAMPLE_LIMITS,
  clock: () => number = () => performance.now(),
): PageFacts {
  const start = clock();
  const facts = analysePage(samplePage(doc, url, limits, clock), now);
  return { ...facts, scanMs: hundredths(clock() - start) };
}

/**
 * The content script's inspection of a live page: the same walk and analysis as inspectDocument,
 * run in slices that yield to the page (page-slices.ts). `scanMs` is the slices' total, the
 * time the page's main thread paid; `longestSliceMs` the longest time it was held at once.
 */
export async function inspectDocumentInSlices(
  doc: Document,
  url: string,
  now: number,
  yieldToPage: YieldToPage,
  limits: SampleLimits = SAMPLE_LIMITS,
  clock: () => number = () => performance.now(),
): Promise<PageFacts> {
  const walk = createPageWalk(doc, url, limits, clock);
  const { result, report } = await walkInSlices(walk, (sample) => analysePage(sample, now), limits, yieldToPage, clock);
  return { ...result, scanMs: hundredths(report.workMs), longestSliceMs: hundredths(report.longestSliceMs) };
}
