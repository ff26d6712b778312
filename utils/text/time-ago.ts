import type { Lang } from './i18n';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
// Calendar-average lengths: "3 bulan yang lalu" only needs to be right to the nearest unit.
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

const JUST_NOW: Record<Lang, string> = { id: 'baru saja', en: 'just now' };

/** The largest unit that fits, so "36 hours" reads as "1 day" (floor, never rounding up). */
function pickUnit(ms: number): [number, Intl.RelativeTimeFormatUnit] {
  if (ms < HOUR) return [Math.floor(ms / MINUTE), 'minute'];
  if (ms < DAY) return [Math.floor(ms / HOUR), 'hour'];
  if (ms < WEEK) return [Math.floor(ms / DAY), 'day'];
  if (ms < MONTH) return [Math.floor(ms / WEEK), 'week'];
  if (ms < YEAR) return [Math.floor(ms / MONTH), 'month'];
  return [Math.floor(ms / YEAR), 'year'];
}

/**
 * How long ago `then` was, relative to `now` (both epoch ms): "3 hari yang lalu" / "3 days ago",
 * and "baru saja" / "just now" for anything under a minute, including a `then` slightly in the
 * future (another device's clock, or this one adjusted). Always numeric: `numeric: 'auto'` would
 * say "kemarin" / "last week", calendar words that are wrong for 30 hours or 10 days ago.
 */
export function timeAgo(then: number, now: number, lang: Lang): string {
  const elapsed = now - then;
  if (elapsed < MINUTE) return JUST_NOW[lang];
  const [value, unit] = pickUnit(elapsed);
  return relativeFormat(lang).format(-value, unit);
}

// Intl formatters are costly to build (a dashboard page draws hundreds of times per keystroke) and
// immutable once built, so one per language (and time zone) is kept for the page's life.
const relativeFormats = new Map<Lang, Intl.RelativeTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function relativeFormat(lang: Lang): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(lang);
  if (format === undefined) relativeFormats.set(lang, (format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' })));
  return format;
}

/**
 * An absolute date and time for tooltips and settings, in the user's time zone unless one is
 * given (tests pin `Asia/Makassar`): "27 Nov 2025, 21.20" / "27 Nov 2025, 21:20".
 */
export function formatDateTime(time: number, lang: Lang, timeZone?: string): string {
  const key = `${lang}|${timeZone ?? ''}`;
  let format = dateTimeFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    dateTimeFormats.set(key, format);
  }
  return format.format(time);
}
