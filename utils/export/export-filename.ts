const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `<stem>-YYYYMMDD-HHmm.<ext>` in the user's local time (`pantau-…` for a collector's export,
 * `pantau-rekap-…` for a rekap): the name people see in their Downloads folder, so it matches
 * their clock rather than UTC.
 */
export function exportFilename(now: Date, ext: 'json' | 'csv' | 'xlsx', stem = 'pantau'): string {
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  return `${stem}-${date}-${pad(now.getHours())}${pad(now.getMinutes())}.${ext}`;
}
