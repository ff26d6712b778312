/**
 * Content freshness: dates written on a page, as Indonesian pemda sites write them. Pure string
 * work over text the sampler already bounded; every pattern is linear (no nested quantifiers)
 * and the number of matches read per pattern is capped, so hostile text costs no more than
 * ordinary text of the same length.
 */

/** Month names and abbreviations, Indonesian (including the old Pebruari/Nopember spellings) and English. */
const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};
// Longest first, so "Maret" is not read as "Mar" + "et"; (?![a-z]) then rejects partial words.
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})(?![a-z])\\.?`;

const MIN_YEAR = 1995; // nothing on a city website predates the web
const MAX_MATCHES = 1000;

const PATTERNS: ReadonlyArray<{ regex: RegExp; toDate: (m: RegExpExecArray) => string | null }> = [
  // 2025-11-27, 2025/11/27, 2025-11-27T10:00:00+08:00
  { regex: /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/g, toDate: (m) => ymd(m[1], m[2], m[3]) },
  // 27/11/2025, 27-11-2025, 27.11.2025: day first, as Indonesia writes; 11/27/2025 is read month first.
  { regex: /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g, toDate: (m) => ymd(m[4], m[3], m[1]) ?? ymd(m[4], m[1], m[3]) },
  // 27 November 2025, Kamis, 27 Nov. 2025, 5th May 2024
  { regex: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})(?!\\d)`, 'gi'), toDate: (m) => ymd(m[3], month(m[2]), m[1]) },
  // November 27, 2025 (WordPress's English default)
  { regex: new RegExp(`(?<![a-z])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gi'), toDate: (m) => ymd(m[3], month(m[1]), m[2]) },
];

const UNIT_MS: Readonly<Record<string, number>> = {
  detik: 1_000, second: 1_000, sec: 1_000,
  menit: 60_000, minute: 60_000, min: 60_000,
  jam: 3_600_000, hour: 3_600_000, hr: 3_600_000,
  hari: 86_400_000, day: 86_400_000,
  minggu: 7 * 86_400_000, pekan: 7 * 86_400_000, week: 7 * 86_400_000,
  bulan: 30.44 * 86_400_000, month: 30.44 * 86_400_000,
  tahun: 365.25 * 86_400_000, year: 365.25 * 86_400_000,
};
// "3 hari yang lalu", "15 jam ago", "sehari yang lalu", "2 weeks ago", "a month ago"
const RELATIVE = /(?<![\w])(?:(\d{1,3})\s*|(se)|(?:an?|satu)\s+)(detik|menit|jam|hari|minggu|pekan|bulan|tahun|second|sec|minute|min|hour|hr|day|week|month|year)s?\s+(?:yang\s+)?(?:lalu|ago)(?![\w])/gi;

function month(name: string | undefined): string | undefined {
  const number = name === undefined ? undefined : MONTHS[name.toLowerCase()];
  return number === undefined ? undefined : String(number);
}

/** A real calendar date as `YYYY-MM-DD`, or null (31 February, year 0042, month 13…). */
export function ymd(year: string | undefined, monthText: string | undefined, day: string | undefined): string | null {
  const y = Number(year);
  const m = Number(monthText);
  const d = Number(day);
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < MIN_YEAR || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The local calendar day of an instant, `YYYY-MM-DD` (pages write dates in local time, WITA). */
export function localDate(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Every absolute date written in `text` (at most MAX_MATCHES per pattern), unsorted. */
export function datesInText(text: string): string[] {
  const dates: string[] = [];
  for (const { regex, toDate } of PATTERNS) {
    regex.lastIndex = 0;
    let count = 0;
    for (let match = regex.exec(text); match !== null && count < MAX_MATCHES; match = regex.exec(text), count++) {
      const date = toDate(match);
      if (date !== null) dates.push(date);
    }
  }
  return dates;
}

/** Dates of relative forms ("3 hari yang lalu", "15 jam ago"), measured back from `now`. */
export function relativeDatesInText(text: string, now: number): string[] {
  const dates: string[] = [];
  RELATIVE.lastIndex = 0;
  let count = 0;
  for (let match = RELATIVE.exec(text); match !== null && count < MAX_MATCHES; match = RELATIVE.exec(text), count++) {
    const amount = match[1] !== undefined ? Number(match[1]) : 1;
    const unit = UNIT_MS[(match[3] ?? '').toLowerCase()];
    if (unit !== undefined) dates.push(localDate(now - amount * unit));
  }
  return dates;
}

/** A machine-readable date (`<time datetime>`, `article:modified_time`, JSON-LD) as `YYYY-MM-DD`. */
export function structuredDate(value: string): string | null {
  return datesInText(value.slice(0, 100))[0] ?? null;
}

/** Where each candidate date came from: text dates equal to today are treated differently. */
export interface DateCandidates {
  text: readonly string[];
  structured: readonly string[];
  relative: readonly string[];
}

/**
 * The newest date that is not in the future (after `today`), or null. A date in running text
 * that is exactly today does not count: pemda headers print today's date ("Kamis, 27 November
 * 2026") on every page, however old the content; marked-up dates and relative forms do count.
 */
export function newestDate(candidates: DateCandidates, today: string): string | null {
  let newest: string | null = null;
  const consider = (date: string, allowToday: boolean) => {
    if (date > today || (!allowToday && date === today)) return;
    if (newest === null || date > newest) newest = date;
  };
  for (const date of candidates.text) consider(date, false);
  for (const date of candidates.structured) consider(date, true);
  for (const date of candidates.relative) consider(date, true);
  return newest;
}

const COPYRIGHT = /(?:©|\(c\)|copyright|hak\s+cipta)[^\d]{0,60}?((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?/gi;

/** The copyright year (the end of a range), the latest one not after `currentYear`; null when none. */
export function copyrightYear(text: string, currentYear: number): number | null {
  let best: number | null = null;
  COPYRIGHT.lastIndex = 0;
  let count = 0;
  for (let match = COPYRIGHT.exec(text); match !== null && count < MAX_MATCHES; match = COPYRIGHT.exec(text), count++) {
    const year = Number(match[2] ?? match[1]);
    if (year >= MIN_YEAR && year <= currentYear && (best === null || year > best)) best = year;
  }
  return best;
}

/** True when `date` (`YYYY-MM-DD`) is more than `months` calendar months before the day of `reference`. */
export function olderThanMonths(date: string, months: number, reference: number): boolean {
  const ref = new Date(reference);
  const limit = new Date(ref.getFullYear(), ref.getMonth() - months, ref.getDate());
  return date < localDate(limit.getTime());
}
