import type { ExportV1 } from './export-schema';

/** The export as a JSON file: 2-space indent and a trailing newline, so files diff cleanly. */
export function exportToJson(data: ExportV1): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
