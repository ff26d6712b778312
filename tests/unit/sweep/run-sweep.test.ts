import { describe, expect, it, vi } from 'vitest';
import { acceptHosts, runSweep, type Probe, type SweepProgress } from '../../../utils/sweep/run-sweep';
import { NO_HTML, type SweepResult } from '../../../utils/sweep/sweep-result';

const WATCHED = ['makassarkota.go.id'];
const hostsN = (n: number) => Array.from({ length: n }, (_, i) => `contoh-${i}.makassarkota.go.id`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function result(host: string, over: Partial<SweepResult> = {}): SweepResult {
  return {
    ...NO_HTML,
    source: 'sweep',
    host,
    checkedAt: 0,
    status: 200,
    finalUrl: `https://${host}/`,
    redirects: [],
    https: true,
    hsts: false,
    server: null,
    poweredBy: null,
    lastModified: null,
    error: null,
    httpsError: null,
    redirectStop: null,
    ...over,
  };
}

/** A probe that answers after `delay(host)` ms, honours its signal, and tracks how many run at once. */
function trackingProbe(delay: (host: string) => number, answer: (host: string) => Partial<SweepResult> = () => ({})) {
  const stats = { inFlight: 0, maxInFlight: 0, calls: [] as string[] };
  const probe: Probe = (host, signal) => {
    stats.calls.push(host);
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    return new Promise<SweepResult>((resolve, reject) => {
      const timer = setTimeout(() => resolve(result(host, answer(host))), delay(host));
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    }).finally(() => {
      stats.inFlight -= 1;
    });
  };
  return { probe, stats };
}

describe('runSweep', () => {
  it.each([1, 6, 16])('never has more than %i probes in flight, and uses all of them', async (concurrency) => {
    const { probe, stats } = trackingProbe((host) => 2 + (Number(/\d+/.exec(host)?.[0]) % 7));
    const run = await runSweep({ hosts: hostsN(60), watchedDomains: WATCHED, probe, concurrency });
    expect(run.status).toBe('completed');
    expect(run.results).toHaveLength(60);
    expect(stats.maxInFlight).toBe(concurrency);
  });

  it('probes each host once, however often and however written it is passed', async () => {
    const { probe, stats } = trackingProbe(() => 1);
    const run = await runSweep({
      hosts: ['contoh.makassarkota.go.id', 'CONTOH.makassarkota.go.id', 'contoh.makassarkota.go.id.', 'lain.makassarkota.go.id', 'contoh.makassarkota.go.id'],
      watchedDomains: WATCHED,
      probe,
    });
    expect(stats.calls.sort()).toEqual(['contoh.makassarkota.go.id', 'lain.makassarkota.go.id']);
    expect(run.refused).toEqual([
      { host: 'contoh.makassarkota.go.id', reason: 'duplicate' },
      { host: 'contoh.makassarkota.go.id', reason: 'duplicate' },
      { host: 'contoh.makassarkota.go.id', reason: 'duplicate' },
    ]);
  });

  it('refuses hosts outside the watched domains itself, whatever the caller passes', async () => {
    const { probe, stats } = trackingProbe(() => 1);
    const hostile = ['evilmakassarkota.go.id', 'makassarkota.go.id.evil.test', 'contoh.example.com', '127.0.0.1', 'http://x.makassarkota.go.id/', ''];
    const run = await runSweep({ hosts: [...hostile, 'makassarkota.go.id'], watchedDomains: WATCHED, probe });
    expect(stats.calls).toEqual(['makassarkota.go.id']);
    expect(run.refused.map((r) => r.reason)).toEqual([
      'outside-watched-domains',
      'outside-watched-domains',
      'outside-watched-domains',
      'invalid-host',
      'invalid-host',
      'invalid-host',
    ]);
  });

  it('times a silent host out and moves on', async () => {
    const { probe } = trackingProbe((host) => (host.startsWith('contoh-0.') ? 60_000 : 1));
    const run = await runSweep({ hosts: hostsN(3), watchedDomains: WATCHED, probe, timeoutMs: 30 });
    expect(run.status).toBe('completed');
    const slow = run.results.find((r) => r.host === 'contoh-0.makassarkota.go.id');
    expect(slow).toMatchObject({ status: null, error: 'net::ERR_TIMED_OUT' });
    expect(run.progress).toMatchObject({ checked: 3, alive: 2, failed: 1 });
  });

  it('frees the slot of a probe that ignores its signal after the grace period', async () => {
    const probe: Probe = () => new Promise<SweepResult>(() => undefined);
    const started = Date.now();
    const run = await runSweep({ hosts: hostsN(2), watchedDomains: WATCHED, probe, timeoutMs: 20, graceMs: 20, concurrency: 1 });
    expect(run.results.map((r) => r.error)).toEqual(['net::ERR_TIMED_OUT', 'net::ERR_TIMED_OUT']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('records a probe that throws as a failure, not a crash', async () => {
    const run = await runSweep({ hosts: hostsN(1), watchedDomains: WATCHED, probe: () => Promise.reject(new Error('bug')) });
    expect(run.results[0]).toMatchObject({ status: null, error: 'net::ERR_FAILED' });
  });

  it('cancels at any moment: results so far are kept, in-flight ones dropped, nothing new starts', async () => {
    const controller = new AbortController();
    const { probe, stats } = trackingProbe(() => 5);
    const stored: string[] = [];
    const run = await runSweep({
      hosts: hostsN(50),
      watchedDomains: WATCHED,
      probe,
      concurrency: 4,
      signal: controller.signal,
      onResult: (r) => {
        stored.push(r.host);
        if (stored.length === 10) controller.abort();
      },
    });
    await sleep(20);
    expect(run.status).toBe('cancelled');
    expect(run.results.map((r) => r.host)).toEqual(stored);
    expect(stored).toHaveLength(10);
    expect(run.notChecked).toHaveLength(40);
    expect(stats.calls.length).toBeLessThanOrEqual(10 + 4);
    expect(stats.inFlight).toBe(0);
  });

  it('does nothing when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    const probe = vi.fn<Probe>();
    const run = await runSweep({ hosts: hostsN(3), watchedDomains: WATCHED, probe, signal: controller.signal });
    expect(probe).not.toHaveBeenCalled();
    expect(run).toMatchObject({ status: 'cancelled', results: [], notChecked: hostsN(3) });
  });

  it('stops when storing a result fails, and says why', async () => {
    const { probe } = trackingProbe(() => 1);
    const run = await runSweep({
      hosts: hostsN(20),
      watchedDomains: WATCHED,
      probe,
      concurrency: 2,
      onResult: (r) => {
        if (r.host === 'contoh-3.makassarkota.go.id') throw new Error('QuotaExceededError');
      },
    });
    expect(run.status).toBe('failed');
    expect(run.error).toBe('QuotaExceededError');
    expect(run.results.some((r) => r.host === 'contoh-3.makassarkota.go.id')).toBe(false);
    expect(run.notChecked.length).toBeGreaterThan(0);
  });

  it('counts checked, alive, problem and failed, and estimates the time left', async () => {
    let clock = 0;
    const answers: Record<string, Partial<SweepResult>> = {
      'contoh-0.makassarkota.go.id': {},
      'contoh-1.makassarkota.go.id': { status: 404 },
      'contoh-2.makassarkota.go.id': { status: null, error: 'net::ERR_CONNECTION_REFUSED' },
      'contoh-3.makassarkota.go.id': { placeholder: 'coming-soon' },
    };
    const probe: Probe = async (host) => {
      clock += 1000;
      return result(host, answers[host]);
    };
    const seen: SweepProgress[] = [];
    const outcomes: string[] = [];
    await runSweep({ hosts: hostsN(4), watchedDomains: WATCHED, probe, concurrency: 1, now: () => clock, onProgress: (p) => seen.push(p), onResult: (_r, o) => void outcomes.push(o) });
    expect(outcomes).toEqual(['alive', 'problem', 'failed', 'problem']);
    expect(seen[0]).toEqual({ total: 4, checked: 0, alive: 0, problem: 0, failed: 0, inFlight: 0, elapsedMs: 0, etaMs: null });
    expect(seen[1]).toMatchObject({ checked: 1, alive: 1, elapsedMs: 1000, etaMs: 3000 });
    expect(seen.at(-1)).toMatchObject({ checked: 4, alive: 1, problem: 2, failed: 1, etaMs: 0 });
  });
});

describe('acceptHosts', () => {
  it('keeps first occurrences of normalised watched hosts in order', () => {
    expect(acceptHosts(['B.makassarkota.go.id', 'a.makassarkota.go.id', 'b.makassarkota.go.id'], WATCHED).accepted).toEqual(['b.makassarkota.go.id', 'a.makassarkota.go.id']);
  });
});
