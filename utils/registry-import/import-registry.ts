import { formatNumber } from '../text/format-number';
import { isUnderDomain, normaliseHost } from '../domains/host-match';
import { parseRegistry } from '../registry/parse-registry';
import type { OpdUnit } from '../registry/opd-list-schema';
import type { Registry } from '../registry/schema';
import { noWatchedEntryReason } from '../registry/watched-entries';
import { csvToEntries } from './csv-registry';
import { readCsvTable } from './csv-table';
import { decodeText } from './decode-text';
import { capProblems, notice, quote, type ImportWarning, type Problem } from './problems';

/**
 * Registry import: a file (or a download) in Pantau's own JSON format or as a CSV an office keeps,
 * checked completely BEFORE anything changes. The caller shows the problems, or the warnings and a
 * diff (registry-diff.ts) against the registry in force, and applies the result only on confirmation.
 * Pure: no clock (pass `now`), no storage, never throws.
 */

/** A registry file larger than this is refused unread (the bundled one is about 40 KB). */
export const MAX_REGISTRY_BYTES = 5 * 1024 * 1024;

export type RegistryFileFormat = 'json' | 'csv';

export interface ImportRegistryInput {
  /** The file's bytes (decoding is detected) or its text. */
  content: string | Uint8Array;
  /** The file name, or the URL it was downloaded from: used to tell the format and as the fallback source. */
  name: string;
  /** Where the content came from; a URL must be https (registry-update.ts checks that before fetching). */
  origin: 'file' | 'url';
  watchedDomains: readonly string[];
  /** The registry in force, so rows serving its hosts keep their ids. */
  current?: Registry;
  /** The city's OPD list, which names the units of CSV rows (pages: opdList(); the worker reads its packaged copy). */
  opdUnits: readonly OpdUnit[];
  /** The import time: CSV registries are versioned and dated by it; it dates the fallback source. */
  now: Date;
  /** Overrides the format otherwise told from the name's extension or the content. */
  format?: RegistryFileFormat;
  /**
   * Import the valid rows of a CSV whose other rows have problems (the user has seen them listed).
   * Problems of the file as a whole (no name column, broken quoting…) still refuse it.
   */
  skipBadRows?: boolean;
}

export type ImportRegistryResult =
  | {
      ok: true;
      registry: Registry;
      format: RegistryFileFormat;
      warnings: ImportWarning[];
      /** Per entry id, the fields the file left empty (CSV only): a merge keeps the values in force. */
      blankFields: Record<string, string[]>;
      /** The problems of the rows left out with `skipBadRows`. */
      skipped: Problem[];
    }
  | {
      ok: false;
      format: RegistryFileFormat | null;
      problems: Problem[];
      /** How many rows would import with `skipBadRows` (0 when the file as a whole is refused). */
      validRows: number;
    };

/** Checks a registry file and turns it into a registry. */
export function importRegistry(input: ImportRegistryInput): ImportRegistryResult {
  const size = typeof input.content === 'string' ? input.content.length : input.content.byteLength;
  if (size > MAX_REGISTRY_BYTES) {
    const mb = (lang: 'id' | 'en') => formatNumber(size / 1024 / 1024, lang, 1);
    return fail(null, 'file-too-large', { id: `Berkas terlalu besar (${mb('id')} MB; paling besar 5 MB).`, en: `The file is too large (${mb('en')} MB; at most 5 MB).` });
  }
  const { text, encoding } = decodeText(input.content);
  if (text.trim() === '') return fail(null, 'file-empty', { id: 'Berkas kosong.', en: 'The file is empty.' });
  const format = input.format ?? formatOf(input.name, text);
  const watchedDomains = input.watchedDomains.map(normaliseHost).filter((d): d is string => d !== null);
  const warnings: ImportWarning[] =
    encoding === 'windows-1252'
      ? [notice('decoded-as-windows-1252', { row: null, field: null }, { id: 'Berkas bukan UTF-8; dibaca sebagai Windows-1252 (ANSI). Periksa huruf beraksen di pratinjau.', en: 'The file is not UTF-8; it was read as Windows-1252 (ANSI). Check accented letters in the preview.' })]
      : [];
  const result = format === 'json' ? importJson(text, watchedDomains) : importCsv(text, input, watchedDomains);
  // The same rule whatever the format or the origin (file or update URL): see watched-entries.ts.
  const unwatched = result.ok ? noWatchedEntryReason(result.registry, watchedDomains) : null;
  if (unwatched !== null) return fail(format, 'no-watched-entry', unwatched);
  if (!result.ok) {
    // File-wide problems first, then by row as the user reads the sheet (sort is stable).
    return { ok: false, format, problems: capProblems(byRow(result.problems)), validRows: result.validRows ?? 0 };
  }
  return { ok: true, registry: result.registry, format, warnings: [...warnings, ...result.warnings], blankFields: result.blankFields ?? {}, skipped: capProblems(byRow(result.skipped ?? [])) };
}

const byRow = (problems: readonly Problem[]): Problem[] => [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

type Inner =
  | { ok: true; registry: Registry; warnings: ImportWarning[]; blankFields?: Record<string, string[]>; skipped?: Problem[] }
  | { ok: false; problems: Problem[]; validRows?: number };

function fail(format: RegistryFileFormat | null, reason: Problem['reason'], message: Problem['message']): ImportRegistryResult {
  return { ok: false, format, problems: [notice(reason, { row: null, field: null }, message)], validRows: 0 };
}

/** `.json` → JSON, `.csv`/`.tsv`/`.txt` → CSV; otherwise JSON when the text opens with `{`. */
export function formatOf(name: string, text: string): RegistryFileFormat {
  const path = name.split(/[?#]/)[0] ?? name;
  if (/\.json$/i.test(path)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(path)) return 'csv';
  return /^\s*[{[]/.test(text) ? 'json' : 'csv';
}

/**
 * The source cited by rows that cite nothing: the https URL a registry was downloaded from, or
 * `file:NAME@YYYY-MM-DD` for a file (its name without folders; the day of the import, UTC).
 */
export function fallbackSource(name: string, origin: 'file' | 'url', now: Date): string {
  if (origin === 'url') return name.split('#')[0] ?? name;
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[@\r\n]/g, '_').trim().slice(0, 200) || 'registri';
  return `file:${base}@${now.toISOString().slice(0, 10)}`;
}

function importJson(text: string, watchedDomains: readonly string[]): Inner {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [notice('invalid-json', { row: null, field: null }, { id: `Berkas bukan JSON yang sah (${detail}).`, en: `The file is not valid JSON (${detail}).` })] };
  }
  const parsed = parseRegistry(json);
  if (!parsed.ok) {
    // parseRegistry words its findings in English only; the Indonesian text says what they are.
    return { ok: false, problems: parsed.errors.map((error) => notice('invalid-registry', { row: null, field: null }, { id: `Registri tidak sah: ${error}`, en: error })) };
  }
  const { registry } = parsed;
  // Entries on a domain that is not watched stay as data, as in the bundled registry (registry-index.ts).
  const warnings = registry.domains
    .filter((domain) => !watchedDomains.some((watched) => isUnderDomain(domain, watched) || isUnderDomain(watched, domain)))
    .map((domain) => ({ domain, count: registry.entries.filter((entry) => entry.hosts.every((host) => isUnderDomain(host, domain))).length }))
    .filter(({ count }) => count > 0)
    .map(({ domain, count }) =>
      notice('host-on-unwatched-domain', { row: null, field: 'hosts' }, { id: `${count} entri di ${quote(domain)} disimpan tetapi baru berlaku bila domain itu dipantau.`, en: `${count} entries on ${quote(domain)} are kept but apply only once that domain is watched.` }),
    );
  return { ok: true, registry, warnings };
}

/** A problem of one data row (not of the header, the quoting or the file as a whole). */
const isRowProblem = (problem: Problem): boolean => problem.row !== null && problem.row > 1 && problem.reason !== 'csv-syntax';

/**
 * The CSV's registry; when some rows have problems, also what the other rows give: counted for the
 * offer to import them, or imported when `skipBadRows` says the user saw the bad ones listed.
 */
function importCsv(text: string, input: ImportRegistryInput, watchedDomains: readonly string[]): Inner {
  const table = readCsvTable(text);
  const first = csvRegistry(table, input, watchedDomains);
  if (first.ok || !first.problems.every(isRowProblem)) return first;
  const problems = [...first.problems];
  const bad = new Set(problems.map((problem) => problem.row));
  let rest: Inner = first;
  // Leaving rows out can reveal a problem no more (a duplicate host) but never a new kind; a few rounds settle it.
  for (let round = 0; round < 3; round++) {
    rest = csvRegistry({ ...table, rows: table.rows.filter((row) => !bad.has(row.row)) }, input, watchedDomains);
    if (rest.ok || !rest.problems.every(isRowProblem)) break;
    for (const problem of rest.problems) bad.add(problem.row);
    problems.push(...rest.problems);
  }
  if (!rest.ok || rest.registry.entries.length === 0) return { ok: false, problems: first.problems, validRows: 0 };
  if (input.skipBadRows !== true) return { ok: false, problems: first.problems, validRows: rest.registry.entries.length };
  return { ...rest, skipped: problems };
}

function csvRegistry(table: ReturnType<typeof readCsvTable>, input: ImportRegistryInput, watchedDomains: readonly string[]): Inner {
  const source = fallbackSource(input.name, input.origin, input.now);
  const result = csvToEntries({ table, watchedDomains, fallbackSource: source, current: input.current, opdUnits: input.opdUnits });
  if (!result.ok) return result;
  const day = input.now.toISOString().slice(0, 10);
  const registry = {
    format: 'pantau.registry' as const,
    version: day.replaceAll('-', '.'),
    domains: [...watchedDomains],
    generatedAt: input.now.toISOString(),
    entries: result.entries,
  };
  // Backstop for the cross-entry rules (ids, hosts); csvToEntries should already have caught them.
  const checked = parseRegistry(registry);
  if (!checked.ok) {
    return { ok: false, problems: checked.errors.map((error) => notice('invalid-registry', { row: null, field: null }, { id: `Registri tidak sah: ${error}`, en: error })) };
  }
  return { ok: true, registry: checked.registry, warnings: result.warnings, blankFields: result.blankFields };
}
