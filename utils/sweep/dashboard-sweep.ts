import type { PantauConnector } from '../messaging/connector';
import { isUnderDomain } from '../domains/host-match';
import type { RegistryEntry } from '../registry/schema';
import type { FetchLike } from '../http/read-body';
import { planSweep } from './plan-sweep';
import { probeHost } from './probe-host';
import { runSweep, type SweepProgress, type SweepRun } from './run-sweep';
import type { InspectHtml } from './sweep-result';
import { sweepMessageParts } from './sweep-message';
import { summariseSweep, type SweepSummary } from './sweep-summary';
import { classifyResult, type SweepResult } from './sweep-result';

/**
 * The census sweep as the dashboard runs it: plan the hosts (registry, plus the unregistered ones
 * already seen when asked), probe them with the page's own `fetch` (the extension's host
 * permission makes the watched hosts reachable without CORS), and send each result to the
 * background as soon as it is done, so closing the dashboard midway keeps every stored result.
 */

export interface SweepRequest {
  concurrency: number;
  timeoutMs: number;
  includeUnregistered: boolean;
  /** Also every known unit site of the unit plan (DashboardSweepDeps.unitHosts). */
  includeUnits?: boolean;
  signal: AbortSignal;
  onProgress: (progress: SweepProgress) => void;
}

export interface SweepOutcome {
  status: SweepRun['status'];
  /** Hosts planned (after the scheduler's own refusals). */
  planned: number;
  summary: SweepSummary;
  /** With includeUnits: how many known unit sites were checked and answered alive. */
  units?: { checked: number; alive: number };
  error?: string;
}

/** What the "Periksa semua" panel calls; a fake in component tests. */
export type SweepRunner = (request: SweepRequest) => Promise<SweepOutcome>;

export interface DashboardSweepDeps {
  connector: Pick<PantauConnector, 'getOverview' | 'storeSweepResult'>;
  entries: readonly RegistryEntry[];
  watchedDomains: readonly string[];
  /** The known unit sites of the unit plan in force (utils/units), swept with `includeUnits`. */
  unitHosts?: readonly string[];
  fetchFn: FetchLike;
  inspectHtml: InspectHtml;
  now?: () => number;
}

/** Builds the dashboard's sweep runner. */
export function createDashboardSweep(deps: DashboardSweepDeps): SweepRunner {
  return async (request) => {
    const seenHosts = request.includeUnregistered ? (await deps.connector.getOverview()).records.map((record) => record.host) : [];
    const entries = deps.entries.filter((entry) => entry.hosts.some((host) => deps.watchedDomains.some((domain) => isUnderDomain(host, domain))));
    const unitHosts = request.includeUnits === true ? (deps.unitHosts ?? []) : [];
    const hosts = planSweep({ entries, watchedDomains: deps.watchedDomains, seenHosts, includeUnregistered: request.includeUnregistered, extraHosts: unitHosts });
    const run = await runSweep({
      hosts,
      watchedDomains: deps.watchedDomains,
      concurrency: request.concurrency,
      timeoutMs: request.timeoutMs,
      signal: request.signal,
      onProgress: request.onProgress,
      ...(deps.now === undefined ? {} : { now: deps.now }),
      probe: (host, signal) =>
        probeHost(host, {
          fetchFn: deps.fetchFn,
          watchedDomains: deps.watchedDomains,
          signal,
          inspectHtml: deps.inspectHtml,
          ...(deps.now === undefined ? {} : { now: deps.now }),
        }),
      onResult: async (result) => {
        await deps.connector.storeSweepResult(sweepMessageParts(result));
      },
    });
    return {
      status: run.status,
      planned: run.progress.total,
      summary: summariseSweep(entries, run.results),
      ...(request.includeUnits === true ? { units: unitSummary(unitHosts, run.results) } : {}),
      ...(run.error === undefined ? {} : { error: run.error }),
    };
  };
}

/** Of the unit sites asked for, how many were checked and answered alive. */
function unitSummary(unitHosts: readonly string[], results: readonly SweepResult[]): { checked: number; alive: number } {
  const wanted = new Set(unitHosts);
  const mine = results.filter((result) => wanted.has(result.host));
  return { checked: mine.length, alive: mine.filter((result) => classifyResult(result) === 'alive').length };
}
