// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRecentDays, PreferencesForm } from '../../../../components/settings/PreferencesForm';
import type { Preferences } from '../../../../utils/db/schema';
import { fakeConnector, renderIn } from '../helpers';

afterEach(cleanup);

describe('PreferencesForm', () => {
  it('shows the stored preferences, saves changes and tells the page', async () => {
    const savePreferences = vi.fn(async ({ preferences }: { preferences: Preferences }) => preferences);
    const onSaved = vi.fn();
    renderIn(<PreferencesForm connector={fakeConnector({ getPreferences: async () => ({ language: 'id', recentDays: 30 }), savePreferences })} onSaved={onSaved} />);
    await waitFor(() => expect((screen.getByTestId('pref-days') as HTMLInputElement).value).toBe('30'));
    expect((screen.getByTestId('pref-language') as HTMLSelectElement).value).toBe('id');
    fireEvent.change(screen.getByTestId('pref-language'), { target: { value: 'en' } });
    fireEvent.input(screen.getByTestId('pref-days'), { target: { value: '60' } });
    fireEvent.click(screen.getByTestId('save-preferences'));
    await screen.findByTestId('preferences-saved');
    expect(savePreferences).toHaveBeenCalledWith({ preferences: { language: 'en', recentDays: 60 } });
    expect(onSaved).toHaveBeenCalledWith({ language: 'en', recentDays: 60 });
  });

  it('refuses a window that is not a whole number of days in range', async () => {
    renderIn(<PreferencesForm connector={fakeConnector({ getPreferences: async () => ({ language: 'auto', recentDays: 90 }) })} />);
    await waitFor(() => expect((screen.getByTestId('pref-days') as HTMLInputElement).value).toBe('90'));
    fireEvent.input(screen.getByTestId('pref-days'), { target: { value: '0' } });
    expect(screen.getByTestId('pref-days-hint').textContent).toBe('Isi bilangan bulat 1–3650.');
    expect((screen.getByTestId('save-preferences') as HTMLButtonElement).disabled).toBe(true);
    expect([parseRecentDays('7'), parseRecentDays('3651'), parseRecentDays('1.5'), parseRecentDays('')]).toEqual([7, null, null, null]);
  });
});
