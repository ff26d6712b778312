const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `pantau-YYYYMMDD-HHmm.<ext>` in the user's local time: the name people see in their Downloads
 * folder, so it matches their clock rather than UTC.
 */
export function exportFilename(now: Date, ext: 'json' | 'csv'): string {
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  return `pantau-${date}-${pad(now.getHours())}${pad(now.getMinutes())}.${ext}`;
}
