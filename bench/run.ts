/**
 * `npm run bench`: builds the Chrome extension when it is missing or older than the sources, runs
 * every bench/*.bench.ts (or those named on the command line: `npm run bench -- popup node`), and
 * prints one Markdown table with the machine it ran on. Figures, not pass/fail: a missed goal is
 * marked ✗ but does not fail the run (the exit code is non-zero only when a bench crashes).
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Bench, BenchRow } from './support/bench';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = ['entrypoints', 'utils', 'components', 'public', 'wxt.config.ts', 'package.json'];
const MANIFEST = join(ROOT, '.output/chrome-mv3/manifest.json');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function ensureBuilt(): void {
  const builtAt = existsSync(MANIFEST) ? statSync(MANIFEST).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (builtAt >= changedAt) return;
  console.error('bench: building the Chrome extension (npx wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

function machine(): string {
  const chromium = (() => {
    try {
      return execSync(`${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --version 2>/dev/null`, { encoding: 'utf8' }).trim();
    } catch {
      return 'Chromium not found';
    }
  })();
  return `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${chromium}`;
}

async function main() {
  const wanted = process.argv.slice(2);
  const files = readdirSync(import.meta.dirname)
    .filter((name) => name.endsWith('.bench.ts'))
    .sort();
  const benches: Bench[] = [];
  for (const file of files) benches.push(((await import(join(import.meta.dirname, file))) as { default: Bench }).default);
  const selected = benches.filter((b) => wanted.length === 0 || wanted.some((w) => b.name.includes(w)));
  if (selected.length === 0) throw new Error(`no bench matches ${wanted.join(' ')}; have ${benches.map((b) => b.name).join(', ')}`);
  if (selected.some((b) => b.browser)) ensureBuilt();

  const rows: Array<BenchRow & { bench: string }> = [];
  let crashed = false;
  for (const bench of selected) {
    console.error(`bench: ${bench.name}…`);
    const started = performance.now();
    try {
      for (const row of await bench.run()) rows.push({ ...row, bench: bench.name });
    } catch (error) {
      crashed = true;
      console.error(error);
      rows.push({ bench: bench.name, figure: 'CRASHED', value: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
    }
    console.error(`bench: ${bench.name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const cell = (text: string) => text.replace(/\|/g, '\\|');
  console.log(`Machine: ${machine()}`);
  console.log(`Date: ${new Date().toISOString()}\n`);
  console.log('| bench | figure | value | goal |');
  console.log('|---|---|---|---|');
  for (const row of rows) {
    const goal = row.goal === undefined ? '' : `${row.goal} ${row.met === true ? '✓' : row.met === false ? '✗' : ''}`.trim();
    console.log(`| ${row.bench} | ${cell(row.figure)} | ${cell(row.value)} | ${cell(goal)} |`);
  }
  if (crashed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
