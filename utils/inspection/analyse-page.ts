import { cleanTitle } from '../text/clean-text';
import { copyrightYear, datesInText, localDate, newestDate, relativeDatesInText, structuredDate } from './dates';
import { detectPageSoftware } from './detect-software';
import type { PageSample } from './page-sample';
import { completeSample } from './page-reading';
import { samplePage, SAMPLE_LIMITS, type SampleLimits } from './page-sample';
import { hundredths } from './page-slices';
import type { PageReport } from './run-inspection';
import { detectPlaceholder } from './placeholder';
import { LANGUAGE_TAG, type PageFacts } from './types';

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
 * Pure, in the worker: the facts of a page the content script read, at `url` (the page's address
 * as the browser reports it, not as the page states it), as of `now`.
 */
export function analyseReport(report: PageReport, url: string, now: number, limits: Pick<SampleLimits, 'valueChars'> = SAMPLE_LIMITS): PageFacts {
  const facts = analysePage(completeSample(report.reading, url, limits), now);
  return { ...facts, scanMs: report.scanMs, longestSliceMs: report.longestSliceMs };
}
