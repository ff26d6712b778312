import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportV1 } from '../../utils/export/export-schema';
import { languageFromLocale, translatorFromMessages, type Translate } from '../../utils/text/i18n';
import { checkFileSize, readExportText, type ReadExportResult } from '../../utils/rekap/read-export-file';
import { formatFromFilename, REKAP_FORMATS, rekapFileBytes, rekapWithCensus, type RekapFormat } from '../../utils/rekap/rekap-output';
import { fileRejectedText, nothingWrittenText, rekapResultLines, warningText, writtenText } from '../../utils/rekap/rekap-text';
import { BUNDLED_REGISTRY } from '../../utils/registry/bundled';
import { createRegistryIndex } from '../../utils/registry/registry-index';
import { WATCHED_DOMAIN } from '../../utils/domains/allowed-domains';
import { DEFAULT_PREFERENCES, RECENT_DAYS_RANGE } from '../../utils/settings/settings';
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import pkg from '../../package.json';

/** What the command reads from and writes to besides files; tests hand in their own. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  now: () => Date;
}


/** Reads one input file as an export; never throws. */
async function readInput(path: string): Promise<ReadExportResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, problem: 'unreadable', details: ['not a regular file'] };
    const tooLarge = checkFileSize(info.size);
    if (tooLarge !== null) return tooLarge;
    return readExportText(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: 'unreadable', details: [code ?? (error instanceof Error ? error.message : String(error))] };
  }
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so the output is
 * either the complete new file or untouched: never half written, whatever happens meanwhile.
 */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function translatorFor(lang: string | undefined, env: CliIo['env']): Translate | null {
  const chosen = lang ?? languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
  if (chosen !== 'id' && chosen !== 'en') return null;
  return translatorFromMessages(chosen === 'en' ? en : id);
}

/** `pantau rekap …`: resolves to the exit code. */
export async function runRekap(argv: readonly string[], io: CliIo, usage: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string' },
        days: { type: 'string' },
        name: { type: 'string' },
        unit: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`pantau rekap: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(usage);
    return 0;
  }
  const usageError = (message: string): number => {
    io.err(`pantau rekap: ${message}\n\n${usage}`);
    return 2;
  };
  if (positionals.length === 0) return usageError('give at least one export file');
  if (values.out === undefined || values.out === '') return usageError('--out <file> is required');
  const format = (values.format?.toLowerCase() ?? formatFromFilename(values.out)) as RekapFormat | null;
  if (format === null || !REKAP_FORMATS.includes(format)) {
    return usageError(`cannot tell the output format: use --format ${REKAP_FORMATS.join('|')} or an --out ending in .json, .csv or .xlsx`);
  }
  const days = values.days === undefined ? DEFAULT_PREFERENCES.recentDays : Number(values.days);
  if (!Number.isInteger(days) || days < RECENT_DAYS_RANGE.min || days > RECENT_DAYS_RANGE.max) {
    return usageError(`--days must be a whole number from ${RECENT_DAYS_RANGE.min} to ${RECENT_DAYS_RANGE.max}`);
  }
  const t = translatorFor(values.lang, io.env);
  if (t === null) return usageError('--lang must be id or en');

  const outPath = resolve(io.cwd, values.out);
  const inputs = positionals.map((file) => ({ file, path: resolve(io.cwd, file) }));
  if (inputs.some((input) => input.path === outPath)) return usageError(`--out ${values.out} is also an input; it would be overwritten`);

  // Every file is checked before anything is written, and every bad one is reported, not just the first.
  const exports: ExportV1[] = [];
  let bad = 0;
  for (const input of inputs) {
    const result = await readInput(input.path);
    if (result.ok) {
      exports.push(result.data);
      continue;
    }
    bad += 1;
    io.err(fileRejectedText(input.file, result.problem, t));
    for (const detail of result.details) io.err(`  ${detail}`);
  }
  if (bad > 0) {
    io.err(nothingWrittenText(t));
    return 1;
  }

  const domains = [WATCHED_DOMAIN];
  const registry = createRegistryIndex(BUNDLED_REGISTRY, domains);
  const now = io.now();
  const { rekap, census } = rekapWithCensus(exports, registry, { domains, recentDays: days, now: now.getTime() });
  const bytes = await rekapFileBytes(format, rekap, census, registry, {
    now,
    domain: WATCHED_DOMAIN,
    collector: { name: values.name ?? '', unit: values.unit ?? '' },
    extension: { version: pkg.version, browser: 'cli' },
    registryVersion: BUNDLED_REGISTRY.version,
  });
  try {
    await writeAtomically(outPath, bytes);
  } catch (error) {
    io.err(`pantau rekap: cannot write ${values.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    io.err(nothingWrittenText(t));
    return 1;
  }

  for (const line of rekapResultLines(rekap, census, t)) io.out(line);
  for (const warning of rekap.warnings) io.out(`! ${warningText(warning, t)}`);
  io.out(writtenText(values.out, format, bytes.length, t));
  return 0;
}
