// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COLLECTOR_MAX_LENGTH, OptionsApp } from '../../../../components/options/OptionsApp';
import { ConnectorError, type PantauConnector } from '../../../../utils/messaging/connector';
import { DEFAULT_PREFERENCES } from '../../../../utils/settings/settings';
import type { CollectorSettings } from '../../../../utils/db/schema';
import { requestSchema } from '../../../../utils/messaging/protocol';
import { bundledSourceInfo } from '../../../../utils/registry/registry-source';
import { TEST_REGISTRY } from '../../rekap/fixtures';
import { fakeConnector, renderIn } from '../helpers';

afterEach(cleanup);

/** The options page also loads the preferences; these tests are about the collector form. */
const optionsConnector = (methods: Partial<PantauConnector>) =>
  fakeConnector({
    getPreferences: async () => DEFAULT_PREFERENCES,
    getWatchedDomains: async () => ({ domains: ['makassarkota.go.id'], defaults: ['makassarkota.go.id'], optional: ['makassar.go.id'], suggest: [] }),
    getRegistry: async () => ({ registry: TEST_REGISTRY, info: bundledSourceInfo(TEST_REGISTRY, 0), revision: 0, domains: ['makassarkota.go.id'] }),
    ...methods,
  });

const OPD = ['Dinas Komunikasi dan Informatika', 'Kecamatan Mariso'];

function input(testId: string, value: string) {
  fireEvent.input(screen.getByTestId(testId), { target: { value } });
}

describe('OptionsApp', () => {
  it('links to the privacy policy that ships with the extension', async () => {
    renderIn(<OptionsApp connector={optionsConnector({ getSettings: async () => ({ name: '', unit: '' }) })} opdNames={OPD} />);
    const link = await screen.findByTestId('privacy-policy');
    expect(link.getAttribute('href')).toBe('/privacy.html');
    expect(link.textContent).toBe('Kebijakan privasi');
  });

  it('fills the form with the stored settings and offers the registry units', async () => {
    renderIn(
      <OptionsApp connector={optionsConnector({ getSettings: async () => ({ name: 'Andi', unit: 'Kecamatan Mariso' }) })} opdNames={OPD} />,
    );
    const name = (await screen.findByTestId('collector-name')) as HTMLInputElement;
    expect(name.value).toBe('Andi');
    expect((screen.getByTestId('collector-unit') as HTMLInputElement).value).toBe('Kecamatan Mariso');
    const options = [...document.querySelectorAll('datalist#opd-names option')].map((option) => option.getAttribute('value'));
    expect(options).toEqual(OPD);
  });

  it('saves trimmed values and confirms', async () => {
    const saveSettings = vi.fn(async ({ settings }: { settings: CollectorSettings }) => settings);
    renderIn(<OptionsApp connector={optionsConnector({ getSettings: async () => ({ name: '', unit: '' }), saveSettings })} opdNames={OPD} />);
    await screen.findByTestId('collector-name');
    input('collector-name', '  Andi Baso  ');
    input('collector-unit', 'Dinas Komunikasi dan Informatika ');
    // One save for the whole page (components/settings/save-group.tsx).
    expect(screen.queryByTestId('save-settings')).toBeNull();
    fireEvent.click(screen.getByTestId('save-all'));
    const saved = await screen.findByTestId('settings-saved');
    expect(saved.textContent).toBe('Pengaturan tersimpan.');
    expect(saveSettings).toHaveBeenCalledWith({ settings: { name: 'Andi Baso', unit: 'Dinas Komunikasi dan Informatika' } });
    expect((screen.getByTestId('collector-name') as HTMLInputElement).value).toBe('Andi Baso');
  });

  it('rejects a name that is too long before sending it', async () => {
    const saveSettings = vi.fn(async ({ settings }: { settings: CollectorSettings }) => settings);
    renderIn(<OptionsApp connector={optionsConnector({ getSettings: async () => ({ name: '', unit: '' }), saveSettings })} opdNames={[]} />);
    await screen.findByTestId('collector-name');
    input('collector-name', 'a'.repeat(COLLECTOR_MAX_LENGTH.name + 1));
    expect(screen.getByTestId('collector-name-error').textContent).toBe('Maksimal 120 karakter (sekarang 121).');
    expect(screen.getByTestId('collector-name').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByTestId('save-all'));
    expect(await screen.findByTestId('save-all-failed')).toBeTruthy();
    // Enter in a field saves the page too, and is refused the same way.
    fireEvent.submit(screen.getByTestId('collector-name').closest('form')!);
    await waitFor(() => expect((screen.getByTestId('save-all') as HTMLButtonElement).disabled).toBe(false));
    expect(saveSettings).not.toHaveBeenCalled();
    input('collector-name', 'a'.repeat(COLLECTOR_MAX_LENGTH.name));
    expect(screen.queryByTestId('collector-name-error')).toBeNull();
    fireEvent.click(screen.getByTestId('save-all'));
    await screen.findByTestId('all-saved');
    expect(saveSettings).toHaveBeenCalledTimes(1);
  });

  it('uses the same limits as the message protocol', () => {
    const accepts = (name: string, unit: string) =>
      requestSchema.safeParse({ type: 'saveSettings', settings: { name, unit } }).success;
    expect(accepts('a'.repeat(COLLECTOR_MAX_LENGTH.name), 'b'.repeat(COLLECTOR_MAX_LENGTH.unit))).toBe(true);
    expect(accepts('a'.repeat(COLLECTOR_MAX_LENGTH.name + 1), '')).toBe(false);
    expect(accepts('', 'b'.repeat(COLLECTOR_MAX_LENGTH.unit + 1))).toBe(false);
  });

  it('explains a failed save', async () => {
    renderIn(
      <OptionsApp
        connector={optionsConnector({
          getSettings: async () => ({ name: '', unit: '' }),
          saveSettings: async () => {
            throw new ConnectorError('storage-full', 'QuotaExceededError');
          },
        })}
        opdNames={[]}
      />,
      'en',
    );
    await screen.findByTestId('collector-name');
    input('collector-name', 'Andi');
    fireEvent.click(screen.getByTestId('save-all'));
    expect((await screen.findByTestId('error-notice')).textContent).toContain('storage is full');
    expect(screen.queryByTestId('settings-saved')).toBeNull();
  });

  it('still lets the collector type when reading the settings failed', async () => {
    renderIn(
      <OptionsApp connector={optionsConnector({ getSettings: async () => Promise.reject(new ConnectorError('no-response', 'x')) })} opdNames={[]} />,
    );
    await waitFor(() => expect(screen.getByTestId('error-notice').dataset.code).toBe('no-response'));
    expect((screen.getByTestId('collector-name') as HTMLInputElement).value).toBe('');
  });

  it('shows the collector and display sections and links to the dashboard', async () => {
    const onOpenDashboard = vi.fn();
    renderIn(
      <OptionsApp
        connector={optionsConnector({ getSettings: async () => ({ name: 'Andi', unit: '' }), getPreferences: async () => ({ language: 'en', recentDays: 45 }) })}
        opdNames={[]}
        onOpenDashboard={onOpenDashboard}
      />,
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Pengumpul data', 'Tampilan dan dasbor', 'Pemeriksaan situs', 'Domain yang dipantau', 'Pembaruan registri']);
    await waitFor(() => expect((screen.getByTestId('pref-days') as HTMLInputElement).value).toBe('45'));
    fireEvent.click(screen.getByTestId('open-dashboard'));
    expect(onOpenDashboard).toHaveBeenCalledTimes(1);
  });

  it('saves every changed section with the one button of the page, and only those', async () => {
    const saveSettings = vi.fn(async ({ settings }: { settings: CollectorSettings }) => settings);
    const savePreferences = vi.fn(async ({ preferences }: { preferences: typeof DEFAULT_PREFERENCES }) => preferences);
    const saveInspectionSettings = vi.fn(async ({ settings }: { settings: { staleMonths: number } }) => settings);
    const setRegistryUpdateUrl = vi.fn();
    renderIn(
      <OptionsApp
        connector={optionsConnector({ getSettings: async () => ({ name: 'Andi', unit: '' }), saveSettings, savePreferences, saveInspectionSettings, setRegistryUpdateUrl })}
        opdNames={[]}
      />,
    );
    await screen.findByTestId('collector-name');
    await screen.findByTestId('stale-months');
    expect(screen.getAllByRole('button').filter((b) => b.textContent === 'Simpan' || b.textContent === 'Simpan pengaturan')).toHaveLength(1);
    input('pref-days', '30');
    input('stale-months', '6');
    fireEvent.click(screen.getByTestId('save-all'));
    await screen.findByTestId('all-saved');
    expect(savePreferences).toHaveBeenCalledWith({ preferences: { language: 'auto', recentDays: 30 } });
    expect(saveInspectionSettings).toHaveBeenCalledWith({ settings: { staleMonths: 6, reinspectHours: 6 } });
    expect(saveSettings).not.toHaveBeenCalled();
    expect(setRegistryUpdateUrl).not.toHaveBeenCalled();
  });
});
