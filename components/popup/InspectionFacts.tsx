import { PLACEHOLDER_TEXT } from '../../utils/findings/finding-definitions';
import { softwareLabel } from '../../utils/inspection/software-label';
import type { Inspection } from '../../utils/inspection/types';
import { formatNumber } from '../../utils/text/format-number';
import { netErrorLabel } from '../../utils/visits/net-errors';
import { useState } from 'preact/hooks';
import { useI18n } from '../common/I18n';
import { RelativeTime } from '../common/RelativeTime';

/** A `YYYY-MM-DD` page date in the UI language ("12 Mar 2019"), read as a calendar date (no time zone shift). */
function formatDay(date: string, lang: 'id' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1),
  );
}

/**
 * "Periksa ulang": reads the tab's page again now, whatever the inspect-once period says. Shows
 * progress and a failure; the card refreshes itself when the new facts are stored.
 */
function ReinspectButton({ reinspect }: { reinspect: () => Promise<unknown> }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  return (
    <dd class="wide">
      <button
        type="button"
        class="secondary small"
        data-testid="reinspect"
        disabled={state === 'busy'}
        onClick={() => {
          setState('busy');
          reinspect().then(
            (done) => setState(done === false ? 'failed' : 'idle'),
            () => setState('failed'),
          );
        }}
      >
        {state === 'busy' ? t('inspectionReinspecting') : t('inspectionReinspect')}
      </button>
      {state === 'failed' && (
        <span class="muted small" role="status" data-testid="reinspect-failed">
          {' '}
          {t('inspectionReinspectFailed')}
        </span>
      )}
    </dd>
  );
}

/**
 * What the last load of a host showed: status, HTTPS/HSTS, server and software, placeholder,
 * password field, newest content, when it was checked and when the page itself was read (page
 * facts are read once per period, so they can be older than the response). All page-derived
 * text is rendered as text. `reinspect`, when given, offers "Periksa ulang".
 */
export function InspectionFacts({
  inspection,
  now,
  reinspect,
}: {
  inspection: Inspection | null | undefined;
  now: number;
  reinspect?: () => Promise<unknown>;
}) {
  const { t, lang } = useI18n();
  if (inspection === null || inspection === undefined) {
    return (
      <p class="muted" data-testid="inspection-none">
        {t('inspectionNone')}
      </p>
    );
  }
  const yesNo = (value: boolean | null) => (value === null ? t('valueUnknown') : value ? t('valueYes') : t('valueNo'));
  const server = [inspection.server, inspection.poweredBy].filter((v): v is string => v !== null).join(' · ');
  return (
    <dl class="facts inspection" data-testid="inspection">
      <dt>{t('inspectionCheckedAt')}</dt>
      <dd>
        <RelativeTime time={inspection.checkedAt} now={now} testId="inspection-checked" />
        {inspection.source === 'sweep' && (
          <span class="muted" data-testid="inspection-by-sweep">
            {' '}
            · {t('inspectionBySweep')}
          </span>
        )}
      </dd>
      <dt>{t('inspectionStatus')}</dt>
      <dd data-testid="inspection-status" data-status={inspection.status ?? ''}>
        {inspection.error !== null ? (
          <>
            {t('inspectionLoadFailed', netErrorLabel(inspection.error, lang))} <code class="muted small">{inspection.error}</code>
          </>
        ) : inspection.status === null
            ? t('valueUnknown')
            : String(inspection.status)}
      </dd>
      {inspection.finalUrl !== null && (
        <>
          <dt>{t('inspectionFinalUrl')}</dt>
          <dd class="page-title" data-testid="inspection-final-url">
            {inspection.finalUrl}
            {inspection.redirects.length > 0 && (
              <span class="muted" data-testid="inspection-redirects">
                {' '}
                ({t('inspectionRedirects', String(inspection.redirects.length))})
              </span>
            )}
          </dd>
        </>
      )}
      <dt>{t('inspectionHttpsLabel')}</dt>
      <dd data-testid="inspection-https" data-https={String(inspection.https)} data-hsts={String(inspection.hsts)}>
        {t('inspectionHttpsValue', [yesNo(inspection.https), yesNo(inspection.hsts)])}
      </dd>
      {server !== '' && (
        <>
          <dt>{t('inspectionServer')}</dt>
          <dd class="page-title" data-testid="inspection-server">
            {server}
          </dd>
        </>
      )}
      <dt>{t('inspectionSoftware')}</dt>
      <dd data-testid="inspection-software">
        {inspection.software.length === 0 ? t('inspectionSoftwareNone') : inspection.software.map(softwareLabel).join(', ')}
      </dd>
      {inspection.placeholder !== null && (
        <>
          <dt>{t('inspectionPlaceholder')}</dt>
          <dd data-testid="inspection-placeholder" data-kind={inspection.placeholder}>
            {PLACEHOLDER_TEXT[inspection.placeholder].label[lang]}
          </dd>
        </>
      )}
      {inspection.passwordField !== null && (
        <>
          <dt>{t('inspectionPassword')}</dt>
          <dd data-testid="inspection-password">
            {inspection.passwordOverHttp === true ? t('inspectionPasswordOverHttp') : yesNo(inspection.passwordField)}
          </dd>
        </>
      )}
      {inspection.pageCheckedAt !== null && (
        <>
          <dt>{t('inspectionNewestDate')}</dt>
          <dd data-testid="inspection-newest-date" data-date={inspection.newestDate ?? ''}>
            {inspection.newestDate === null ? t('inspectionNoDate') : formatDay(inspection.newestDate, lang)}
          </dd>
        </>
      )}
      {inspection.copyrightYear !== null && (
        <>
          <dt>{t('inspectionCopyright')}</dt>
          <dd data-testid="inspection-copyright">{inspection.copyrightYear}</dd>
        </>
      )}
      {inspection.pageCheckedAt !== null && (
        <>
          <dt>{t('inspectionPageReadAt')}</dt>
          <dd>
            <RelativeTime time={inspection.pageCheckedAt} now={now} testId="inspection-page-read" />
          </dd>
        </>
      )}
      {reinspect !== undefined && <ReinspectButton reinspect={reinspect} />}
      {inspection.scanMs !== null && (
        <dd class="muted small wide" data-testid="inspection-scan-cost">
          {t('inspectionScanCost', formatNumber(inspection.scanMs, lang, 1))}
        </dd>
      )}
    </dl>
  );
}
