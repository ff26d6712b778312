import { EXPORT_FORMAT, EXPORT_VERSION, type ExportV1 } from '../export/export-schema';
import { parseExport } from '../export/parse-export';

/**
 * Reading one file given for a rekap (dashboard import or CLI argument). Every way a file can be
 * wrong has a kind the UI words in the user's language, plus technical details for the report.
 */

/** Why a file was refused. */
export type FileProblem =
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'not-pantau'
  | 'newer-version'
  | 'invalid'
  /** A collector's CSV export, given where its JSON export is needed. */
  | 'csv';

export type ReadExportResult =
  | { ok: true; data: ExportV1 }
  | { ok: false; problem: FileProblem; details: string[] };

/** Largest file read: a 50,000-host export (the schema's limit) is about 35 MB of JSON. */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

/** Checks a file's size before reading it, so a huge file is refused without loading it. */
export function checkFileSize(bytes: number): ReadExportResult | null {
  if (bytes > MAX_EXPORT_BYTES) {
    return { ok: false, problem: 'too-large', details: [`${bytes} bytes; the limit is ${MAX_EXPORT_BYTES} bytes`] };
  }
  return null;
}

/** Validates the text of one file as a Pantau export (version 1, any optional additions). */
export function readExportText(text: string): ReadExportResult {
  const size = checkFileSize(text.length);
  if (size !== null) return size;
  // A BOM is what Windows editors put in front of UTF-8; JSON.parse does not accept it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problem: 'empty', details: ['the file is empty'] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    if (looksLikeExportCsv(body)) return { ok: false, problem: 'csv', details: ['the first line is a CSV header; give the .json export'] };
    return { ok: false, problem: 'not-json', details: [error instanceof Error ? error.message.slice(0, 200) : 'not JSON'] };
  }
  const top = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  if (top === null || top.format !== EXPORT_FORMAT) {
    return { ok: false, problem: 'not-pantau', details: [`"format" is not "${EXPORT_FORMAT}"`] };
  }
  if (typeof top.version === 'number' && Number.isInteger(top.version) && top.version > EXPORT_VERSION) {
    return { ok: false, problem: 'newer-version', details: [`version ${top.version}; this Pantau reads version ${EXPORT_VERSION}`] };
  }
  const parsed = parseExport(json);
  return parsed.ok ? { ok: true, data: parsed.data } : { ok: false, problem: 'invalid', details: parsed.errors };
}

/** A Pantau CSV (comma or semicolon) starts with the `host` column; its JSON sibling is what a rekap reads. */
function looksLikeExportCsv(body: string): boolean {
  const firstLine = body.slice(0, 4096).split(/\r?\n/, 1)[0] ?? '';
  return /^\s*"?host"?\s*[,;]/i.test(firstLine);
}
