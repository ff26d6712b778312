import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../utils/text/i18n';
import type { Census } from '../../utils/rekap/census';
import { reviewReasonText, stateText } from '../../utils/rekap/rekap-text';
import { useI18n } from '../common/I18n';
import { StatusPill } from '../popup/StatusPill';
import { formatNumber } from '../../utils/text/format-number';

/** Items shown per list; the rest are counted and are in the downloads. */
export const MAX_LIST_ITEMS = 50;

function ActionList({ id, title, hint, count, children }: { id: string; title: MessageKey; hint: MessageKey; count: number; children: ComponentChildren[] }) {
  const { t, lang } = useI18n();
  return (
    <section class="action-list" aria-labelledby={`${id}-heading`} data-testid={id} data-count={count}>
      <h3 id={`${id}-heading`} class="subheading">
        {t(title)} ({formatNumber(count, lang)})
      </h3>
      <p class="muted small">{t(hint)}</p>
      {count === 0 ? (
        <p class="muted">{t('listEmpty')}</p>
      ) : (
        <ul>
          {children.slice(0, MAX_LIST_ITEMS)}
          {count > MAX_LIST_ITEMS && <li class="muted">{t('listMore', formatNumber(count - MAX_LIST_ITEMS, lang))}</li>}
        </ul>
      )}
    </section>
  );
}

/** The three lists an auditor acts on: candidates to add, to review, and never seen. */
export function ActionLists({ census }: { census: Census }) {
  const { t, lang } = useI18n();
  return (
    <div class="action-lists">
      <ActionList id="list-add" title={'listAdd'} hint={'listAddHint'} count={census.toAdd.length}>
        {census.toAdd.map((row) => (
          <li key={row.key} data-host={row.host}>
            <strong>{row.host}</strong>
            {row.merged?.lastTitle && <span class="muted"> — {row.merged.lastTitle}</span>}
            <span class="muted small"> · {t('visits')}: {formatNumber(row.visits, lang)}</span>
          </li>
        ))}
      </ActionList>
      <ActionList id="list-review" title={'listReview'} hint={'listReviewHint'} count={census.toReview.length}>
        {census.toReview.map((item) => (
          <li key={item.entry.id} data-entry-id={item.entry.id}>
            <strong>{item.entry.name}</strong> <StatusPill status={item.entry.status} />
            <div class="small">
              {item.reasons.map((reason) => reviewReasonText(reason, t)).join('; ')}
              {' · '}
              {item.rows.map((row) => `${row.host} (${stateText(row.state, t)})`).join(', ')}
            </div>
          </li>
        ))}
      </ActionList>
      <ActionList id="list-never" title={'listNeverSeen'} hint={'listNeverSeenHint'} count={census.neverSeen.length}>
        {census.neverSeen.map((entry) => (
          <li key={entry.id} data-entry-id={entry.id}>
            <strong>{entry.name}</strong> <span class="muted small">{entry.hosts.join(', ')}</span>
            {entry.opd !== '' && <div class="muted small">{entry.opd}</div>}
          </li>
        ))}
      </ActionList>
    </div>
  );
}
