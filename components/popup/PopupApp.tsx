import { useEffect, useMemo, useState } from 'preact/hooks';
import { ExportButtons } from '../common/ExportButtons';
import { useI18n } from '../common/I18n';
import { Loadable, useAsync } from '../common/Loadable';
import { OverviewCounts } from './OverviewCounts';
import { PopupProposal } from './PopupProposal';
import { RecordingProblemNotice } from './RecordingProblemNotice';
import { RegistrySearch, type SearchIndex } from './RegistrySearch';
import { SiteCard } from './SiteCard';
import type { PantauConnector } from '../../utils/messaging/connector';
import type { SiteCard as SiteCardData } from '../../utils/messaging/views';
import { isDraftEmpty } from '../../utils/proposals/proposal-draft-shape';
import { createRegistryIndex } from '../../utils/registry/registry-index';

export interface PopupAppProps {
  connector: PantauConnector;
  /** The current tab's URL, or null when the browser does not show it (not a city site). */
  tabUrl: () => Promise<string | null>;
  /** The current tab's id, for "Periksa ulang" (no button when absent). */
  tabId?: () => Promise<number | null>;
  /**
   * The site card, already asked for while the page loaded its language (main.tsx starts both
   * requests at once, so the card does not wait for the preferences' round trip).
   */
  firstSiteCard?: Promise<SiteCardData>;
  onOpenSettings: () => void;
  /** Opens the dashboard page (a new tab); no link when absent. */
  onOpenDashboard?: () => void;
  /** "Now" for relative times; fixed for the popup's short life. */
  now?: number;
}

/**
 * The popup: the current site (its findings and what to do first, with "Laporkan aplikasi" for an
 * unregistered host), the export, then search over the registry in force and counts. A draft left in the form is reopened with the popup.
 */
export function App({ connector, tabUrl, tabId, firstSiteCard, onOpenSettings, onOpenDashboard, now = Date.now() }: PopupAppProps) {
  const { t } = useI18n();
  const [cardVersion, setCardVersion] = useState(0);
  const site = useAsync(
    async () => (cardVersion === 0 && firstSiteCard !== undefined ? firstSiteCard : connector.getSiteCard({ url: await tabUrl() })),
    [connector, tabUrl, cardVersion],
  );
  const overview = useAsync(() => connector.getOverview(), [connector]);
  const registry = useAsync(() => connector.getRegistry(), [connector]);
  const index = useMemo(() => (registry.status === 'done' ? createRegistryIndex(registry.value.registry, registry.value.domains) : null), [registry]);
  const [reporting, setReporting] = useState(false);
  const [sent, setSent] = useState(false);
  const card = site.status === 'done' && site.value.kind === 'city' ? site.value : null;
  // Reopening the popup on a host with an unfinished draft goes straight back to the form.
  useEffect(() => {
    if (card !== null && cardVersion === 0 && card.entry === null && card.draft && !isDraftEmpty(card.draft)) setReporting(true);
  }, [card]);

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
        {reporting && card !== null ? (
          <PopupProposal
            connector={connector}
            card={card}
            watchedDomains={registry.status === 'done' ? registry.value.domains : []}
            onSaved={() => {
              setReporting(false);
              setSent(true);
              setCardVersion((v) => v + 1);
            }}
            onClose={() => {
              setReporting(false);
              setCardVersion((v) => v + 1);
            }}
          />
        ) : (
          <Loadable state={site}>
            {(value) => (
              <SiteCard
                card={value}
                now={now}
                onReport={() => {
                  setSent(false);
                  setReporting(true);
                }}
                reinspect={
                  tabId === undefined
                    ? undefined
                    : async () => {
                        const id = await tabId();
                        const read = id !== null && (await connector.reinspectTab({ tabId: id }));
                        // The new facts are stored: show them.
                        if (read) setCardVersion((v) => v + 1);
                        return read;
                      }
                }
              />
            )}
          </Loadable>
        )}
        {sent && !reporting && (
          <p class="saved" role="status" data-testid="proposal-saved">
            {t('proposalSaved')}
          </p>
        )}
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading" class="section-heading">
          {t('exportHeading')}
        </h2>
        <ExportButtons connector={connector} onOpenSettings={onOpenSettings} />
      </section>
      <section aria-labelledby="search-heading">
        <h2 id="search-heading" class="section-heading">
          {t('searchHeading')}
        </h2>
        <Loadable state={registry}>
          {() => (index === null ? null : <RegistrySearch index={index} records={overview.status === 'done' ? overview.value.records : null} now={now} />)}
        </Loadable>
      </section>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" class="section-heading">
          {t('countsHeading')}
        </h2>
        <Loadable state={overview}>{(value) => <OverviewCounts overview={value} />}</Loadable>
      </section>

    </main>
  );
}
