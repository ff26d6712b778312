import { ACTIVE_DOWN_CAUSE } from '../../utils/findings/finding-definitions';
import type { Finding } from '../../utils/findings/findings';
import type { HostRecord } from '../../utils/visits/host-record';
import type { SiteCard as SiteCardData } from '../../utils/messaging/views';
import { netErrorLabel } from '../../utils/visits/net-errors';
import { isDraftEmpty } from '../../utils/proposals/proposal-draft-shape';
import { WATCHED_DOMAIN } from '../../utils/domains/allowed-domains';
import { FindingList } from './FindingList';
import { useI18n } from '../common/I18n';
import { FoldedInspectionFacts } from './FoldedInspectionFacts';
import { RelativeTime } from '../common/RelativeTime';
import { StatusPill } from './StatusPill';
import { HostName } from '../common/HostName';
import { formatNumber } from '../../utils/text/format-number';

function VisitFacts({ record, now }: { record: HostRecord; now: number }) {
  const { t, lang } = useI18n();
  return (
    <dl class="facts">
      <dt>{t('firstSeen')}</dt>
      <dd>
        <RelativeTime time={record.firstSeen} now={now} testId="first-seen" />
      </dd>
      <dt>{t('lastSeen')}</dt>
      <dd>
        <RelativeTime time={record.lastSeen} now={now} testId="last-seen" />
      </dd>
      <dt>{t('visits')}</dt>
      <dd data-testid="visits">{formatNumber(record.visits, lang)}</dd>
      <dt>{t('lastOutcome')}</dt>
      <dd data-testid="last-outcome" data-outcome={record.lastOutcome}>
        {record.lastOutcome === 'ok' ? (
          t('outcomeOk')
        ) : (
          <>
            {t('outcomeError', netErrorLabel(record.lastError, lang))} <code class="muted small">{record.lastError ?? '?'}</code>
          </>
        )}
      </dd>
      {record.lastTitle !== null && record.lastTitle !== '' && (
        <>
          <dt>{t('pageTitle')}</dt>
          {/* Page-derived text: rendered as a text node, never as HTML. */}
          <dd data-testid="page-title" class="page-title">
            {record.lastTitle}
          </dd>
        </>
      )}
    </dl>
  );
}

/** "Laporkan aplikasi" on an unregistered host: new, continue a draft, or edit what was sent. */
function ReportLine({ card, now, onReport }: { card: Extract<SiteCardData, { kind: 'city' }>; now: number; onReport: () => void }) {
  const { t } = useI18n();
  const hasDraft = card.draft !== undefined && card.draft !== null && !isDraftEmpty(card.draft);
  const label = card.proposal ? t('reportEdit') : hasDraft ? t('reportContinue') : t('reportApp');
  return (
    <div class="report-line">
      {card.proposal && (
        <p class="muted small" data-testid="proposal-sent">
          {t('proposalSent')} <RelativeTime time={card.proposal.createdAt} now={now} />
        </p>
      )}
      <button type="button" data-testid="report-app" onClick={onReport}>
        {label}
      </button>
    </div>
  );
}

/**
 * The most important thing an auditor can learn: a registered `aktif` app that is down. Shown
 * above everything else in the card, as an alert (announced by screen readers), never colour alone.
 */
function ActiveDownAlert({ findings }: { findings: readonly Finding[] }) {
  const { t, lang } = useI18n();
  const finding = findings.find((f) => f.code === 'registry-active-down');
  if (finding === undefined) return null;
  const cause = finding.detail === 'unreachable' || finding.detail === 'http-error' || finding.detail === 'placeholder' ? finding.detail : 'unreachable';
  return (
    <p class="alert-critical" role="alert" data-testid="active-down-alert" data-cause={cause}>
      {t('activeDownBanner', ACTIVE_DOWN_CAUSE[cause][lang])}
    </p>
  );
}

/**
 * What Pantau knows about the current tab: the host, its registry entry and status, the local
 * record of visits, and findings; or that the tab is not a city site at all. `onReport` offers
 * "Laporkan aplikasi" for an unregistered host.
 */
export function SiteCard({
  card,
  now,
  onReport,
  reinspect,
}: {
  card: SiteCardData;
  now: number;
  onReport?: () => void;
  /** "Periksa ulang": reads the tab's page again now (resolves false when it could not). */
  reinspect?: () => Promise<boolean>;
}) {
  const { t } = useI18n();
  if (card.kind === 'not-city') {
    return (
      <div class="site-card site-card--none" data-testid="site-card">
        <p class="not-city" data-testid="not-city">
          {t('notCityTitle')}
        </p>
        <p class="muted">{t('notCityHint', (card.domains ?? [WATCHED_DOMAIN]).join(', '))}</p>
      </div>
    );
  }
  const { host, entry, record, findings, badge } = card;
  return (
    <div class="site-card" data-testid="site-card" data-tone={badge.tone}>
      <ActiveDownAlert findings={findings} />
      <h2 class="site-host" data-testid="site-host">
        <HostName host={host} />
      </h2>
      {entry === null ? (
        <>
          <p class="muted">{t('unregisteredNote')}</p>
          {onReport !== undefined && <ReportLine card={card} now={now} onReport={onReport} />}
        </>
      ) : (
        <>
          <p class="app-name" data-testid="app-name">
            {entry.name}
            {entry.abbreviation !== undefined && entry.abbreviation !== entry.name && (
              <span class="muted"> ({entry.abbreviation})</span>
            )}
          </p>
          {entry.opd !== '' && (
            <p class="app-opd">
              <span class="muted">{t('opdLabel')}: </span>
              <span data-testid="app-opd">{entry.opd}</span>
            </p>
          )}
        </>
      )}
      <p class="status-line">
        <span class="muted">{t('registryStatusLabel')}: </span>
        <StatusPill status={entry === null ? 'unregistered' : entry.status} testId="registry-status" />
        {record !== null && record.visits === 0 && (
          <span class="muted small" data-testid="seen-by-sweep">
            {' '}
            · {t('seenBySweep')}
          </span>
        )}
      </p>
      <h3>{t('findingsHeading')}</h3>
      <FindingList findings={findings} />
      {/* The findings and what to do come first; how they were found folds below (a 600 px popup). */}
      <details class="site-details" data-testid="site-details">
        <summary>{t('siteDetailsHeading')}</summary>
        {record === null ? (
          <p class="muted" data-testid="never-visited">
            {t('neverVisited')}
          </p>
        ) : (
          <VisitFacts record={record} now={now} />
        )}
        <h3>{t('inspectionHeading')}</h3>
        <FoldedInspectionFacts inspection={card.inspection} now={now} reinspect={reinspect} />
      </details>
    </div>
  );
}
