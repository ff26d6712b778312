// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '../../../components/dashboard/DashboardApp';
import { DEFAULT_PREFERENCES } from '../../../utils/settings/settings';
import { bundledSourceInfo } from '../../../utils/registry/registry-source';
import type { RegistryView } from '../../../utils/messaging/views';
import type { UnitPlanView } from '../../../utils/units/unit-plan-view';
import { fakeConnector, renderIn } from '../components/helpers';
import { exportOf, host } from '../rekap/fixtures';
import { TEST_PLAN, UNIT_REGISTRY } from './fixtures';

afterEach(cleanup);

const VIEW: RegistryView = { registry: UNIT_REGISTRY, info: bundledSourceInfo(UNIT_REGISTRY, 0), revision: 0, domains: ['makassarkota.go.id'] };
const PLAN: UnitPlanView = {
  plan: TEST_PLAN,
  info: { source: 'bundled', version: TEST_PLAN.version },
  revision: 0,
  sweeps: [{ host: 'dash.contoh.kel.makassarkota.go.id', checkedAt: Date.parse('2025-06-30T01:00:00.000Z'), state: 'live', status: 200 }],
};
const LOCAL = exportOf('Saya', '2025-07-01T00:00:00.000Z', [host('contoh-dinsos.makassarkota.go.id', { lastSeen: '2025-06-30T00:00:00.000Z' })]);

describe('DashboardApp: Cakupan unit', () => {
  it('reads the plan in force against this browser’s record and sweeps, and follows "include this browser"', async () => {
    renderIn(
      <DashboardApp
        connector={fakeConnector({ getExport: async () => LOCAL, getPreferences: async () => DEFAULT_PREFERENCES, getRegistry: async () => VIEW, getUnitPlan: async () => PLAN })}
        extensionVersion="0.1.0"
        download={() => undefined}
        initialTab="cakupan"
        now={() => Date.parse('2025-07-01T00:00:00.000Z')}
      />,
    );
    await screen.findByTestId('coverage-table');
    await waitFor(() => expect(screen.getByTestId('coverage-total-opd').textContent).toBe('4 dari 5 OPD sudah punya situs (3 terdaftar, 1 terlihat hidup).'));
    expect(screen.getByTestId('coverage-total-kelurahan').textContent).toBe('1 dari 3 kelurahan sudah punya situs (0 terdaftar, 1 terlihat hidup).');
    fireEvent.click(screen.getByTestId('include-local'));
    await waitFor(() => expect(screen.getByTestId('coverage-total-opd').textContent).toBe('4 dari 5 OPD sudah punya situs (3 terdaftar, 0 terlihat hidup).'));
    expect(screen.getByTestId('unit-plan-in-force').textContent).toContain('bawaan Pantau');
  });
});
