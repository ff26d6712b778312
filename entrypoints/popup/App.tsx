import { ExportButtons } from '../../components/ExportButtons';
import { useI18n } from '../../components/I18n';
import { Loadable, useAsync } from '../../components/Loadable';
import { OverviewCounts } from '../../components/OverviewCounts';
import { RecordingProblemNotice } from '../../components/RecordingProblemNotice';
import { RegistrySearch, type SearchIndex } from '../../components/RegistrySearch';
import { SiteCard } from '../../components/SiteCard';
import type { PantauConnector } from '../../utils/connector';

export interface PopupAppProps {
  connector: PantauConnector;
  /** The current tab's URL, or null when the browser does not show it (not a city site). */
  tabUrl: () => Promise<string | null>;
  /** The bundled registry, for search-as-you-type without a round trip per keystroke. */
  index: SearchIndex;
  onOpenSettings: () => void;
  /** Opens the dashboard page (a new tab); no link when absent. */
  onOpenDashboard?: () => void;
  /** "Now" for relative times; fixed for the popup's short life. */
  now?: number;
}

/** The popup: the current site, registry search, counts and export. Wiring is in main.tsx. */
export function App({ connector, tabUrl, index, onOpenSettings, onOpenDashboard, now = Date.now() }: PopupAppProps) {
  const { t } = useI18n();
  const site = useAsync(async () => connector.getSiteCard(await tabUrl()), [connector, tabUrl]);
  const overview = useAsync(() => connector.getOverview(), [connector]);

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" width={24} height={24} alt="" />
        <div class="brand">
          <h1>{t('extName')}</h1>
          <p class="muted small">{t('popupTagline')}</p>
        </div>
        {onOpenDashboard !== undefined && (
          <a
            href="#"
            class="settings-link"
            data-testid="open-dashboard"
            onClick={(event) => {
              event.preventDefault();
              onOpenDashboard();
            }}
          >
            {t('dashboardLink')}
          </a>
        )}
        <a
          href="#"
          class="settings-link"
          data-testid="open-settings"
          onClick={(event) => {
            event.preventDefault();
            onOpenSettings();
          }}
        >
          {t('settingsLink')}
        </a>
      </header>

      {overview.status === 'done' && overview.value.recordingProblem != null && (
        <RecordingProblemNotice problem={overview.value.recordingProblem} />
      )}

      <section aria-labelledby="site-heading">
        <h2 id="site-heading" class="section-heading">
          {t('siteHeading')}
        </h2>
        <Loadable state={site}>{(card) => <SiteCard card={card} now={now} />}</Loadable>
      </section>

      <section aria-labelledby="search-heading">
        <h2 id="search-heading" class="section-heading">
          {t('searchHeading')}
        </h2>
        <RegistrySearch index={index} records={overview.status === 'done' ? overview.value.records : null} now={now} />
      </section>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" class="section-heading">
          {t('countsHeading')}
        </h2>
        <Loadable state={overview}>{(value) => <OverviewCounts overview={value} />}</Loadable>
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading" class="section-heading">
          {t('exportHeading')}
        </h2>
        <ExportButtons connector={connector} onOpenSettings={onOpenSettings} />
      </section>
    </main>
  );
}
