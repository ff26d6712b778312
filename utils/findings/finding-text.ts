import { ACTIVE_DOWN_CAUSE, FINDING_ADVICE, FINDINGS, PLACEHOLDER_ADVICE, PLACEHOLDER_TEXT, type FindingCode } from './finding-definitions';
import { PLACEHOLDER_KINDS, type PlaceholderKind } from '../inspection/types';
import { explainNetError } from '../visits/net-errors';

/*
 * A finding in words. Apart from findings.ts (which decides when each applies) so that a page that
 * only shows findings (the popup) loads the texts without the analysis behind them.
 */

const isPlaceholderKind = (value: string | undefined): value is PlaceholderKind =>
  (PLACEHOLDER_KINDS as readonly string[]).includes(value ?? '');

/** A detail in words: the placeholder kind or active-down cause translated, anything else as is. */
function detailText(code: FindingCode, detail: string | undefined, lang: 'id' | 'en'): string | null {
  if (detail === undefined || detail === '') return null;
  if (code === 'placeholder') return isPlaceholderKind(detail) ? PLACEHOLDER_TEXT[detail].label[lang] : null;
  if (code === 'registry-active-down') {
    return detail === 'unreachable' || detail === 'http-error' || detail === 'placeholder' ? ACTIVE_DOWN_CAUSE[detail][lang] : null;
  }
  if (code === 'http-error') return `HTTP ${detail}`;
  if (code === 'unreachable') return null; // the error name is shown with its explanation instead
  return detail;
}

/** A finding's message in one language, with its detail in words when it has one ("…: HTTP 404"). */
export function findingMessage(code: FindingCode, lang: 'id' | 'en', detail?: string): string {
  const base = FINDINGS[code][lang];
  const extra = detailText(code, detail, lang);
  return extra === null ? base : `${base.replace(/[.:]$/, '')}: ${extra}`;
}

/** Why a finding matters and what to do, in one language; specific to the error or placeholder kind when known. */
export function findingAdvice(code: FindingCode, lang: 'id' | 'en', detail?: string): string {
  if (code === 'unreachable' && detail !== undefined) return explainNetError(detail, lang);
  if (code === 'placeholder' && isPlaceholderKind(detail)) return `${PLACEHOLDER_ADVICE[detail][lang]} ${FINDING_ADVICE[code][lang]}`;
  return FINDING_ADVICE[code][lang];
}
