import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { ExportButtons } from '../common/ExportButtons';
import { useI18n } from '../common/I18n';
import { Loadable, useAsync, useAsyncBeforePaint } from '../common/Loadable';
import { OverviewCounts } from './OverviewCounts';
import { PopupProposal } from './PopupProposal';
import { RecordingProblemNotice } from './RecordingProblemNotice';
import { LazyRegistrySearch } from './LazyRegistrySearch';
import { SiteCard } from './SiteCard';
import { markCardShown } from './card-shown-mark';
import type { PantauConnector } from '../../utils/messaging/connector';
import type { SiteCard as SiteCardData } from '../../utils/messaging/views';
import { isDraftEmpty } from '../../utils/proposals/proposal-draft-shape';

/** A request not yet made: stays loading until the card is shown. */
const UNTIL_CARD = new Promise<never>(() => {});

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
  // The card first: listened to in the render that mounts the popup, not a frame later.
  const site = useAsyncBeforePaint(
    async () => (cardVersion === 0 && firstSiteCard !== undefined ? firstSiteCard : connector.getSiteCard({ url: await tabUrl() })),
    [connector, tabUrl, cardVersion],
  );
  // Everything else is asked for once the first card is there, so the worker and this page answer
  // and draw the card first (the counts, the search and the export sit below it).
  const afterCard = site.status !== 'loading' || cardVersion > 0;
  const overview = useAsync(() => (afterCard ? connector.getOverview() : UNTIL_CARD), [connector, afterCard]);
  const registry = useAsync(() => (afterCard ? connector.getRegistry() : UNTIL_CARD), [connector, afterCard]);
  const [reporting, setReporting] = useState(false);
  const [sent, setSent] = useState(false);
  const card = site.status === 'done' && site.value.kind === 'city' ? site.value : null;
  // Set before the browser paints the card, in the same task that put it in the document.
  useLayoutEffect(() => {
    if (site.status !== 'loading') markCardShown();
  }, [site.status]);
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
        {afterCard && <ExportButtons connector={connector} onOpenSettings={onOpenSettings} />}
      </section>
      <section aria-labelledby="search-heading">
        <h2 id="search-heading" class="section-heading">
          {t('searchHeading')}
        </h2>
        <Loadable state={registry}>
          {(view) => <LazyRegistrySearch view={view} records={overview.status === 'done' ? overview.value.records : null} now={now} />}
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
