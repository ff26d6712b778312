/**
 * Sweep benchmark (`npm run bench:sweep`): 300 stand-in *.makassarkota.go.id hosts on loopback,
 * swept by Pantau's real scheduler and probeHost over Node's fetch at concurrency 6 and 16, against
 * plain parallel clients at the same concurrency: `curl --parallel --parallel-max N` (with
 * `--resolve` per host) when curl exists, and a minimal http.request loop. Each figure is the median
 * of 3 runs; the ratio is Pantau's time over the baseline's. Two server think times: 0 ms (pure
 * client overhead) and 20 ms (a server that takes time, where concurrency matters).
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeHost } from '../../utils/sweep/probe-host';
import { runSweep } from '../../utils/sweep/run-sweep';
import type { InspectHtml } from '../../utils/sweep/sweep-result';
import { loopbackFetch, plainHttpSweep, startLoopbackServer } from './loopback';

const HOSTS = Array.from({ length: 300 }, (_, i) => `contoh-${i}.makassarkota.go.id`);
const WATCHED = ['makassarkota.go.id'];
const RUNS = 3;
// Stand-in for issue 3's detectors: enough to make probeHost read and decode the page.
const inspectHtml: InspectHtml = (html) => ({ title: /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? null, software: [], placeholder: null, passwordField: false, newestDate: null, copyrightYear: null });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function hasCurl(): boolean {
  return spawnSync('curl', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Runs curl asynchronously: the loopback server lives in this process and must keep answering. */
async function curlSweep(port: number, concurrency: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-bench-'));
  const config = join(dir, 'curl.cfg');
  const lines = HOSTS.flatMap((host) => [`resolve = "${host}:${port}:127.0.0.1"`, `url = "http://${host}:${port}/"`, 'output = "/dev/null"']);
  writeFileSync(config, `${lines.join('\n')}\n`);
  // --noproxy: a proxy set in the environment must not carry loopback traffic.
  const { stdout: out } = await promisify(execFile)('curl', ['--silent', '--no-progress-meter', '--noproxy', '*', '--max-time', '10', '--parallel', '--parallel-max', String(concurrency), '--write-out', '%{http_code}\\n', '--config', config], { encoding: 'utf8' });
  return out.split('\n').filter((code) => code === '200').length;
}

async function pantauSweep(port: number, concurrency: number): Promise<number> {
  const { fetchFn, close } = loopbackFetch(port);
  const run = await runSweep({
    hosts: HOSTS,
    watchedDomains: WATCHED,
    concurrency,
    probe: (host, signal) => probeHost(host, { fetchFn, watchedDomains: WATCHED, signal, inspectHtml }),
  });
  await close();
  return run.progress.alive;
}

/** Bare fetch calls at the same concurrency: how much of Pantau's time is Node's fetch itself. */
async function fetchLoop(port: number, concurrency: number): Promise<number> {
  const { fetchFn, close } = loopbackFetch(port);
  let next = 0;
  let ok = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < HOSTS.length) {
        const response = await fetchFn(`https://${HOSTS[next++] ?? ''}/`, { redirect: 'manual' });
        await response.text();
        if (response.status === 200) ok += 1;
      }
    }),
  );
  await close();
  return ok;
}

async function main() {
  const curl = hasCurl();
  console.log(`Sweep of ${HOSTS.length} loopback hosts, median of ${RUNS} runs (Node ${process.version}${curl ? ', curl present' : ', no curl'})`);
  console.log('| server delay | concurrency | Pantau (runSweep + probeHost, fetch) | bare fetch loop | http.request baseline | ratio | curl --parallel | ratio |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const delayMs of [0, 20]) {
    const { server, port } = await startLoopbackServer(delayMs);
    for (const concurrency of [6, 16]) {
      const pantau: number[] = [];
      const plain: number[] = [];
      const bare: number[] = [];
      const curls: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        let alive = 0;
        pantau.push(await timed(async () => (alive = await pantauSweep(port, concurrency))));
        if (alive !== HOSTS.length) throw new Error(`Pantau saw ${alive} of ${HOSTS.length} hosts alive`);
        bare.push(await timed(() => fetchLoop(port, concurrency)));
        let ok = 0;
        plain.push(await timed(async () => (ok = await plainHttpSweep(HOSTS, port, concurrency))));
        if (ok !== HOSTS.length) throw new Error(`baseline got ${ok} answers`);
        if (curl) {
          let got = 0;
          curls.push(await timed(async () => (got = await curlSweep(port, concurrency))));
          if (got !== HOSTS.length) throw new Error(`curl got ${got} answers`);
        }
      }
      const p = median(pantau);
      const b = median(plain);
      const c = curl ? median(curls) : NaN;
      const curlCols = curl ? `${c.toFixed(0)} ms | ${(p / c).toFixed(2)}×` : 'n/a | n/a';
      console.log(`| ${delayMs} ms | ${concurrency} | ${p.toFixed(0)} ms (${((HOSTS.length / p) * 1000).toFixed(0)} hosts/s) | ${median(bare).toFixed(0)} ms | ${b.toFixed(0)} ms | ${(p / b).toFixed(2)}× | ${curlCols} |`);
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
