import type { MessageKey, Translate } from '../i18n';
import type { CensusSummary, ReviewReason } from './census';
import type { ObservedState } from './host-findings';
import type { FileProblem } from './read-export-file';
import type { RekapWarning } from './rekap-types';

/**
 * The rekap's words, shared by the dashboard and the CLI so both say the same thing: the summary
 * in the article's terms ("37 dari 76 …"), why a file was refused, and what to watch out for.
 */

/** The summary strip, one sentence per line. */
export function summaryLines(s: CensusSummary, t: Translate): string[] {
  const n = String;
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

const PROBLEM: Record<FileProblem, MessageKey> = {
  'too-large': 'rekapProblemTooLarge',
  empty: 'rekapProblemEmpty',
  'not-json': 'rekapProblemNotJson',
  'not-pantau': 'rekapProblemNotPantau',
  'newer-version': 'rekapProblemNewer',
  invalid: 'rekapProblemInvalid',
  unreadable: 'rekapProblemUnreadable',
};

/** Why a file was refused, in the UI language (the technical details go underneath). */
export function fileProblemText(problem: FileProblem, t: Translate): string {
  return t(PROBLEM[problem]);
}

const WARNING: Record<RekapWarning['code'], MessageKey> = {
  'registry-versions': 'rekapWarningRegistryVersions',
  'outside-domains': 'rekapWarningOutsideDomains',
  overlap: 'rekapWarningOverlap',
  'same-collector': 'rekapWarningSameCollector',
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
