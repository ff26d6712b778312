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
import type { RekapFinding } from '../../utils/rekap/rekap-types';
import { FINDINGS, findingLabel, type FindingCode } from '../../utils/findings/finding-definitions';
import { findingMessage } from '../../utils/findings/findings';
import { useI18n } from '../common/I18n';
import { RelativeTime } from '../common/RelativeTime';
import { HostName } from '../common/HostName';
import { StatusPill } from '../popup/StatusPill';
import { CensusFilters } from './CensusFilters';
import { formatNumber } from '../../utils/text/format-number';

/**
 * Rows per page. Paging rather than virtual scrolling keeps the DOM at ~100 rows whatever the
 * census size (5,000 rows filter in a few milliseconds, bench/rekap.ts), prints as it looks, and
 * needs no measuring of row heights.
 */
export const PAGE_SIZE = 100;

const FINDING_CODES: ReadonlySet<string> = new Set(Object.keys(FINDINGS));

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

/**
 * A finding as a word; its message opens under it (a disclosure: keyboard and touch reach it, no
 * tooltip), with the stable code as the detail.
 */
function FindingChip({ finding }: { finding: RekapFinding }) {
  const { lang } = useI18n();
  return (
    <details class={`chip chip--${finding.severity}`} data-testid="finding-chip" data-code={finding.code}>
      <summary>{findingLabel(finding.code, lang)}</summary>
      <p class="small">
        {FINDING_CODES.has(finding.code) ? findingMessage(finding.code as FindingCode, lang, finding.detail) : finding.message}{' '}
        <code class="muted">{finding.code}</code>
      </p>
    </details>
  );
}

function Row({ row, now, onReport }: { row: CensusRow; now: number; onReport?: ReportHandler }) {
  const { t, lang } = useI18n();
  const reportable = onReport !== undefined && row.status === 'unregistered' && row.merged !== null;
  const hosts = row.merged === null ? (row.entry?.hosts ?? [row.host]) : [row.host];
  const title = row.merged?.lastTitle ?? null;
  return (
    <tr data-testid="census-row" data-key={row.key} data-state={row.state} data-seen-by={row.seenBy.join(' ')}>
      <td class="cell-app">
        {row.entry?.name ??
          (reportable ? (
            <button type="button" class="link-button" data-testid="report-row" onClick={() => onReport(row.host, row.merged?.lastTitle ?? null)}>
              {t('reportApp')}
            </button>
          ) : (
            <span class="muted">—</span>
          ))}
      </td>
      <td class="cell-host">
        {hosts.map((host) => (
          <div key={host}>
            <HostName host={host} />
          </div>
        ))}
        {/* Page titles are hostile text: rendered as a text node, never as HTML. */}
        {title !== null && title !== '' && <div class="muted small page-title">{title}</div>}
      </td>
      <td class="cell-opd">{row.entry?.opd || <span class="muted">—</span>}</td>
      <td>
        <StatusPill status={row.status} />
      </td>
      <td class="cell-state">
        <span class={`state state--${row.state}`}>{stateText(row.state, t)}</span>
        {row.visits === 0 && row.seenBy.includes('sweep') && (
          <div class="muted small" data-testid="seen-by-sweep">
            {t('seenBySweep')}
          </div>
        )}
      </td>
      <td>{row.lastSeen === null ? <span class="muted">—</span> : <RelativeTime time={row.lastSeen} now={now} />}</td>
      <td class="num">{formatNumber(row.visits, lang)}</td>
      <td class="cell-findings">
        {row.findings.map((finding) => (
          <FindingChip key={finding.code} finding={finding} />
        ))}
      </td>
    </tr>
  );
}

/** Every registry entry and every host seen: sortable, filterable, searchable, paged. */
export function CensusTable({ rows, now, onReport }: { rows: readonly CensusRow[]; now: number; onReport?: ReportHandler }) {
  const { t, lang } = useI18n();
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
          {t('tableCount', [formatNumber(shown.length, lang), formatNumber(rows.length, lang)])}
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
