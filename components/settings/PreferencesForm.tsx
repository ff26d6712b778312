import { useEffect, useState } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import type { LanguageSetting, Preferences } from '../../utils/db/schema';
import type { MessageKey } from '../../utils/text/i18n';
import { DEFAULT_PREFERENCES, RECENT_DAYS_RANGE } from '../../utils/settings/settings';
import { useI18n } from '../common/I18n';
import { ErrorNotice } from '../common/ErrorNotice';
import { SaveActions, type SaveState } from './SaveActions';

const LANGUAGES: ReadonlyArray<[LanguageSetting, MessageKey]> = [
  ['auto', 'languageAuto'],
  ['id', 'languageId'],
  ['en', 'languageEn'],
];


/** A whole number of days within RECENT_DAYS_RANGE, or null. */
export function parseRecentDays(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const days = Number(text);
  return days >= RECENT_DAYS_RANGE.min && days <= RECENT_DAYS_RANGE.max ? days : null;
}

/**
 * Display language and the dashboard's "recent" window. `onSaved` lets the page apply a new
 * language at once (the page reloads its translator; see utils/text/i18n.ts translatorFor).
 */
export function PreferencesForm({ connector, onSaved }: { connector: PantauConnector; onSaved?: (preferences: Preferences) => void }) {
  const { t } = useI18n();
  const [language, setLanguage] = useState<LanguageSetting>(DEFAULT_PREFERENCES.language);
  const [days, setDays] = useState(String(DEFAULT_PREFERENCES.recentDays));
  const [loadError, setLoadError] = useState<unknown>(null);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });

  useEffect(() => {
    let current = true;
    connector.getPreferences().then(
      (stored) => {
        if (!current) return;
        setLanguage(stored.language);
        setDays(String(stored.recentDays));
      },
      (error: unknown) => current && setLoadError(error),
    );
    return () => {
      current = false;
    };
  }, [connector]);

  const recentDays = parseRecentDays(days);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (recentDays === null) return;
    setSave({ status: 'saving' });
    try {
      const stored = await connector.savePreferences({ preferences: { language, recentDays } });
      setSave({ status: 'saved' });
      onSaved?.(stored);
    } catch (error) {
      setSave({ status: 'error', error });
    }
  }

  return (
    <form class="options-form" onSubmit={(event) => void submit(event)} noValidate data-testid="preferences-form">
      {loadError !== null && <ErrorNotice error={loadError} />}
      <div class="field">
        <label for="pref-language">{t('languageLabel')}</label>
        <select
          id="pref-language"
          data-testid="pref-language"
          value={language}
          onChange={(event) => {
            setLanguage(event.currentTarget.value as LanguageSetting);
            setSave({ status: 'idle' });
          }}
        >
          {LANGUAGES.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="pref-days">{t('recentDaysLabel')}</label>
        <input
          id="pref-days"
          type="number"
          inputMode="numeric"
          min={RECENT_DAYS_RANGE.min}
          max={RECENT_DAYS_RANGE.max}
          data-testid="pref-days"
          value={days}
          aria-invalid={recentDays === null}
          aria-describedby="pref-days-hint"
          onInput={(event) => {
            setDays(event.currentTarget.value);
            setSave({ status: 'idle' });
          }}
        />
        <p id="pref-days-hint" class={recentDays === null ? 'field-error' : 'muted small'} data-testid="pref-days-hint">
          {recentDays === null
            ? t('recentDaysInvalid', [String(RECENT_DAYS_RANGE.min), String(RECENT_DAYS_RANGE.max)])
            : t('recentDaysHint')}
        </p>
      </div>
      <SaveActions save={save} disabled={recentDays === null} testId="save-preferences" savedTestId="preferences-saved" />
    </form>
  );
}
