/** The files an export or a rekap is saved as, and the MIME type each is downloaded with. */
export type ExportFileFormat = 'json' | 'csv' | 'xlsx';

export const EXPORT_MIME: Readonly<Record<ExportFileFormat, string>> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `<stem>-YYYYMMDD-HHmm.<ext>` in the user's local time (`pantau-…` for a collector's export,
 * `pantau-rekap-…` for a rekap): the name people see in their Downloads folder, so it matches
 * their clock rather than UTC.
 */
export function exportFilename(now: Date, ext: ExportFileFormat, stem = 'pantau'): string {
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  return `${stem}-${date}-${pad(now.getHours())}${pad(now.getMinutes())}.${ext}`;
}
