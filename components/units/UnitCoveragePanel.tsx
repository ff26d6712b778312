import { useMemo, useState } from 'preact/hooks';
import { coverageLines, unitStateText } from '../../utils/units/coverage-text';
import { COVERAGE_GROUPS, filterCoverage, type Coverage, type CoverageGroup, type UnitCoverage, type UnitState } from '../../utils/units/rollout';
import type { MessageKey } from '../../utils/text/i18n';
import { formatDateTime } from '../../utils/text/time-ago';
import { useI18n } from '../common/I18n';
import { CoverageChart } from './CoverageChart';

const GROUP_LABEL: Record<CoverageGroup | 'all', MessageKey> = {
  all: 'coverageGroupAll',
  opd: 'coverageGroupOpd',
  kecamatan: 'coverageGroupKecamatan',
  kelurahan: 'coverageGroupKelurahan',
};
const STATES: readonly UnitState[] = ['alive', 'failing', 'never-seen', 'no-site'];

/**
 * "Cakupan unit": the totals in the article's terms, the chart, and one row per unit of the plan
 * (filter by group, by kecamatan, which shows the kecamatan and its kelurahan, and by state).
 * Presentational: the rollout is computed by utils/units/rollout.ts and handed in.
 */
export function UnitCoveragePanel({ coverage }: { coverage: Coverage }) {
  const { t, lang } = useI18n();
  const [group, setGroup] = useState<CoverageGroup | 'all'>('all');
  const [kecamatan, setKecamatan] = useState('');
  const [state, setState] = useState<UnitState | ''>('');
  const shown = useMemo(
    () => filterCoverage(coverage.units, { group, kecamatan }).filter((u) => state === '' || u.state === state),
    [coverage, group, kecamatan, state],
  );
  const kecamatanOptions = coverage.units.filter((u) => u.unit.kind === 'kecamatan');
  return (
    <section class="coverage" aria-label={t('tabUnits')} data-testid="coverage-panel">
      <h2 class="section-heading">{t('tabUnits')}</h2>
      <p class="muted">{t('coverageIntro')}</p>
      <ul class="coverage-totals" data-testid="coverage-totals">
        {coverageLines(coverage.totals, t, lang).map((line, i) => (
          <li key={COVERAGE_GROUPS[i]} data-testid={`coverage-total-${COVERAGE_GROUPS[i]}`}>{line}</li>
        ))}
      </ul>
      <CoverageChart coverage={coverage} />
      <div class="filters">
        <div class="filter">
          <label for="coverage-group">{t('coverageGroup')}</label>
          <select id="coverage-group" data-testid="coverage-group" value={group} onChange={(e) => setGroup(e.currentTarget.value as CoverageGroup | 'all')}>
            {(['all', ...COVERAGE_GROUPS] as const).map((g) => (
              <option key={g} value={g}>{t(GROUP_LABEL[g])}</option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="coverage-kecamatan">{t('coverageKecamatan')}</label>
          <select id="coverage-kecamatan" data-testid="coverage-kecamatan" value={kecamatan} onChange={(e) => setKecamatan(e.currentTarget.value)}>
            <option value="">{t('coverageAllKecamatan')}</option>
            {kecamatanOptions.map((u) => (
              <option key={u.unit.id} value={u.unit.code}>{u.unit.name.replace(/^Kecamatan /, '')}</option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="coverage-state">{t('coverageState')}</label>
          <select id="coverage-state" data-testid="coverage-state" value={state} onChange={(e) => setState(e.currentTarget.value as UnitState | '')}>
            <option value="">{t('coverageAllStates')}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>{unitStateText(s, t)}</option>
            ))}
          </select>
        </div>
      </div>
      <p class="muted" data-testid="coverage-shown">{t('coverageShown', [String(shown.length), String(coverage.units.length)])}</p>
      {shown.length === 0 ? (
        <p class="muted">{t('coverageNone')}</p>
      ) : (
        <table class="census coverage-table" data-testid="coverage-table">
          <thead>
            <tr>
              <th scope="col">{t('coverageColUnit')}</th>
              <th scope="col">{t('coverageColSite')}</th>
              <th scope="col">{t('coverageColRegistered')}</th>
              <th scope="col">{t('coverageColState')}</th>
              <th scope="col">{t('coverageColAlive')}</th>
              <th scope="col">{t('coverageColProblems')}</th>
              <th scope="col">{t('coverageColApps')}</th>
            </tr>
          </thead>
          <tbody>{shown.map((u) => UnitRow(u))}</tbody>
        </table>
      )}
    </section>
  );

  function UnitRow(u: UnitCoverage) {
    return (
      <tr key={u.unit.id} data-testid="coverage-row" data-unit={u.unit.id} data-kind={u.unit.kind} data-state={u.state}>
        <th scope="row">
          {u.unit.name}
          {u.unit.code !== undefined && <span class="muted"> {u.unit.code}</span>}
        </th>
        <td>
          {u.hosts.length === 0 ? (
            <span class="muted">{t('coverageNoHost')}</span>
          ) : (
            <ul class="plain">
              {u.hosts.map((h) => (
                <li key={h.host} data-testid="coverage-host" data-host={h.host} data-state={h.state}>
                  <code>{h.host}</code>
                  {h.via === 'registry' && <span class="muted"> ({t('coverageViaRegistry')})</span>}
                </li>
              ))}
            </ul>
          )}
        </td>
        <td>{t(u.registered ? 'coverageYes' : 'coverageNo')}</td>
        <td class={`state-${u.state}`}>{unitStateText(u.state, t)}</td>
        <td data-testid="coverage-alive-at">
          {u.lastAliveAt === null ? '—' : formatDateTime(u.lastAliveAt, lang)}
          {u.lastAliveAt !== null && <span class="muted"> ({t(u.hosts.some((h) => h.aliveAt === u.lastAliveAt && h.aliveBy === 'sweep') ? 'coverageBySweep' : 'coverageByVisit')})</span>}
        </td>
        <td data-testid="coverage-problems" data-count={u.problems.length}>
          {u.problems.length === 0 ? '—' : [...new Set(u.problems.map((p) => p.message))].join('; ')}
        </td>
        <td>{u.apps.length === 0 ? '—' : u.apps.map((a) => a.abbreviation ?? a.name).join(', ')}</td>
      </tr>
    );
  }
}
