import { useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/text/i18n';
import type { CensusRow } from '../../utils/rekap/census';
import {
  EMPTY_FILTER,
  filterChoices,
  filterRows,
  prepareRows,
  sortRows,
  type CensusFilter,
  type SortKey,
  type SortOrder,
} from '../../utils/rekap/census-filter';
import { stateText } from '../../utils/rekap/rekap-text';
import { useI18n } from '../common/I18n';
import { RelativeTime } from '../common/RelativeTime';
import { StatusPill } from '../popup/StatusPill';
import { CensusFilters } from './CensusFilters';

/**
 * Rows per page. Paging rather than virtual scrolling keeps the DOM at ~100 rows whatever the
 * census size (5,000 rows filter in a few milliseconds, bench/rekap.ts), prints as it looks, and
 * needs no measuring of row heights.
 */
export const PAGE_SIZE = 100;

const COLUMNS: ReadonlyArray<[SortKey, MessageKey]> = [
  ['app', 'colApp'],
  ['host', 'colHost'],
  ['opd', 'opdLabel'],
  ['status', 'registryStatusLabel'],
  ['state', 'colState'],
  ['lastSeen', 'lastSeen'],
  ['visits', 'visits'],
  ['findings', 'findingsHeading'],
];

/** Opens "Laporkan aplikasi" for an unregistered host seen (with its last page title, if any). */
export type ReportHandler = (host: string, title: string | null) => void;

function Row({ row, now, onReport }: { row: CensusRow; now: number; onReport?: ReportHandler }) {
  const { t } = useI18n();
  const reportable = onReport !== undefined && row.status === 'unregistered' && row.merged !== null;
  return (
    <tr data-testid="census-row" data-key={row.key} data-state={row.state}>
      <td>
        {row.entry?.name ??
          (reportable ? (
            <button type="button" class="link-button" data-testid="report-row" onClick={() => onReport(row.host, row.merged?.lastTitle ?? null)}>
              {t('reportApp')}
            </button>
          ) : (
            <span class="muted">—</span>
          ))}
      </td>
      {/* Page titles are hostile text: shown as a tooltip through a text attribute, never as HTML. */}
      <td class="cell-host" title={row.merged?.lastTitle ?? undefined}>
        {row.host}
      </td>
      <td>{row.entry?.opd || <span class="muted">—</span>}</td>
      <td>
        <StatusPill status={row.status} />
      </td>
      <td>
        <span class={`state state--${row.state}`}>{stateText(row.state, t)}</span>
      </td>
      <td>{row.lastSeen === null ? <span class="muted">—</span> : <RelativeTime time={row.lastSeen} now={now} />}</td>
      <td class="num">{row.visits}</td>
      <td>
        {row.findings.map((finding) => (
          <span key={finding.code} class={`code code--${finding.severity}`} title={finding.message}>
            {finding.code}
          </span>
        ))}
      </td>
    </tr>
  );
}

/** Every registry entry and every host seen: sortable, filterable, searchable, paged. */
export function CensusTable({ rows, now, onReport }: { rows: readonly CensusRow[]; now: number; onReport?: ReportHandler }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<CensusFilter>(EMPTY_FILTER);
  const [order, setOrder] = useState<SortOrder>({ key: 'findings', descending: true });
  const [page, setPage] = useState(0);
  const prepared = useMemo(() => prepareRows(rows), [rows]);
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const shown = useMemo(() => sortRows(filterRows(prepared, filter), order), [prepared, filter, order]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const slice = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  const changeFilter = (next: CensusFilter) => {
    setFilter(next);
    setPage(0);
  };
  const sortBy = (key: SortKey) => {
    setOrder((previous) => ({ key, descending: previous.key === key ? !previous.descending : key === 'lastSeen' || key === 'visits' || key === 'findings' }));
    setPage(0);
  };

  return (
    <div class="census">
      <CensusFilters filter={filter} opds={choices.opds} findings={choices.findings} onChange={changeFilter} />
      <div class="table-bar">
        <span data-testid="table-count" data-shown={shown.length} data-total={rows.length} role="status">
          {t('tableCount', [String(shown.length), String(rows.length)])}
        </span>
        {filter !== EMPTY_FILTER && (
          <button type="button" class="link-button" data-testid="filter-reset" onClick={() => changeFilter(EMPTY_FILTER)}>
            {t('filterReset')}
          </button>
        )}
      </div>
      <div class="table-scroll">
        <table class="census-table">
          <thead>
            <tr>
              {COLUMNS.map(([key, label]) => (
                <th key={key} scope="col" aria-sort={order.key === key ? (order.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" class="sort" data-testid={`sort-${key}`} aria-label={t('sortBy', t(label))} onClick={() => sortBy(key)}>
                    {t(label)}
                    <span aria-hidden="true">{order.key === key ? (order.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slice.map((row) => (
              <Row key={row.key} row={row} now={now} onReport={onReport} />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && (
        <p class="muted" data-testid="table-empty">
          {t('tableEmpty')}
        </p>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label={t('pageOf', [String(current + 1), String(pages)])}>
          <button type="button" data-testid="page-previous" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('pagePrevious')}
          </button>
          <span data-testid="page-of">{t('pageOf', [String(current + 1), String(pages)])}</span>
          <button type="button" data-testid="page-next" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('pageNext')}
          </button>
        </nav>
      )}
    </div>
  );
}
