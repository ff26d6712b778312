import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The shape every bench/*.bench.ts file exports, so bench/run.ts can run them all and print one
 * table. A bench is a small file with one concern; adding one is adding a file.
 */
export interface BenchRow {
  /** What was measured, with its unit of work (e.g. "navigation → visit stored, median"). */
  figure: string;
  /** The measured value with its unit, ready to print. */
  value: string;
  /** The target from issue 6, when there is one (e.g. "≤ 1.05×"). */
  goal?: string;
  /** Whether the value meets the goal; undefined when there is no goal. */
  met?: boolean;
}

export interface Bench {
  /** Short name, used to pick benches on the command line: `npm run bench -- popup`. */
  name: string;
  /** True when it needs the built extension and Chromium (the runner builds first). */
  browser: boolean;
  run(): Promise<BenchRow[]>;
}

/** Identity helper that type-checks a bench definition. */
export const defineBench = (bench: Bench): Bench => bench;

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** `12.3 ms` with one decimal, or whole milliseconds from 100 ms up. */
export const ms = (value: number): string => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);

/** A count with thousands separators, e.g. `1,234,567`. */
export const count = (value: number): string => Math.round(value).toLocaleString('en-US');

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** Wall-clock time of one call in milliseconds. */
export async function timed(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Raw and gzip (level 9) size of every file under `dir` that `match` accepts. */
export function gzipSizes(dir: string, match: (path: string) => boolean): { raw: number; gzip: number; files: number } {
  let raw = 0;
  let gzip = 0;
  let files = 0;
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (match(path)) {
        const bytes = readFileSync(path);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
        files += 1;
      }
    }
  };
  walk(dir);
  return { raw, gzip, files };
}
