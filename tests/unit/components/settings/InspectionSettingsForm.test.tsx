// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InspectionSettingsForm } from '../../../../components/settings/InspectionSettingsForm';
import { ConnectorError } from '../../../../utils/messaging/connector';
import type { InspectionSettings } from '../../../../utils/inspection/types';
import { requestSchema } from '../../../../utils/messaging/protocol';
import { parseStaleMonths, STALE_MONTHS_RANGE } from '../../../../utils/settings/settings';
import { fakeConnector, renderIn } from '../helpers';

afterEach(cleanup);

const type = (value: string) => fireEvent.input(screen.getByTestId('stale-months'), { target: { value } });

describe('InspectionSettingsForm', () => {
  it('shows the stored threshold and saves a new one', async () => {
    const saveInspectionSettings = vi.fn(async ({ settings }: { settings: InspectionSettings }) => settings);
    renderIn(<InspectionSettingsForm connector={fakeConnector({ getInspectionSettings: async () => ({ staleMonths: 6 }), saveInspectionSettings })} />);
    const field = (await screen.findByTestId('stale-months')) as HTMLInputElement;
    expect(field.value).toBe('6');
    type('18');
    fireEvent.click(screen.getByTestId('save-inspection-settings'));
    expect((await screen.findByTestId('inspection-settings-saved')).textContent).toBe('Pengaturan tersimpan.');
    expect(saveInspectionSettings).toHaveBeenCalledWith({ settings: { staleMonths: 18, reinspectHours: 6 } });
  });

  it('shows and saves the period after which a page is read again, refusing what is not 1–168 whole hours', async () => {
    const saveInspectionSettings = vi.fn(async ({ settings }: { settings: InspectionSettings }) => settings);
    renderIn(<InspectionSettingsForm connector={fakeConnector({ getInspectionSettings: async () => ({ staleMonths: 12, reinspectHours: 3 }), saveInspectionSettings })} />, 'en');
    const field = (await screen.findByTestId('reinspect-hours')) as HTMLInputElement;
    expect(field.value).toBe('3');
    for (const bad of ['0', '169', '1.5', '']) {
      fireEvent.input(field, { target: { value: bad } });
      expect(screen.getByTestId('reinspect-hours-error').textContent).toBe('Enter a whole number from 1 to 168.');
      expect((screen.getByTestId('save-inspection-settings') as HTMLButtonElement).disabled).toBe(true);
    }
    fireEvent.input(field, { target: { value: '24' } });
    fireEvent.click(screen.getByTestId('save-inspection-settings'));
    await screen.findByTestId('inspection-settings-saved');
    expect(saveInspectionSettings).toHaveBeenCalledWith({ settings: { staleMonths: 12, reinspectHours: 24 } });
  });

  it('refuses values outside 1–120 whole months before sending', async () => {
    const saveInspectionSettings = vi.fn(async ({ settings }: { settings: InspectionSettings }) => settings);
    renderIn(<InspectionSettingsForm connector={fakeConnector({ saveInspectionSettings })} />, 'en');
    await screen.findByTestId('stale-months');
    for (const bad of ['0', '121', '2.5', '-3', '', 'dua belas']) {
      type(bad);
      expect(screen.getByTestId('stale-months-error').textContent).toBe('Enter a whole number from 1 to 120.');
      expect((screen.getByTestId('save-inspection-settings') as HTMLButtonElement).disabled).toBe(true);
    }
    expect(saveInspectionSettings).not.toHaveBeenCalled();
  });

  it('explains a failed save', async () => {
    renderIn(
      <InspectionSettingsForm
        connector={fakeConnector({
          saveInspectionSettings: async () => {
            throw new ConnectorError('storage-full', 'QuotaExceededError');
          },
        })}
      />,
      'en',
    );
    await screen.findByTestId('stale-months');
    fireEvent.click(screen.getByTestId('save-inspection-settings'));
    expect((await screen.findByTestId('error-notice')).textContent).toContain('storage is full');
  });

  it('accepts exactly what the message protocol accepts', () => {
    for (const text of ['1', '12', '120', '0', '121', '7.5', '']) {
      const parsed = parseStaleMonths(text);
      const accepted = requestSchema.safeParse({ type: 'saveInspectionSettings', settings: { staleMonths: parsed ?? Number(text) } }).success;
      expect(parsed !== null, text).toBe(accepted);
    }
    expect(STALE_MONTHS_RANGE).toEqual({ min: 1, max: 120 });
  });
});
