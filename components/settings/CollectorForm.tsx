import { useEffect, useState } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import type { CollectorSettings } from '../../utils/db/schema';
import { COLLECTOR_MAX_LENGTH } from '../../utils/settings/settings';
import { useI18n } from '../common/I18n';
import { ErrorNotice } from '../common/ErrorNotice';
import { SaveActions, type SaveState } from './SaveActions';


function tooLong(field: keyof CollectorSettings, value: string): number | null {
  const length = value.trim().length;
  return length > COLLECTOR_MAX_LENGTH[field] ? length : null;
}

/**
 * The collector's name and unit, which every export carries. `opdNames` (the registry's owning
 * units) are offered as suggestions for the unit; any text is accepted, since collectors also work
 * in kecamatan and kelurahan offices.
 */
export function CollectorForm({ connector, opdNames }: { connector: PantauConnector; opdNames: readonly string[] }) {
  const { t } = useI18n();
  const [form, setForm] = useState<CollectorSettings | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });

  useEffect(() => {
    let current = true;
    connector.getSettings().then(
      (settings) => current && setForm(settings),
      (error: unknown) => {
        if (!current) return;
        setLoadError(error);
        // Still let them type: saving may work even if reading failed.
        setForm({ name: '', unit: '' });
      },
    );
    return () => {
      current = false;
    };
  }, [connector]);

  if (form === null) {
    return (
      <p class="muted" aria-busy="true" data-testid="loading">
        {t('loading')}
      </p>
    );
  }

  const nameTooLong = tooLong('name', form.name);
  const unitTooLong = tooLong('unit', form.unit);
  const invalid = nameTooLong !== null || unitTooLong !== null;

  const update = (field: keyof CollectorSettings) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setForm((previous) => ({ ...(previous ?? { name: '', unit: '' }), [field]: value }));
    setSave({ status: 'idle' });
  };

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (form === null || invalid) return;
    setSave({ status: 'saving' });
    try {
      const stored = await connector.saveSettings({ settings: { name: form.name.trim(), unit: form.unit.trim() } });
      setForm(stored);
      setLoadError(null);
      setSave({ status: 'saved' });
    } catch (error) {
      setSave({ status: 'error', error });
    }
  }

  const tooLongMessage = (field: keyof CollectorSettings, length: number) =>
    t('fieldTooLong', [String(COLLECTOR_MAX_LENGTH[field]), String(length)]);

  return (
    <>
      <p>{t('optionsIntro')}</p>
      {loadError !== null && <ErrorNotice error={loadError} />}
      <form class="options-form" onSubmit={(event) => void submit(event)} noValidate>
        <div class="field">
          <label for="collector-name">{t('collectorName')}</label>
          <input
            id="collector-name"
            type="text"
            autocomplete="name"
            data-testid="collector-name"
            value={form.name}
            aria-invalid={nameTooLong !== null}
            aria-describedby={nameTooLong !== null ? 'collector-name-error' : undefined}
            onInput={update('name')}
          />
          {nameTooLong !== null && (
            <p id="collector-name-error" class="field-error" data-testid="collector-name-error">
              {tooLongMessage('name', nameTooLong)}
            </p>
          )}
        </div>
        <div class="field">
          <label for="collector-unit">{t('collectorUnit')}</label>
          <input
            id="collector-unit"
            type="text"
            list="opd-names"
            autocomplete="organization"
            data-testid="collector-unit"
            value={form.unit}
            aria-invalid={unitTooLong !== null}
            aria-describedby={unitTooLong !== null ? 'collector-unit-error' : undefined}
            onInput={update('unit')}
          />
          <datalist id="opd-names">
            {opdNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {unitTooLong !== null && (
            <p id="collector-unit-error" class="field-error" data-testid="collector-unit-error">
              {tooLongMessage('unit', unitTooLong)}
            </p>
          )}
        </div>
        <SaveActions save={save} disabled={invalid} testId="save-settings" savedTestId="settings-saved" />
      </form>
    </>
  );
}
