import { useEffect, useRef, useState } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import { formatNumber } from '../../utils/text/format-number';
import type { SweepRunner } from '../../utils/sweep/dashboard-sweep';
import { DEFAULT_SWEEP_MEMORY, type SweepOptions, type SweepReport } from '../../utils/sweep/sweep-memory-schema';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS, MAX_CONCURRENCY, type SweepProgress } from '../../utils/sweep/run-sweep';
import { formatDateTime } from '../../utils/text/time-ago';
import { useI18n } from '../common/I18n';

export interface SweepPanelProps {
  /** Runs the sweep (utils/sweep/dashboard-sweep.ts; a fake in tests). */
  run: SweepRunner;
  /** Where the options and the last report are kept (the background's `sweep` settings row). */
  memory: Pick<PantauConnector, 'getSweepMemory' | 'saveSweepMemory'>;
  now?: () => number;
  /** How many known unit sites the unit plan has; the option to sweep them shows when there are any. */
  unitSites?: number;
}

type State =
  | { phase: 'idle' }
  | { phase: 'running'; progress: SweepProgress | null }
  | { phase: 'done'; report: SweepReport; progress: SweepProgress | null }
  | { phase: 'error'; message: string };

const clampInt = (value: number, min: number, max: number, fallback: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;

/** The options as typed, made valid (out-of-range numbers are clamped, not refused). */
function validOptions(concurrency: number, timeoutSeconds: number, includeUnregistered: boolean, includeUnits: boolean): SweepOptions {
  return {
    concurrency: clampInt(concurrency, 1, MAX_CONCURRENCY, DEFAULT_CONCURRENCY),
    timeoutMs: clampInt(timeoutSeconds, 1, 120, DEFAULT_TIMEOUT_MS / 1000) * 1000,
    includeUnregistered,
    includeUnits,
  };
}

/**
 * "Periksa semua": options, start, a progress bar with counts and time left, cancel at any moment
 * (what was checked is already stored), and the end summary with the list of problems. The
 * options and the last summary are stored through the background, so a tab switch or a reload
 * shows them again. Presentational: the sweep itself is the injected `run`.
 */
export function SweepPanel({ run, memory, now = Date.now, unitSites = 0 }: SweepPanelProps) {
  const { t, lang } = useI18n();
  const [concurrency, setConcurrency] = useState(DEFAULT_SWEEP_MEMORY.options.concurrency);
  const [timeoutSeconds, setTimeoutSeconds] = useState(DEFAULT_SWEEP_MEMORY.options.timeoutMs / 1000);
  const [includeUnregistered, setIncludeUnregistered] = useState(false);
  const [includeUnits, setIncludeUnits] = useState(false);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [lastReport, setLastReport] = useState<SweepReport | null>(null);
  const controller = useRef<AbortController | null>(null);
  const last = useRef<SweepProgress | null>(null);
  const touched = useRef(false);

  useEffect(() => {
    memory.getSweepMemory().then(
      (stored) => {
        if (touched.current) return; // the user changed something before the answer came
        setConcurrency(stored.options.concurrency);
        setTimeoutSeconds(stored.options.timeoutMs / 1000);
        setIncludeUnregistered(stored.options.includeUnregistered);
        setIncludeUnits(stored.options.includeUnits ?? false);
        setLastReport(stored.last);
      },
      () => undefined, // the defaults are fine; a failed save says so later
    );
    // Leaving the tab (or closing the page) stops the sweep; stored results stay.
    return () => controller.current?.abort();
  }, [memory]);

  const remember = (options: SweepOptions, report: SweepReport | null) => {
    void memory.saveSweepMemory({ memory: { options, last: report } }).catch(() => undefined);
  };
  const change = (next: { concurrency?: number; timeoutSeconds?: number; includeUnregistered?: boolean; includeUnits?: boolean }) => {
    touched.current = true;
    const options = validOptions(next.concurrency ?? concurrency, next.timeoutSeconds ?? timeoutSeconds, next.includeUnregistered ?? includeUnregistered, next.includeUnits ?? includeUnits);
    if (next.concurrency !== undefined) setConcurrency(next.concurrency);
    if (next.timeoutSeconds !== undefined) setTimeoutSeconds(next.timeoutSeconds);
    if (next.includeUnregistered !== undefined) setIncludeUnregistered(next.includeUnregistered);
    if (next.includeUnits !== undefined) setIncludeUnits(next.includeUnits);
    remember(options, lastReport);
  };

  async function start(): Promise<void> {
    const abort = new AbortController();
    controller.current = abort;
    last.current = null;
    touched.current = true;
    const options = validOptions(concurrency, timeoutSeconds, includeUnregistered, includeUnits);
    setState({ phase: 'running', progress: null });
    try {
      const outcome = await run({
        ...options,
        includeUnits: includeUnits && unitSites > 0,
        signal: abort.signal,
        onProgress: (progress) => {
          last.current = progress;
          if (controller.current === abort) setState({ phase: 'running', progress });
        },
      });
      const report: SweepReport = { finishedAt: now(), ...outcome };
      setLastReport(report);
      remember(options, report);
      setState({ phase: 'done', report, progress: last.current });
    } catch (error) {
      setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  const running = state.phase === 'running';
  const progress = state.phase === 'running' || state.phase === 'done' ? state.progress : null;
  const report = state.phase === 'done' ? state.report : state.phase === 'idle' ? lastReport : null;
  return (
    <section class="sweep" aria-labelledby="sweep-heading" data-testid="sweep-panel">
      <h2 id="sweep-heading" class="section-heading">{t('tabSweep')}</h2>
      <p class="muted">{t('sweepIntro')}</p>
      <div class="sweep-options">
        <label>
          {t('sweepConcurrency')}
          <input type="number" min={1} max={MAX_CONCURRENCY} value={concurrency} disabled={running} data-testid="sweep-concurrency"
            onInput={(event) => change({ concurrency: Number(event.currentTarget.value) })} />
        </label>
        <label>
          {t('sweepTimeout')}
          <input type="number" min={1} max={120} value={timeoutSeconds} disabled={running} data-testid="sweep-timeout"
            onInput={(event) => change({ timeoutSeconds: Number(event.currentTarget.value) })} />
        </label>
        <label class="checkbox">
          <input type="checkbox" checked={includeUnregistered} disabled={running} data-testid="sweep-include-unregistered"
            onChange={(event) => change({ includeUnregistered: event.currentTarget.checked })} />
          {t('sweepIncludeUnregistered')}
        </label>
        {unitSites > 0 && (
          <label class="checkbox">
            <input type="checkbox" checked={includeUnits} disabled={running} data-testid="sweep-include-units"
              onChange={(event) => change({ includeUnits: event.currentTarget.checked })} />
            {t('sweepIncludeUnits', formatNumber(unitSites, lang))}
          </label>
        )}
      </div>
      {running ? (
        <button type="button" data-testid="sweep-cancel" onClick={() => controller.current?.abort()}>
          {t('sweepCancel')}
        </button>
      ) : (
        <button type="button" class="primary" data-testid="sweep-start" onClick={() => void start()}>
          {t('sweepStart')}
        </button>
      )}
      {progress !== null && Progress({ progress, showEta: running })}
      {state.phase === 'error' && <p class="error-notice" data-testid="sweep-error">{t('sweepFailed', state.message)}</p>}
      {report !== null && Summary({ report, remembered: state.phase === 'idle' })}
    </section>
  );

  // Plain render helpers (called, not mounted as components), so they share t and never remount.
  function Progress({ progress: p, showEta }: { progress: SweepProgress; showEta: boolean }) {
    const n = (value: number) => formatNumber(value, lang);
    // Near the end the pace says little: what is left is the hosts still in flight, each of which
    // may take up to the timeout. Say that, rather than "1 second" for a minute.
    const waitingOnLast = p.inFlight > 0 && p.total - p.checked <= p.inFlight;
    return (
      <div class="sweep-progress" data-testid="sweep-progress" data-checked={p.checked} data-total={p.total} data-alive={p.alive} data-problem={p.problem} data-failed={p.failed}>
        <progress max={Math.max(1, p.total)} value={p.checked} aria-label={t('tabSweep')} />
        <p data-testid="sweep-counts">{t('sweepProgress', [n(p.checked), n(p.total), n(p.alive), n(p.problem), n(p.failed)])}</p>
        {showEta && waitingOnLast && (
          <p data-testid="sweep-eta">{t('sweepEtaLast', [n(p.total - p.checked), n(clampInt(timeoutSeconds, 1, 120, DEFAULT_TIMEOUT_MS / 1000))])}</p>
        )}
        {showEta && !waitingOnLast && p.etaMs !== null && <p data-testid="sweep-eta">{t('sweepEta', t('sweepSeconds', n(Math.ceil(p.etaMs / 1000))))}</p>}
      </div>
    );
  }

  function Summary({ report: r, remembered }: { report: SweepReport; remembered: boolean }) {
    const { summary } = r;
    const n = (value: number) => formatNumber(value, lang);
    return (
      <div class="sweep-summary" data-testid="sweep-summary" data-status={r.status}>
        {remembered && <p class="muted" data-testid="sweep-last-time">{t('sweepLastRun', formatDateTime(r.finishedAt, lang))}</p>}
        {r.status === 'cancelled' && <p class="warning" data-testid="sweep-cancelled">{t('sweepCancelled')}</p>}
        {r.status === 'failed' && <p class="error-notice">{t('sweepFailed', r.error ?? '')}</p>}
        {r.planned === 0 ? (
          <p data-testid="sweep-nothing">{t('sweepNothing')}</p>
        ) : (
          <p class="sweep-headline" data-testid="sweep-headline" data-alive={summary.alive} data-total={summary.total}>
            {summary.headline[lang]}
          </p>
        )}
        {summary.total > 0 && (
          <div class="meter" role="img" aria-label={summary.headline[lang]}>
            <span class="meter-fill" style={{ width: `${(100 * summary.alive) / summary.total}%` }} />
          </div>
        )}
        {r.units !== undefined && (
          <p data-testid="sweep-units" data-alive={r.units.alive} data-checked={r.units.checked}>
            {t('sweepUnitsResult', [n(r.units.alive), n(r.units.checked)])}
          </p>
        )}
        {summary.unregistered.checked > 0 && (
          <p data-testid="sweep-unregistered">{t('sweepUnregistered', [n(summary.unregistered.checked), n(summary.unregistered.alive)])}</p>
        )}
        <h3>{t('sweepProblemsHeading')}</h3>
        {summary.problems.length === 0 ? (
          <p class="muted">{t('sweepNoProblems')}</p>
        ) : (
          // A long list folds (it can be every registered app), a short one stays open.
          <details class="sweep-problem-list" open={summary.problems.length <= 15}>
            <summary>{t('sweepProblemsCount', n(summary.problems.length))}</summary>
            <ul class="sweep-problems" data-testid="sweep-problems">
              {summary.problems.map((problem) => (
                <li key={problem.entryId} data-testid="sweep-problem" data-host={problem.host} data-code={problem.code} data-outcome={problem.outcome}>
                  <strong>{problem.name}</strong> <span class="host-name">{problem.host}</span>: {problem.detail[lang]}
                  {/* The detail already says "HTTP 404"; other codes (net::ERR_…, redirect stops) follow as a detail. */}
                  {!problem.code.startsWith('http-') && (
                    <>
                      {' '}
                      <code class="muted small">{problem.code}</code>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </details>
        )}
        <p class="muted">{t('sweepStored')}</p>
      </div>
    );
  }
}
