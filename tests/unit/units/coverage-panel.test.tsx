// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnitCoveragePanel } from '../../../components/units/UnitCoveragePanel';
import { UnitPlanImport } from '../../../components/units/UnitPlanImport';
import { buildCensus } from '../../../utils/rekap/census';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { computeCoverage } from '../../../utils/units/rollout';
import type { UnitPlanView } from '../../../utils/units/unit-plan-view';
import { fakeConnector, renderIn } from '../components/helpers';
import { exportOf, host } from '../rekap/fixtures';
import { TEST_PLAN, UNIT_INDEX } from './fixtures';

const census = buildCensus(
  mergeExports([exportOf('Andi', '2026-02-01T00:00:00.000Z', [host('contoh-marisokec.makassarkota.go.id', { lastOutcome: 'error', lastError: 'net::ERR_TIMED_OUT' })])], ['makassarkota.go.id']),
  UNIT_INDEX,
  { recentDays: 90, now: 0 },
);
const coverage = computeCoverage({ plan: TEST_PLAN, registry: UNIT_INDEX, rows: census.rows });
afterEach(cleanup);
const rows = () => screen.getAllByTestId('coverage-row').map((tr) => `${tr.dataset['unit']}:${tr.dataset['state']}`);

describe('UnitCoveragePanel', () => {
  it('shows the totals, a row per unit, and filters a kecamatan to itself and its kelurahan', () => {
    renderIn(<UnitCoveragePanel coverage={coverage} />);
    expect(screen.getByTestId('coverage-total-kelurahan').textContent).toBe('1 dari 3 kelurahan sudah punya situs (0 terdaftar, 0 terlihat hidup).');
    expect(rows()).toHaveLength(TEST_PLAN.units.length);
    fireEvent.change(screen.getByTestId('coverage-kecamatan'), { target: { value: '73.71.01' } });
    expect(rows()).toEqual(['73.71.01:failing', '73.71.01.1001:never-seen', '73.71.01.1002:no-site']);
    fireEvent.change(screen.getByTestId('coverage-state'), { target: { value: 'no-site' } });
    expect(rows()).toEqual(['73.71.01.1002:no-site']);
    expect(screen.getByText('— belum diketahui')).toBeTruthy();
  });

  it('draws a labelled bar per group and per kecamatan', () => {
    renderIn(<UnitCoveragePanel coverage={coverage} />, 'en');
    const groups = screen.getAllByTestId('coverage-chart-groups-bar').map((g) => [g.dataset['key'], g.dataset['site'], g.dataset['total']]);
    expect(groups).toEqual([['opd', '4', '5'], ['kecamatan', '2', '2'], ['kelurahan', '1', '3']]);
    const mariso = screen.getAllByTestId('coverage-chart-kecamatan-bar')[0]!;
    expect(mariso.textContent).toContain('Mariso');
    expect(mariso.textContent).toContain('1/2');
  });
});

describe('UnitPlanImport', () => {
  const view: UnitPlanView = { plan: TEST_PLAN, info: { source: 'bundled', version: TEST_PLAN.version }, revision: 3, sweeps: [] };
  const file = (name: string, json: unknown) => new File([JSON.stringify(json)], name, { type: 'application/json' });

  it('previews a valid file and applies it against the revision it was previewed on', async () => {
    const next = { ...TEST_PLAN, units: [...TEST_PLAN.units.slice(1), { id: 'dinas-baru', kind: 'dinas', name: 'Dinas Baru', hosts: [], source: ['https://makassarkota.go.id/'] }] };
    const applyUnitPlan = vi.fn(async () => ({ ok: true as const, view: { ...view, info: { source: 'file' as const, version: '1', fileName: 'baru.json', appliedAt: 0 }, revision: 4 } }));
    const onChanged = vi.fn();
    renderIn(<UnitPlanImport connector={fakeConnector({ applyUnitPlan })} view={view} onChanged={onChanged} />);
    fireEvent.change(screen.getByTestId('unit-plan-file'), { target: { files: [file('baru.json', next)] } });
    await waitFor(() => expect(screen.getByTestId('unit-plan-preview').textContent).toContain('1 unit baru, 1 unit hilang, 0 unit dengan host berubah'));
    fireEvent.click(screen.getByTestId('unit-plan-apply'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(applyUnitPlan).toHaveBeenCalledWith({ plan: expect.objectContaining({ units: expect.any(Array) }), fileName: 'baru.json', basedOn: 3 });
  });

  it('refuses a file that is not a unit list, with the reasons, and applies nothing', async () => {
    const applyUnitPlan = vi.fn();
    renderIn(<UnitPlanImport connector={fakeConnector({ applyUnitPlan })} view={view} onChanged={() => undefined} />);
    fireEvent.change(screen.getByTestId('unit-plan-file'), { target: { files: [file('registri.json', { format: 'pantau.registry', entries: [] })] } });
    await waitFor(() => expect(screen.getByTestId('unit-plan-rejected').textContent).toContain('bukan daftar unit Pantau'));
    expect(screen.queryByTestId('unit-plan-apply')).toBeNull();
    expect(applyUnitPlan).not.toHaveBeenCalled();
  });
});
