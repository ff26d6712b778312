import { formatNumber } from '../text/format-number';
import type { Lang, MessageKey, Translate } from '../text/i18n';
import type { Census, CensusSummary, ReviewReason } from './census';
import type { ObservedState } from './host-findings';
import type { FileProblem } from './read-export-file';
import type { Rekap, RekapWarning } from './rekap-types';

/**
 * The rekap's words, shared by the dashboard and the CLI so both say the same thing: the summary
 * in the article's terms ("37 dari 76 …"), why a file was refused, and what to watch out for.
 * Counts are written in the language's format: 12.345 in Indonesian, 12,345 in English.
 */

/** The summary strip, one sentence per line. */
export function summaryLines(s: CensusSummary, t: Translate, lang: Lang): string[] {
  const n = (value: number) => formatNumber(value, lang);
  const by = s.registryByStatus;
  return [
    t('summaryRegistry', [n(s.registryEntries), n(by.aktif), n(by['tidak-aktif']), n(by.pengembangan), n(by['tidak-diketahui'])]),
    t('summarySeen', [n(s.registeredSeen), n(s.registryEntries), n(s.recentDays)]),
    t('summaryAlive', [n(s.registeredAlive), n(s.registryEntries), n(s.recentDays)]),
    t('summaryAktifAlive', [n(s.aktifAlive), n(s.aktifEntries)]),
    t('summaryNeverSeen', [n(s.neverSeen), n(s.registryEntries)]),
    t('summaryUnregistered', [n(s.unregisteredHosts), n(s.unregisteredLive)]),
    t('summaryFindings', [n(s.findingsBySeverity.high), n(s.findingsBySeverity.medium), n(s.findingsBySeverity.low)]),
  ];
}

/** What a rekap came to: sources, the summary, and the sizes of the three lists to act on. */
export function rekapResultLines(rekap: Rekap, census: Census, t: Translate, lang: Lang): string[] {
  const n = (value: number) => formatNumber(value, lang);
  return [
    t('rekapMerged', [n(rekap.sources.length), n(rekap.duplicates), n(rekap.hosts.length)]),
    ...summaryLines(census.summary, t, lang),
    t('rekapActions', [n(census.toAdd.length), n(census.toReview.length), n(census.neverSeen.length)]),
  ];
}

const PROBLEM: Record<FileProblem, MessageKey> = {
  'too-large': 'rekapProblemTooLarge',
  empty: 'rekapProblemEmpty',
  'not-json': 'rekapProblemNotJson',
  'not-pantau': 'rekapProblemNotPantau',
  'newer-version': 'rekapProblemNewer',
  invalid: 'rekapProblemInvalid',
  csv: 'rekapProblemCsv',
  'repeated-host': 'rekapProblemRepeatedHost',
  unreadable: 'rekapProblemUnreadable',
};

/** Why a file was refused, in the UI language (the technical details go underneath). */
export function fileProblemText(problem: FileProblem, t: Translate): string {
  return t(PROBLEM[problem]);
}

/** "<file> ditolak: <why>". */
export function fileRejectedText(file: string, problem: FileProblem, t: Translate): string {
  return t('rekapFileRejected', [file, fileProblemText(problem, t)]);
}

/** The command line's last words when an input was bad. */
export function nothingWrittenText(t: Translate): string {
  return t('rekapNothingWritten');
}

/** The command line's last words when the rekap was written. */
export function writtenText(file: string, format: string, bytes: number, t: Translate, lang: Lang): string {
  return t('rekapWritten', [file, format, formatNumber(bytes, lang)]);
}

const WARNING: Record<RekapWarning['code'], MessageKey> = {
  'registry-versions': 'rekapWarningRegistryVersions',
  'outside-domains': 'rekapWarningOutsideDomains',
  overlap: 'rekapWarningOverlap',
  'same-collector': 'rekapWarningSameCollector',
  'visits-capped': 'rekapWarningVisitsCapped',
};

export function warningText(warning: RekapWarning, t: Translate): string {
  return t(WARNING[warning.code], warning.params);
}

const STATE: Record<ObservedState, MessageKey> = {
  live: 'stateLive',
  down: 'stateDown',
  placeholder: 'statePlaceholder',
  'never-seen': 'stateNeverSeen',
};

export function stateText(state: ObservedState, t: Translate): string {
  return t(STATE[state]);
}

const REASON: Record<ReviewReason, MessageKey> = {
  down: 'reviewDown',
  placeholder: 'reviewPlaceholder',
  stale: 'reviewStale',
  'inactive-but-live': 'reviewInactiveButLive',
};

export function reviewReasonText(reason: ReviewReason, t: Translate): string {
  return t(REASON[reason]);
}
