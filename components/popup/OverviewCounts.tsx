import type { Overview } from '../../utils/messaging/views';
import { REGISTRY_STATUSES } from '../../utils/registry/registry-vocabulary';
import { useI18n } from '../common/I18n';
import { StatusPill } from './StatusPill';
import { formatNumber } from '../../utils/text/format-number';

/**
 * Registry size by status, and how many city hosts (and unregistered ones) this browser has seen.
 * Each number also sits in `data-value`, so browser tests read it without parsing text.
 */
export function OverviewCounts({ overview }: { overview: Overview }) {
  const { t, lang } = useI18n();
  const n = (value: number) => formatNumber(value, lang);
  return (
    <div class="counts">
      <dl class="count-grid">
        <div class="count">
          <dt>{t('countRegistry')}</dt>
          <dd data-testid="count-registry" data-value={overview.registryEntries}>
            {n(overview.registryEntries)}
          </dd>
        </div>
        <div class="count">
          <dt>{t('countHostsSeen')}</dt>
          <dd data-testid="count-hosts-seen" data-value={overview.hostsSeen}>
            {n(overview.hostsSeen)}
          </dd>
        </div>
        <div class={overview.unregisteredSeen > 0 ? 'count count--alert' : 'count'}>
          <dt>{t('countUnregistered')}</dt>
          <dd data-testid="count-unregistered" data-value={overview.unregisteredSeen}>
            {n(overview.unregisteredSeen)}
          </dd>
        </div>
      </dl>
      <ul class="status-counts">
        {REGISTRY_STATUSES.map((status) => (
          <li key={status}>
            <StatusPill status={status} />
            <span class="status-count" data-testid={`count-status-${status}`} data-value={overview.registryByStatus[status]}>
              {n(overview.registryByStatus[status])}
            </span>
          </li>
        ))}
      </ul>
      <p class="muted small">{t('registryVersion', overview.registryVersion)}</p>
    </div>
  );
}
