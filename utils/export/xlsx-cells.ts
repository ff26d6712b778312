import type { Cell, Row } from 'write-excel-file/universal';
import type { Severity } from '../findings/finding-definitions';
import type { RegistryStatus } from '../registry/schema';
import { WITA_OFFSET_MS } from '../text/wita';

/**
 * The cells and words every Pantau workbook is written with (the rekap's, utils/rekap/rekap-xlsx.ts,
 * and a collector's, export-xlsx.ts). Numbers and dates are typed cells, so sums, filters and
 * sorting work; text is always a string cell, never a formula, so a hostile page title cannot run.
 * XML 1.0 cannot hold most control characters or lone surrogates; write-excel-file drops them
 * from every string (tests/unit/rekap/rekap-xlsx.test.ts).
 */

/** Date-times are shown in WITA, as `dd/mm/yyyy hh:mm`. */
export const WITA_DATE_FORMAT = 'dd/mm/yyyy hh:mm';

export function text(value: string | null | undefined): Cell {
  if (value === null || value === undefined || value === '') return null;
  return { value, type: String };
}

export const num = (value: number | null | undefined): Cell => (value === null || value === undefined ? null : { value, type: Number });

export const header = (...labels: string[]): Row => labels.map((label) => ({ value: label, type: String, fontWeight: 'bold' }));

/** An epoch-ms time as a WITA date-time cell (Excel dates have no zone: the clock time is what shows). */
export function date(epochMs: number | null | undefined): Cell {
  if (epochMs === null || epochMs === undefined || !Number.isFinite(epochMs)) return null;
  return { value: new Date(epochMs + WITA_OFFSET_MS), type: Date, format: WITA_DATE_FORMAT };
}

/** An ISO time (an export's) as a WITA date-time cell; empty when absent or unreadable. */
export const isoDate = (iso: string | null | undefined): Cell => date(iso === null || iso === undefined ? null : Date.parse(iso));

/** A calendar day (`YYYY-MM-DD`, no time or zone) as a date cell. */
export function day(isoDay: string | null | undefined): Cell {
  const time = isoDay === null || isoDay === undefined ? Number.NaN : Date.parse(`${isoDay}T00:00:00.000Z`);
  return Number.isNaN(time) ? null : { value: new Date(time), type: Date, format: 'dd/mm/yyyy' };
}

export const yesNo = (value: boolean | null | undefined): Cell => (value === null || value === undefined ? null : text(value ? 'Ya' : 'Tidak'));

/** A registry status, or `unregistered`, in words. */
export const STATUS_WORDS: Readonly<Record<RegistryStatus | 'unregistered', string>> = {
  aktif: 'Aktif',
  'tidak-aktif': 'Tidak aktif',
  pengembangan: 'Pengembangan',
  'tidak-diketahui': 'Tidak diketahui',
  unregistered: 'Tidak terdaftar',
};

export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = { high: 'Tinggi', medium: 'Sedang', low: 'Rendah' };

/** A word from a closed list, or the value itself when a newer Pantau wrote one this one does not know. */
export function wordFor(words: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(words, value) ? words[value]! : value;
}
