import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { translatorFromMessages, type Translate } from '../../utils/text/i18n';
import { buildCensus } from '../../utils/rekap/census';
import type { FileProblem } from '../../utils/rekap/read-export-file';
import { rekapFileBytes } from '../../utils/rekap/rekap-output';
import { fileRejectedText, nothingWrittenText, rekapResultLines, warningText, writtenText } from '../../utils/rekap/rekap-text';
import { BUNDLED_REGISTRY } from '../../utils/registry/bundled';
import { createRegistryIndex } from '../../utils/registry/registry-index';
import { WATCHED_DOMAIN } from '../../utils/domains/allowed-domains';
import { BUNDLED_UNIT_PLAN } from '../../utils/units/bundled-plan';
import { coverageLines } from '../../utils/units/coverage-text';
import { computeCoverage } from '../../utils/units/rollout';
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import pkg from '../../package.json';
import { openCensusFile, openParquetFolder, type CensusStore } from './census-db/census-store';
import { loadDuckDb, type DuckDbImporter } from './census-db/load-duckdb';
import { countDays, type DayCounts } from './census-db/visits-by-day';
import { expandInputs } from './census/input-paths';
import { streamMerge } from './census/stream-merge';
import { cliWords, helpText, type CliLanguage, type CliWords } from './cli-text';
import { parseRekapArgs, type RekapArgs } from './rekap-args';

/** What the command reads from and writes to besides files; tests hand in their own. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  now: () => Date;
  /** How DuckDB is imported (tests simulate a platform without its binary). */
  importDuckDb?: DuckDbImporter;
}

interface Rejected {
  file: string;
  problem: FileProblem;
  details: string[];
}

/** One line saying what was wrong, then where to read more: never the whole help. */
export function usageError(io: CliIo, lang: CliLanguage, message: string, command = 'pantau rekap'): number {
  io.err(`${command}: ${message}`);
  io.err(cliWords(lang).hint);
  return 2;
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

function reportRejected(io: CliIo, rejected: readonly Rejected[], t: Translate): void {
  for (const file of rejected) {
    io.err(fileRejectedText(file.file, file.problem, t));
    for (const detail of file.details) io.err(`  ${detail}`);
  }
}

const whyNot = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/** `pantau rekap …`: resolves to the exit code (0 ok, 1 bad input or write, 2 usage). */
export async function runRekap(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseRekapArgs(argv, io.env, io.cwd);
  if (parsed.kind === 'help') {
    io.out(helpText(parsed.lang));
    return 0;
  }
  if (parsed.kind === 'usage-error') return usageError(io, parsed.lang, parsed.message);
  const { args } = parsed;
  const words = cliWords(args.lang);
  const outPath = resolve(io.cwd, args.out);
  const { inputs, empty } = await expandInputs(args.inputs, io.cwd);
  if (inputs.some((input) => input.path === outPath)) return usageError(io, args.lang, words.outIsInput(args.out));

  let store: CensusStore | null = null;
  if (args.format === 'duckdb' || args.format === 'parquet') {
    const loaded = await loadDuckDb(io.importDuckDb);
    if (!loaded.ok) {
      io.err(`pantau rekap: ${words.noDuckDb(loaded.reason)}`);
      return 1;
    }
    try {
      store = args.format === 'duckdb' ? await openCensusFile(loaded.duckdb, outPath, WATCHED_DOMAIN) : await openParquetFolder(loaded.duckdb, outPath);
    } catch (error) {
      io.err(`pantau rekap: ${words.cannotWrite(args.out, whyNot(error))}`);
      return 1;
    }
  }
  try {
    return await rekapInto(args, io, words, inputs, empty, store);
  } finally {
    store?.close();
  }
}

async function rekapInto(
  args: RekapArgs,
  io: CliIo,
  words: CliWords,
  inputs: Awaited<ReturnType<typeof expandInputs>>['inputs'],
  empty: readonly string[],
  store: CensusStore | null,
): Promise<number> {
  const t = translatorFromMessages(args.lang === 'en' ? en : id);
  const domains = [WATCHED_DOMAIN];
  const days: DayCounts = new Map();
  const result = await streamMerge(inputs, {
    domains,
    initial: store?.stored.census ?? null,
    loaded: store?.stored.loaded,
    onMerged: store === null ? undefined : (data) => countDays(days, data, domains),
    onRestart: () => days.clear(),
  });
  const rejected: Rejected[] = [
    ...empty.map((file) => ({ file, problem: 'unreadable' as const, details: [words.noExportsIn] })),
    ...result.bad.map((bad) => ({ file: bad.input.file, problem: bad.problem, details: bad.details })),
  ];
  // --strict: today's rule for scripts, every bad file is reported and nothing is written.
  if (rejected.length > 0 && (args.strict || (result.files.length === 0 && store?.stored.census == null))) {
    reportRejected(io, rejected, t);
    if (!args.strict) io.err(words.nothingMerged);
    io.err(nothingWrittenText(t));
    return 1;
  }

  const registry = createRegistryIndex(BUNDLED_REGISTRY, domains);
  const now = io.now();
  const { rekap } = result;
  const census = buildCensus(rekap, registry, { recentDays: args.days, now: now.getTime() });
  // The unit rollout against the plan bundled with this Pantau, as the registry is.
  const coverage = computeCoverage({ plan: BUNDLED_UNIT_PLAN, registry, rows: census.rows });
  let written: string;
  try {
    if (store !== null) {
      await store.write({ rekap, census, registry, registryVersion: BUNDLED_REGISTRY.version, files: result.files, days, now, pantauVersion: pkg.version });
      const loaded = result.files.filter((file) => file.status !== 'already-loaded').length;
      written = words.store(args.out, args.format, loaded, rekap.hosts.length);
    } else {
      const format = args.format as 'json' | 'csv' | 'xlsx';
      const bytes = await rekapFileBytes(format, rekap, census, registry, {
        now,
        domain: WATCHED_DOMAIN,
        collector: { name: args.name, unit: args.unit },
        extension: { version: pkg.version, browser: 'cli' },
        registryVersion: BUNDLED_REGISTRY.version,
      }, { coverage });
      await writeAtomically(resolve(io.cwd, args.out), bytes);
      written = writtenText(args.out, format, bytes.length, t, args.lang);
    }
  } catch (error) {
    io.err(`pantau rekap: ${words.cannotWrite(args.out, whyNot(error))}`);
    io.err(nothingWrittenText(t));
    return 1;
  }

  for (const line of rekapResultLines(rekap, census, t, args.lang)) io.out(line);
  for (const line of coverageLines(coverage.totals, t, args.lang)) io.out(line);
  for (const warning of rekap.warnings) io.out(`! ${warningText(warning, t)}`);
  const already = result.files.filter((file) => file.status === 'already-loaded').length;
  if (already > 0) io.out(words.alreadyLoaded(already));
  io.out(written);
  // Bad files come last, where a person reading the run looks, with the reason for each.
  if (rejected.length > 0) {
    io.err(words.skipped(rejected.length));
    reportRejected(io, rejected, t);
  }
  return 0;
}
