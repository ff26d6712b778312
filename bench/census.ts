/**
 * Census store figures (`npm run bench:census`): generated exports (200 hosts each, from a pool of
 * 5,000 hosts, so every host is seen by many collectors) merged by the real `pantau rekap` command,
 * each run in its own process under GNU time for wall time and peak RSS:
 *   1. FILES exports (default 10,000 = 2 M host rows) streamed into a new census.duckdb;
 *   2. INCREMENT more (default 100) added to the same file (the FILES already there are skipped);
 *   3. the first COMPARE exports (default 1,000) as a JSON rekap, in memory (the pre-streaming CLI,
 *      bench/support/in-memory-rekap.ts) and streaming, side by side.
 * Knobs: BENCH_CENSUS_FILES, BENCH_CENSUS_INCREMENT, BENCH_CENSUS_COMPARE, BENCH_CENSUS_DIR (keeps
 * the generated files there between runs). Prints a table; not a test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeCensusExports } from './support/census-exports';

const ROOT = resolve(import.meta.dirname, '..');
const FILES = Number(process.env.BENCH_CENSUS_FILES ?? 10_000);
const INCREMENT = Number(process.env.BENCH_CENSUS_INCREMENT ?? 100);
const COMPARE = Math.min(FILES, Number(process.env.BENCH_CENSUS_COMPARE ?? 1_000));
const HOSTS = 200;
const POOL = 5_000;

const work = process.env.BENCH_CENSUS_DIR ?? mkdtempSync(join(tmpdir(), 'pantau-census-bench-'));
const base = join(work, `exports-${FILES}`);
const extra = join(work, `extra-${FILES}-${INCREMENT}`);
const compare = join(work, `compare-${COMPARE}`);

function ensure(dir: string, from: number, to: number): void {
  const count = existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json.gz')).length : 0;
  if (count === to - from) return;
  rmSync(dir, { recursive: true, force: true });
  const start = performance.now();
  writeCensusExports(dir, from, to, HOSTS, POOL);
  console.log(`generated ${(to - from).toLocaleString('en')} exports in ${((performance.now() - start) / 1000).toFixed(1)} s → ${dir}`);
}

/**
 * Runs a command under GNU time: wall seconds, CPU seconds (user + system: the fairer figure on a
 * shared machine, where wall time mostly measures the neighbours) and peak RSS in MB.
 */
function timed(args: string[]): { seconds: number; cpu: number; rssMb: number; stdout: string } {
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M %U %S', ...args], { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = result.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (result.status !== 0 || line === undefined) throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  const [, seconds, kb, user, system] = line.split(' ');
  return { seconds: Number(seconds), cpu: Number(user) + Number(system), rssMb: Number(kb) / 1024, stdout: result.stdout };
}

const pantau = (...args: string[]) => timed([process.execPath, join(ROOT, 'scripts/pantau.mjs'), ...args]);
const tsx = join(ROOT, 'node_modules/.bin/tsx');

const rows: Array<[string, string]> = [];
const add = (what: string, value: string) => {
  rows.push([what, value]);
  console.log(`${what.padEnd(64)} ${value}`);
};
const fmt = (n: number) => Math.round(n).toLocaleString('en');
const run = (r: { seconds: number; cpu: number; rssMb: number }) => `${r.seconds.toFixed(1)} s wall, ${r.cpu.toFixed(1)} s CPU, peak RSS ${fmt(r.rssMb)} MB`;

ensure(base, 0, FILES);
ensure(extra, FILES, FILES + INCREMENT);
ensure(compare, 0, COMPARE);

const startup = pantau('--version');
add('pantau --version (process start)', run(startup));

const db = join(work, 'census.duckdb');
rmSync(db, { force: true });
rmSync(`${db}.wal`, { force: true });
const full = pantau('rekap', base, '--out', db);
const hostRows = FILES * HOSTS;
add(`${fmt(FILES)} exports × ${HOSTS} hosts (${fmt(hostRows)} host rows) → new census.duckdb`, `${run(full)}; ${fmt(hostRows / full.seconds)} host rows/s wall, ${fmt(hostRows / full.cpu)} per CPU second`);
add('  census.duckdb size', `${(statSync(db).size / 1e6).toFixed(1)} MB`);

const more = pantau('rekap', base, extra, '--out', db);
add(`+${fmt(INCREMENT)} exports into the same file (${fmt(FILES)} skipped by checksum)`, run(more));
const onlyNew = pantau('rekap', join(extra), '--out', join(work, 'census-copy.duckdb'));
add(`  (the ${fmt(INCREMENT)} alone into a new file, for scale)`, run(onlyNew));

const memoryFiles = readdirSync(compare, { recursive: true }).map(String).filter((f) => f.endsWith('.json.gz')).map((f) => join(compare, f));
const inMemory = timed([process.execPath, tsx, join(ROOT, 'bench/support/in-memory-rekap.ts'), join(work, 'in-memory.json'), ...memoryFiles]);
const streamed = pantau('rekap', compare, '--out', join(work, 'streamed.json'));
add(`${fmt(COMPARE)} exports → JSON rekap, in memory (pre-streaming CLI)`, run(inMemory));
add(`${fmt(COMPARE)} exports → JSON rekap, streaming (pantau rekap)`, run(streamed));
add('  streaming / in memory', `wall ×${(streamed.seconds / inMemory.seconds).toFixed(2)}, CPU ×${(streamed.cpu / inMemory.cpu).toFixed(2)}, peak RSS ×${(streamed.rssMb / inMemory.rssMb).toFixed(2)}`);
const same = execFileSync(process.execPath, ['-e', `
  const a = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')); const b = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
  delete a.exportedAt; delete b.exportedAt; a.collector = b.collector; process.stdout.write(String(JSON.stringify(a.hosts) === JSON.stringify(b.hosts) && JSON.stringify(a.collectors) === JSON.stringify(b.collectors)));
`, join(work, 'in-memory.json'), join(work, 'streamed.json')], { encoding: 'utf8' });
add('  same hosts and collectors in both rekaps', same);
const streamedDb = pantau('rekap', compare, '--out', join(work, `compare-${COMPARE}.duckdb`));
add(`${fmt(COMPARE)} exports → new census.duckdb`, run(streamedDb));

console.log(`\n| figure | value |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}`);
console.log(`\nmachine: ${process.version}, ${(await import('node:os')).cpus().length} cores; work folder ${work}`);
if (process.env.BENCH_CENSUS_DIR === undefined) rmSync(work, { recursive: true, force: true });
