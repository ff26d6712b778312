import type { PantauConnector } from '../../utils/messaging/connector';
import type { Preferences } from '../../utils/db/schema';
import { useI18n } from '../common/I18n';
import { CollectorForm } from './CollectorForm';
import { InspectionSettingsForm } from './InspectionSettingsForm';
import { PreferencesForm } from './PreferencesForm';
import { UpdateUrlForm } from './UpdateUrlForm';
import { WatchedDomainsForm } from './WatchedDomainsForm';

export interface SettingsPanelProps {
  connector: PantauConnector;
  /** The registry's owning units, suggested for the collector's unit. */
  opdNames: readonly string[];
  onPreferencesSaved?: (preferences: Preferences) => void;
}

/**
 * Every setting, one section per concern, each saving on its own (one settings row each, so a
 * failure in one never loses another). Shown in the dashboard's Settings tab and on the options
 * page. A new setting is a new section here: its form, its connector calls, its settings row.
 */
export function SettingsPanel({ connector, opdNames, onPreferencesSaved }: SettingsPanelProps) {
  const { t } = useI18n();
  return (
    <div class="settings-panel">
      <section aria-labelledby="settings-collector" class="settings-section">
        <h2 id="settings-collector" class="section-heading">
          {t('collectorHeading')}
        </h2>
        <CollectorForm connector={connector} opdNames={opdNames} />
      </section>
      <section aria-labelledby="settings-display" class="settings-section">
        <h2 id="settings-display" class="section-heading">
          {t('displayHeading')}
        </h2>
        <PreferencesForm connector={connector} onSaved={onPreferencesSaved} />
      </section>
      <section class="settings-section">
        <InspectionSettingsForm connector={connector} />
      </section>
      <section aria-labelledby="settings-domains" class="settings-section">
        <h2 id="settings-domains" class="section-heading">
          {t('domainsHeading')}
        </h2>
        <WatchedDomainsForm connector={connector} />
      </section>
      <section aria-labelledby="settings-update-url" class="settings-section">
        <h2 id="settings-update-url" class="section-heading">
          {t('updateUrlHeading')}
        </h2>
        <UpdateUrlForm connector={connector} />
      </section>
      <p class="muted small">{t('privacyNote')}</p>
    </div>
  );
}
