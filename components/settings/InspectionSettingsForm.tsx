import { useEffect, useState } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import { DEFAULT_REINSPECT_HOURS, REINSPECT_HOURS_RANGE } from '../../utils/inspection/inspect-policy';
import { parseReinspectHours, parseStaleMonths, STALE_MONTHS_RANGE } from '../../utils/settings/settings';
import { useI18n } from '../common/I18n';
import { ErrorNotice } from '../common/ErrorNotice';
import { SaveActions, type SaveState } from './SaveActions';
import { useGroupedSave } from './save-group';
import { WholeNumberField } from './WholeNumberField';

/**
 * The inspection settings: how many months without new content make a page stale, and how many
 * hours a host's page facts are trusted before the page is read again. Self-contained
 * (own load, validation and save) so it can move to another settings page as it is.
 */
export function InspectionSettingsForm({ connector }: { connector: PantauConnector }) {
  const { t } = useI18n();
  const [months, setMonths] = useState<string | null>(null);
  const [hours, setHours] = useState(String(DEFAULT_REINSPECT_HOURS));
  const [loadError, setLoadError] = useState<unknown>(null);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [saved, setSaved] = useState<number | null>(null);
  const [savedHours, setSavedHours] = useState<number | null>(null);
  const saveAll = useGroupedSave(() => saveNow());

  useEffect(() => {
    let current = true;
    connector.getInspectionSettings().then(
      (settings) => {
        if (!current) return;
        setMonths(String(settings.staleMonths));
        setSaved(settings.staleMonths);
        setHours(String(settings.reinspectHours ?? DEFAULT_REINSPECT_HOURS));
        setSavedHours(settings.reinspectHours ?? DEFAULT_REINSPECT_HOURS);
      },
      (error: unknown) => {
        if (!current) return;
        setLoadError(error);
        setMonths('12');
      },
    );
    return () => {
      current = false;
    };
  }, [connector]);

  async function saveNow(): Promise<boolean> {
    if (months === null) return true;
    const value = parseStaleMonths(months);
    const reinspectHours = parseReinspectHours(hours);
    if (value === null || reinspectHours === null) return false;
    if (saveAll !== null && value === saved && reinspectHours === savedHours) return true; // the page's save: unchanged
    setSave({ status: 'saving' });
    try {
      const stored = await connector.saveInspectionSettings({ settings: { staleMonths: value, reinspectHours } });
      setMonths(String(stored.staleMonths));
      setSaved(stored.staleMonths);
      setHours(String(stored.reinspectHours ?? reinspectHours));
      setSavedHours(stored.reinspectHours ?? reinspectHours);
      setLoadError(null);
      setSave({ status: 'saved' });
      return true;
    } catch (error) {
      setSave({ status: 'error', error });
      return false;
    }
  }

  if (months === null) return null;
  const parsed = parseStaleMonths(months);
  const parsedHours = parseReinspectHours(hours);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (saveAll !== null) saveAll();
    else await saveNow();
  }

  return (
    <form class="options-form" onSubmit={(event) => void submit(event)} noValidate data-testid="inspection-settings">
      {loadError !== null && <ErrorNotice error={loadError} />}
      <WholeNumberField
        id="stale-months"
        label={t('staleMonthsLabel')}
        hint={t('staleMonthsHint')}
        range={STALE_MONTHS_RANGE}
        value={months}
        valid={parsed !== null}
        invalidText={t('staleMonthsInvalid', [String(STALE_MONTHS_RANGE.min), String(STALE_MONTHS_RANGE.max)])}
        onInput={(value) => {
          setMonths(value);
          setSave({ status: 'idle' });
        }}
      />
      <WholeNumberField
        id="reinspect-hours"
        label={t('reinspectHoursLabel')}
        hint={t('reinspectHoursHint', String(DEFAULT_REINSPECT_HOURS))}
        range={REINSPECT_HOURS_RANGE}
        value={hours}
        valid={parsedHours !== null}
        invalidText={t('staleMonthsInvalid', [String(REINSPECT_HOURS_RANGE.min), String(REINSPECT_HOURS_RANGE.max)])}
        onInput={(value) => {
          setHours(value);
          setSave({ status: 'idle' });
        }}
      />
      <SaveActions save={save} disabled={parsed === null || parsedHours === null} grouped={saveAll !== null} testId="save-inspection-settings" savedTestId="inspection-settings-saved" />
    </form>
  );
}
