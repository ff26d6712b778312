import { formatNumber } from '../text/format-number';
import type { Lang, MessageKey, Translate } from '../text/i18n';
import type { CoverageGroup, GroupTotals, UnitState } from './rollout';

/**
 * The rollout's words, shared by the dashboard, the xlsx sheet and the CLI so all three say the
 * same thing, in the article's terms: "N dari 153 kelurahan sudah punya situs", counts in the
 * language's number format.
 */

const TOTAL: Record<CoverageGroup, MessageKey> = {
  opd: 'coverageTotalOpd',
  kecamatan: 'coverageTotalKecamatan',
  kelurahan: 'coverageTotalKelurahan',
};

/** One sentence per group: has a site, of which registered and seen alive. */
export function coverageTotalLine(totals: GroupTotals, t: Translate, lang: Lang): string {
  const n = (value: number) => formatNumber(value, lang);
  return t(TOTAL[totals.group], [n(totals.withSite), n(totals.units), n(totals.registered), n(totals.alive)]);
}

export function coverageLines(totals: Record<CoverageGroup, GroupTotals>, t: Translate, lang: Lang): string[] {
  return [coverageTotalLine(totals.opd, t, lang), coverageTotalLine(totals.kecamatan, t, lang), coverageTotalLine(totals.kelurahan, t, lang)];
}

const STATE: Record<UnitState, MessageKey> = {
  alive: 'coverageStateAlive',
  failing: 'coverageStateFailing',
  'never-seen': 'coverageStateNeverSeen',
  'no-site': 'coverageStateNoSite',
};

export function unitStateText(state: UnitState, t: Translate): string {
  return t(STATE[state]);
}
