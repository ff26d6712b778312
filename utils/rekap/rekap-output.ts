import { exportToCsv, type CsvSeparator } from '../export/export-csv';
import { EXPORT_MIME } from '../export/export-filename';
import { exportToJson } from '../export/export-json';
import type { ExportV1 } from '../export/export-schema';
import { buildCensus, type Census, type CensusOptions, type CensusRegistry } from './census';
import { mergeExports } from './merge-exports';
import { rekapToExport, type RekapExportMeta } from './rekap-to-export';
import type { Rekap } from './rekap-types';
import { rekapToXlsx } from './rekap-xlsx';
import { coverageToExport } from '../units/coverage-export';
import type { Coverage } from '../units/rollout';

/** What a rekap file may carry beyond the merge and its census. */
export interface RekapFileExtras {
  /** The unit rollout: the xlsx sheet "Cakupan unit" and the JSON's `units` (the CSV has neither). */
  coverage?: Coverage;
  /** The CSV's list separator (the dashboard passes csvSeparatorFor of its language). */
  csvSeparator?: CsvSeparator;
}

/** The three files a rekap can be saved as. */
export const REKAP_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type RekapFormat = (typeof REKAP_FORMATS)[number];

export const REKAP_MIME: Readonly<Record<RekapFormat, string>> = EXPORT_MIME;

/** The format a file name asks for (`.json`, `.csv`, `.xlsx`, any case), or null. */
export function formatFromFilename(filename: string): RekapFormat | null {
  const match = /\.([a-z]+)$/i.exec(filename);
  const ext = match?.[1]?.toLowerCase();
  return REKAP_FORMATS.find((format) => format === ext) ?? null;
}

/**
 * The rekap file's bytes in one format. JSON is the lossless interchange file (feed it to another
 * rekap); the CSV has exactly the columns of a collector's CSV and reuses its writer (quoting,
 * BOM, formula neutralisation); the workbook is for reading.
 */
export async function rekapFileBytes(
  format: RekapFormat,
  rekap: Rekap,
  census: Census,
  registry: CensusRegistry,
  meta: RekapExportMeta,
  extras: RekapFileExtras = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { coverage, csvSeparator = ',' } = extras;
  if (format === 'xlsx') return rekapToXlsx(census, rekap, coverage);
  const base = rekapToExport(rekap, registry, meta);
  const data = coverage === undefined || format === 'csv' ? base : { ...base, units: coverageToExport(coverage) };
  return new TextEncoder().encode(format === 'json' ? exportToJson(data) : exportToCsv(data, csvSeparator));
}

/** Merges exports and takes their census: the one chain of the dashboard and `pantau rekap`. */
export function rekapWithCensus(
  exports: readonly ExportV1[],
  registry: CensusRegistry,
  options: CensusOptions & { domains: readonly string[] },
): { rekap: Rekap; census: Census } {
  const rekap = mergeExports(exports, options.domains);
  return { rekap, census: buildCensus(rekap, registry, { recentDays: options.recentDays, now: options.now }) };
}
