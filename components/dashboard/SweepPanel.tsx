import { useEffect, useRef, useState } from 'preact/hooks';
import { explainNetError } from '../../utils/visits/net-errors';
import type { SweepOutcome, SweepRunner } from '../../utils/sweep/dashboard-sweep';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS, MAX_CONCURRENCY, type SweepProgress } from '../../utils/sweep/run-sweep';
import { useI18n } from '../common/I18n';

export interface SweepPanelProps {
  /** Runs the sweep (utils/sweep/dashboard-sweep.ts; a fake in tests). */
  run: SweepRunner;
  /** How many known unit sites the unit plan has; the option to sweep them shows when there are any. */
  unitSites?: number;
}

type State =
  | { phase: 'idle' }
  | { phase: 'running'; progress: SweepProgress | null }
  | { phase: 'done'; outcome: SweepOutcome; progress: SweepProgress | null }
  | { phase: 'error'; message: string };

const clampInt = (value: number, min: number, max: number, fallback: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;

/**
 * "Periksa semua" (issue 5 §3): options, start, a progress bar with counts and time left, cancel at
 * any moment (what was checked is already stored), and the end summary in the article's terms
 * with the list of problems. Presentational: the sweep itself is the injected `run`.
 */
export function SweepPanel({ run, unitSites = 0 }: SweepPanelProps) {
  const { t, lang } = useI18n();
  const [concurrency, setConcurrency] = useState(DEFAULT_CONCURRENCY);
  const [timeoutSeconds, setTimeoutSeconds] = useState(DEFAULT_TIMEOUT_MS / 1000);
  const [includeUnregistered, setIncludeUnregistered] = useState(false);
  const [includeUnits, setIncludeUnits] = useState(false);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const last = useRef<SweepProgress | null>(null);

  // Leaving the tab (or closing the page) stops the sweep; stored results stay.
  useEffect(() => () => controller.current?.abort(), []);

  async function start(): Promise<void> {
    const abort = new AbortController();
    controller.current = abort;
    last.current = null;
    setState({ phase: 'running', progress: null });
    try {
      const outcome = await run({
        concurrency: clampInt(concurrency, 1, MAX_CONCURRENCY, DEFAULT_CONCURRENCY),
        timeoutMs: clampInt(timeoutSeconds, 1, 120, DEFAULT_TIMEOUT_MS / 1000) * 1000,
        includeUnregistered,
        includeUnits: includeUnits && unitSites > 0,
        signal: abort.signal,
        onProgress: (progress) => {
          last.current = progress;
          if (controller.current === abort) setState({ phase: 'running', progress });
        },
      });
      setState({ phase: 'done', outcome, progress: last.current });
    } catch (error) {
      setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  const running = state.phase === 'running';
  const progress = state.phase === 'running' || state.phase === 'done' ? state.progress : null;
  return (
    <section class="sweep" aria-label={t('tabSweep')} data-testid="sweep-panel">
      <h2 class="section-heading">{t('tabSweep')}</h2>
      <p class="muted">{t('sweepIntro')}</p>
      <div class="sweep-options">
        <label>
          {t('sweepConcurrency')}
          <input type="number" min={1} max={MAX_CONCURRENCY} value={concurrency} disabled={running} data-testid="sweep-concurrency"
            onInput={(event) => setConcurrency(Number(event.currentTarget.value))} />
        </label>
        <label>
          {t('sweepTimeout')}
          <input type="number" min={1} max={120} value={timeoutSeconds} disabled={running} data-testid="sweep-timeout"
            onInput={(event) => setTimeoutSeconds(Number(event.currentTarget.value))} />
        </label>
        <label class="checkbox">
          <input type="checkbox" checked={includeUnregistered} disabled={running} data-testid="sweep-include-unregistered"
            onChange={(event) => setIncludeUnregistered(event.currentTarget.checked)} />
          {t('sweepIncludeUnregistered')}
        </label>
        {unitSites > 0 && (
          <label class="checkbox">
            <input type="checkbox" checked={includeUnits} disabled={running} data-testid="sweep-include-units"
              onChange={(event) => setIncludeUnits(event.currentTarget.checked)} />
            {t('sweepIncludeUnits', String(unitSites))}
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
      {state.phase === 'done' && Summary({ outcome: state.outcome, lang })}
    </section>
  );

  // Plain render helpers (called, not mounted as components), so they share t and never remount.
  function Progress({ progress: p, showEta }: { progress: SweepProgress; showEta: boolean }) {
    return (
      <div class="sweep-progress" data-testid="sweep-progress" data-checked={p.checked} data-total={p.total} data-alive={p.alive} data-problem={p.problem} data-failed={p.failed}>
        <progress max={Math.max(1, p.total)} value={p.checked} />
        <p data-testid="sweep-counts">{t('sweepProgress', [String(p.checked), String(p.total), String(p.alive), String(p.problem), String(p.failed)])}</p>
        {showEta && p.etaMs !== null && <p data-testid="sweep-eta">{t('sweepEta', t('sweepSeconds', String(Math.ceil(p.etaMs / 1000))))}</p>}
      </div>
    );
  }

  function Summary({ outcome, lang: language }: { outcome: SweepOutcome; lang: 'id' | 'en' }) {
    const { summary } = outcome;
    return (
      <div class="sweep-summary" data-testid="sweep-summary" data-status={outcome.status}>
        {outcome.status === 'cancelled' && <p class="warning" data-testid="sweep-cancelled">{t('sweepCancelled')}</p>}
        {outcome.status === 'failed' && <p class="error-notice">{t('sweepFailed', outcome.error ?? '')}</p>}
        {outcome.planned === 0 ? (
          <p data-testid="sweep-nothing">{t('sweepNothing')}</p>
        ) : (
          <p class="sweep-headline" data-testid="sweep-headline" data-alive={summary.alive} data-total={summary.total}>
            {summary.headline[language]}
          </p>
        )}
        {outcome.units !== undefined && (
          <p data-testid="sweep-units" data-alive={outcome.units.alive} data-checked={outcome.units.checked}>
            {t('sweepUnitsResult', [String(outcome.units.alive), String(outcome.units.checked)])}
          </p>
        )}
        {summary.unregistered.checked > 0 && (
          <p data-testid="sweep-unregistered">{t('sweepUnregistered', [String(summary.unregistered.checked), String(summary.unregistered.alive)])}</p>
        )}
        <h3>{t('sweepProblemsHeading')}</h3>
        {summary.problems.length === 0 ? (
          <p class="muted">{t('sweepNoProblems')}</p>
        ) : (
          <ul class="sweep-problems" data-testid="sweep-problems">
            {summary.problems.map((problem) => (
              <li key={problem.entryId} data-testid="sweep-problem" data-host={problem.host} data-code={problem.code} data-outcome={problem.outcome}>
                <strong>{problem.name}</strong> <code>{problem.host}</code>: {problem.detail[language]}
                {problem.outcome === 'failed' && <span class="muted"> {explainNetError(problem.code, language)}</span>}
              </li>
            ))}
          </ul>
        )}
        <p class="muted">{t('sweepStored')}</p>
      </div>
    );
  }
}
