import { computeFindings, findingMessage, worstSeverity, type Finding, type FindingCode } from './findings';
import type { HostRecord } from '../visits/host-record';
import type { Translate } from '../text/i18n';
import type { RegistryEntry } from '../registry/schema';

import { BADGE_COLORS, type BadgeTone } from './badge-colors';

export { BADGE_COLORS, type BadgeTone } from './badge-colors';

/** i18n message names for the badge title (see public/_locales). */
export type BadgeTitleKey =
  | 'badgeRegisteredActive'
  | 'badgeRegisteredUnknown'
  | 'badgeRegisteredNotActive'
  | 'badgeFailed'
  | 'badgeUnregistered'
  | 'badgeActiveDown';

export interface BadgeState {
  tone: BadgeTone;
  color: string;
  text: string;
  titleKey: BadgeTitleKey;
  /** Substitutions for the title message: host, then app name or error name. */
  titleArgs: string[];
  /** Findings the title should also name (those its main sentence does not already say). */
  findings: Finding[];
}

/** Title keys that already say what a finding says, so the title does not repeat it. */
const SAID_BY: Partial<Record<FindingCode, BadgeTitleKey>> = {
  unregistered: 'badgeUnregistered',
  unreachable: 'badgeFailed',
  'registry-not-active': 'badgeRegisteredNotActive',
  'registry-active-down': 'badgeActiveDown',
};

/**
 * The badge for a city tab, a pure function of what is known about its host. The colour follows
 * the worst finding: high red, medium amber, low blue, none green (blue for a registered app whose
 * status nobody knows). A registered `aktif` app that is down gets its own dark colour and ✕.
 * The mark is `?` for an unregistered host, `!` for high and medium findings, else `✓`.
 */
export function badgeFor(
  host: string,
  entry: RegistryEntry | null,
  record: HostRecord | null,
  findings: readonly Finding[] = computeFindings(entry, record),
): BadgeState {
  const has = (code: FindingCode) => findings.some((finding) => finding.code === code);
  let titleKey: BadgeTitleKey;
  let titleArgs: string[];
  if (entry !== null && has('registry-active-down')) [titleKey, titleArgs] = ['badgeActiveDown', [host, entry.name]];
  else if (entry === null) [titleKey, titleArgs] = ['badgeUnregistered', [host]];
  else if (record !== null && record.lastOutcome === 'error') [titleKey, titleArgs] = ['badgeFailed', [host, record.lastError ?? '']];
  else if (entry.status === 'tidak-aktif' || entry.status === 'pengembangan') [titleKey, titleArgs] = ['badgeRegisteredNotActive', [host, entry.name]];
  else if (entry.status === 'aktif') [titleKey, titleArgs] = ['badgeRegisteredActive', [host, entry.name]];
  else [titleKey, titleArgs] = ['badgeRegisteredUnknown', [host, entry.name]];

  const worst = worstSeverity(findings);
  let tone: BadgeTone;
  if (titleKey === 'badgeActiveDown') tone = 'critical';
  else if (worst === 'high') tone = 'red';
  else if (worst === 'medium') tone = 'amber';
  else if (worst === 'low' || entry?.status !== 'aktif') tone = 'blue';
  else tone = 'green';

  const text = tone === 'critical' ? '✕' : entry === null ? '?' : worst === 'high' || worst === 'medium' ? '!' : '✓';
  const extra = findings.filter((finding) => SAID_BY[finding.code] !== titleKey);
  return { tone, color: BADGE_COLORS[tone], text, titleKey, titleArgs, findings: extra };
}

/** The full badge title: the main sentence, then one line per other finding, in the UI language. */
export function badgeTitle(badge: BadgeState, t: Translate, lang: 'id' | 'en'): string {
  const [host = '', detail = ''] = badge.titleArgs;
  const lines = [t(badge.titleKey, [host, detail])];
  for (const finding of badge.findings) lines.push(`• ${findingMessage(finding.code, lang, finding.detail)}`);
  return lines.join('\n');
}
