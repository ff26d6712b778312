import { isUnderDomain, normaliseHost } from '../domains/host-match';
import { FAILED, TIMED_OUT } from '../http/fetch-error-name';
import { classifyResult, emptyAttempt, type SweepOutcome, type SweepResult } from './sweep-result';

/**
 * The census sweep scheduler ("Periksa semua"): probes hosts with at most `concurrency` in flight,
 * gives each `timeoutMs`, and reports every result through `onResult` as soon as it is done, so the
 * caller stores it in its own transaction and a sweep cut short (cancel, closed dashboard, a service
 * worker that dies) keeps everything already stored. It never probes a host twice in a run, and
 * refuses any host outside the watched domains itself, whatever the caller passes. Pure apart from
 * timers: the probe, the clock and the cancel signal are injected.
 */

export interface SweepProgress {
  total: number;
  checked: number;
  alive: number;
  problem: number;
  failed: number;
  inFlight: number;
  elapsedMs: number;
  /** Estimated time left from the pace so far; null before the first result. */
  etaMs: number | null;
}

export type Probe = (host: string, signal: AbortSignal) => Promise<SweepResult>;

export interface RunSweepOptions {
  hosts: readonly string[];
  watchedDomains: readonly string[];
  probe: Probe;
  concurrency?: number;
  timeoutMs?: number;
  /** How long a probe that ignores its aborted signal may keep its slot before a timeout result replaces it. */
  graceMs?: number;
  /** Called once per finished host, in completion order; awaited before that slot takes the next host. */
  onResult?: (result: SweepResult, outcome: SweepOutcome) => void | Promise<void>;
  onProgress?: (progress: SweepProgress) => void;
  /** Cancels the sweep: in-flight probes are aborted and their results dropped; nothing new starts. */
  signal?: AbortSignal;
  now?: () => number;
}

export type RefusedReason = 'invalid-host' | 'outside-watched-domains' | 'duplicate';

export interface SweepRun {
  status: 'completed' | 'cancelled' | 'failed';
  results: SweepResult[];
  refused: Array<{ host: string; reason: RefusedReason }>;
  /** Hosts accepted but not checked (cancelled or stopped by a failing onResult). */
  notChecked: string[];
  progress: SweepProgress;
  /** Why the sweep stopped when `status` is `failed` (onResult threw). */
  error?: string;
}

export const DEFAULT_CONCURRENCY = 6;
export const MAX_CONCURRENCY = 32;
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Splits the requested hosts into those to probe (normalised, watched, first occurrence) and those refused. */
export function acceptHosts(hosts: readonly string[], watchedDomains: readonly string[]): { accepted: string[]; refused: SweepRun['refused'] } {
  const accepted: string[] = [];
  const refused: SweepRun['refused'] = [];
  const seen = new Set<string>();
  for (const raw of hosts) {
    const host = normaliseHost(raw);
    if (host === null) refused.push({ host: raw.slice(0, 253), reason: 'invalid-host' });
    else if (!watchedDomains.some((domain) => isUnderDomain(host, domain))) refused.push({ host, reason: 'outside-watched-domains' });
    else if (seen.has(host)) refused.push({ host, reason: 'duplicate' });
    else {
      seen.add(host);
      accepted.push(host);
    }
  }
  return { accepted, refused };
}

/** A result for a probe that timed out without answering or threw. */
function syntheticResult(host: string, error: string, checkedAt: number): SweepResult {
  return { source: 'sweep', host, checkedAt, ...emptyAttempt(), error, httpsError: null };
}

/** Runs a sweep to the end, a cancel, or a failing onResult. Never rejects. */
export async function runSweep(options: RunSweepOptions): Promise<SweepRun> {
  const concurrency = Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY) || 1));
  const timeoutMs = Math.max(1, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const graceMs = Math.max(0, options.graceMs ?? 1000);
  const now = options.now ?? Date.now;
  const { accepted, refused } = acceptHosts(options.hosts, options.watchedDomains);
  const started = now();
  const results: SweepResult[] = [];
  const done = new Set<string>();
  const counts = { alive: 0, problem: 0, failed: 0 };
  const inFlight = new Set<AbortController>();
  let stopped: 'cancelled' | 'failed' | null = options.signal?.aborted === true ? 'cancelled' : null;
  let error: string | undefined;

  const progress = (): SweepProgress => {
    const elapsedMs = Math.max(0, now() - started);
    const checked = results.length;
    const remaining = accepted.length - checked;
    return { total: accepted.length, checked, ...counts, inFlight: inFlight.size, elapsedMs, etaMs: checked === 0 ? null : remaining === 0 ? 0 : Math.round((elapsedMs / checked) * remaining) };
  };
  const onCancel = () => {
    stopped ??= 'cancelled';
    for (const controller of inFlight) controller.abort(new DOMException('The sweep was cancelled.', 'AbortError'));
  };
  options.signal?.addEventListener('abort', onCancel, { once: true });

  const probeOne = async (host: string): Promise<SweepResult | null> => {
    const controller = new AbortController();
    inFlight.add(controller);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    // Settles when the probe has had its grace after an abort, in case it ignores its signal.
    const abandoned = new Promise<'abandoned'>((resolve) => {
      controller.signal.addEventListener('abort', () => {
        graceTimer = setTimeout(() => resolve('abandoned'), graceMs);
      }, { once: true });
    });
    timer = setTimeout(() => controller.abort(new DOMException(`No answer within ${timeoutMs} ms.`, 'TimeoutError')), timeoutMs);
    try {
      const outcome = await Promise.race([options.probe(host, controller.signal), abandoned]);
      if (stopped === 'cancelled') return null;
      if (outcome === 'abandoned') return syntheticResult(host, TIMED_OUT, now());
      return outcome;
    } catch {
      if (stopped === 'cancelled') return null;
      return syntheticResult(host, controller.signal.aborted ? TIMED_OUT : FAILED, now());
    } finally {
      clearTimeout(timer);
      clearTimeout(graceTimer);
      inFlight.delete(controller);
    }
  };

  let next = 0;
  const worker = async () => {
    while (stopped === null && next < accepted.length) {
      const host = accepted[next++];
      if (host === undefined) break;
      const result = await probeOne(host);
      if (result === null || stopped !== null) continue;
      // A probe may return another host's name by mistake; the scheduler's host is the truth.
      const stored = result.host === host ? result : { ...result, host };
      const outcome = classifyResult(stored);
      try {
        await options.onResult?.(stored, outcome);
      } catch (thrown) {
        stopped = 'failed';
        error = thrown instanceof Error ? thrown.message : String(thrown);
        onCancel();
        continue;
      }
      results.push(stored);
      done.add(host);
      counts[outcome] += 1;
      options.onProgress?.(progress());
    }
  };

  options.onProgress?.(progress());
  await Promise.all(Array.from({ length: Math.min(concurrency, accepted.length) }, worker));
  options.signal?.removeEventListener('abort', onCancel);
  return {
    status: stopped ?? 'completed',
    results,
    refused,
    notChecked: accepted.filter((host) => !done.has(host)),
    progress: progress(),
    ...(error === undefined ? {} : { error }),
  };
}
