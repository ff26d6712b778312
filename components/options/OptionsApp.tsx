import { useI18n } from '../common/I18n';
import { SettingsPanel } from '../settings/SettingsPanel';
import type { PantauConnector } from '../../utils/messaging/connector';
import type { Preferences } from '../../utils/db/schema';

export { COLLECTOR_MAX_LENGTH } from '../../utils/settings/settings';

/**
 * The browser's settings page for Pantau: the same settings as the dashboard's Settings tab, and
 * a way to the dashboard, where auditors spend their time.
 */
export function OptionsApp({
  connector,
  opdNames,
  onOpenDashboard,
  onPreferencesSaved,
}: {
  connector: PantauConnector;
  opdNames: readonly string[];
  onOpenDashboard?: () => void;
  onPreferencesSaved?: (preferences: Preferences) => void;
}) {
  const { t } = useI18n();
  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        {onOpenDashboard !== undefined && (
          <a
            href="/dashboard.html"
            data-testid="open-dashboard"
            onClick={(event) => {
              event.preventDefault();
              onOpenDashboard();
            }}
          >
            {t('openDashboard')}
          </a>
        )}
        {/* The policy ships with the extension (public/privacy.html, from docs/privacy.md). */}
        <a href="/privacy.html" target="_blank" rel="noopener" data-testid="privacy-policy">
          {t('privacyPolicy')}
        </a>
      </header>
      <SettingsPanel connector={connector} opdNames={opdNames} onPreferencesSaved={onPreferencesSaved} />
    </main>
  );
}
