import type { ExportV1 } from '../../../utils/export/export-schema';
import { compareInputs, createRekapFold, type RekapFold } from '../../../utils/rekap/merge-exports';
import type { FileProblem } from '../../../utils/rekap/read-export-file';
import { compareText, exportIdentity, sourcesOf } from '../../../utils/rekap/rekap-sources';
import type { Rekap, RekapSource } from '../../../utils/rekap/rekap-types';
import type { InputFile } from './input-paths';
import { createHeapBudget } from './heap-budget';
import { decodeRaw, readRaw } from './read-input';

/**
 * The rekap of many export files without holding them: each file is read, checksummed, validated
 * and folded into the merge (utils/rekap/merge-exports.ts, the same code as the dashboard's), then
 * dropped. Memory grows with the hosts and collectors of the census, not with the number of files.
 *
 * Hosts fold in any order to the same result. Only files whose exports overlap (a rekap given with
 * some of its own sources, two files with one identity) depend on order; when the first pass meets
 * one, a second pass re-reads the files in the merge's canonical order, so the result is always
 * the one mergeExports gives for the same files. Byte-identical files are read once.
 */

export type FileStatus = 'merged' | 'duplicate' | 'already-loaded';

export interface FileOutcome {
  input: InputFile;
  checksum: string;
  bytes: number;
  status: FileStatus;
  /** The file's own collector and exportedAt (for a rekap, the auditor's); null when not parsed. */
  data: { name: string; unit: string; exportedAt: string; hosts: number; sources: number } | null;
}

export interface BadFile {
  input: InputFile;
  problem: FileProblem;
  details: string[];
}

export interface StreamOptions {
  domains: readonly string[];
  /** Merged before any file: the census stored by an earlier run (incremental DuckDB). */
  initial?: ExportV1 | null;
  /** Checksums of files loaded by an earlier run: skipped without being parsed. */
  loaded?: ReadonlySet<string>;
  /** Called for every file whose exports are merged (not for duplicates). */
  onMerged?: (data: ExportV1, outcome: FileOutcome) => void;
  /** Called when the first pass is dropped for a canonical one: forget what onMerged was told. */
  onRestart?: () => void;
}

export interface StreamResult {
  rekap: Rekap;
  /** Good files, in input order. */
  files: FileOutcome[];
  bad: BadFile[];
  passes: 1 | 2;
}

interface Parsed {
  outcome: FileOutcome;
  sources: RekapSource[];
  key: string;
  /** JSON of the file, only when another file claims the same identity (the last tie-break). */
  content?: string;
}

export async function streamMerge(inputs: readonly InputFile[], options: StreamOptions): Promise<StreamResult> {
  const loaded = options.loaded ?? new Set<string>();
  const start = (): RekapFold => {
    const fold = createRekapFold(options.domains);
    if (options.initial) fold.add(options.initial);
    return fold;
  };
  let fold = start();
  const files: FileOutcome[] = [];
  const bad: BadFile[] = [];
  const parsed: Parsed[] = [];
  const byChecksum = new Set<string>();
  let sameBytes = 0;
  let canonical = false;
  const checkHeap = createHeapBudget();

  for (const input of inputs) {
    checkHeap();
    const raw = await readRaw(input.path);
    if (!raw.ok) {
      bad.push({ input, problem: raw.problem, details: raw.details });
      continue;
    }
    const base = { input, checksum: raw.checksum, bytes: raw.raw.length, data: null };
    if (loaded.has(raw.checksum)) {
      files.push({ ...base, status: 'already-loaded' });
      continue;
    }
    if (byChecksum.has(raw.checksum)) {
      sameBytes += 1;
      files.push({ ...base, status: 'duplicate' });
      continue;
    }
    const read = await decodeRaw(raw.raw, raw.checksum);
    if (!read.ok) {
      bad.push({ input, problem: read.problem, details: read.details });
      continue;
    }
    byChecksum.add(raw.checksum);
    const { data } = read;
    const outcome: FileOutcome = { ...base, status: 'merged', data: summary(data) };
    const sources = sourcesOf(data);
    files.push(outcome);
    parsed.push({ outcome, sources, key: exportIdentity(data) });
    if (canonical) continue;
    if (fold.overlaps(sources)) {
      canonical = true;
      continue;
    }
    fold.add(data, sources);
    options.onMerged?.(data, outcome);
  }

  if (canonical) {
    options.onRestart?.();
    fold = start();
    await fillTieContent(parsed, bad);
    const order = parsed
      .filter((p) => !bad.some((b) => b.input === p.outcome.input))
      .sort((a, b) => compareInputs(a, b, () => compareText(a.content ?? '', b.content ?? '')));
    for (const item of order) {
      checkHeap();
      const data = await readAgain(item, bad);
      if (data === null) continue;
      item.outcome.status = fold.add(data, item.sources);
      if (item.outcome.status === 'merged') options.onMerged?.(data, item.outcome);
    }
  }
  for (let i = 0; i < sameBytes; i += 1) fold.addDuplicate();
  const good = files.filter((file) => !bad.some((b) => b.input === file.input));
  return { rekap: fold.finish(), files: good, bad, passes: canonical ? 2 : 1 };
}

function summary(data: ExportV1): FileOutcome['data'] {
  return {
    name: data.collector.name,
    unit: data.collector.unit,
    exportedAt: data.exportedAt,
    hosts: data.hosts.length,
    sources: data.collectors?.length || 1,
  };
}

/** Reads a file of the first pass again; it must be the same bytes (a file changed meanwhile is bad). */
async function readAgain(item: Parsed, bad: BadFile[]): Promise<ExportV1 | null> {
  const { input, checksum } = item.outcome;
  const raw = await readRaw(input.path);
  if (!raw.ok || raw.checksum !== checksum) {
    bad.push({ input, problem: 'unreadable', details: ['the file changed while the rekap was running'] });
    return null;
  }
  const read = await decodeRaw(raw.raw, raw.checksum);
  return read.ok ? read.data : null;
}

/** The content tie-break of the canonical order, read only for files that share an identity. */
async function fillTieContent(parsed: Parsed[], bad: BadFile[]): Promise<void> {
  const groups = new Map<string, Parsed[]>();
  for (const item of parsed) {
    const key = `${item.sources.length}\u0000${item.key}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const item of group) {
      const data = await readAgain(item, bad);
      if (data !== null) item.content = JSON.stringify(data);
    }
  }
}
