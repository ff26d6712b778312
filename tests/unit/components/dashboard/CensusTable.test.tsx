// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CensusTable, PAGE_SIZE } from '../../../../components/dashboard/CensusTable';
import { buildCensus } from '../../../../utils/rekap/census';
import { mergeExports } from '../../../../utils/rekap/merge-exports';
import { DOMAINS, exportOf, host, TEST_INDEX } from '../../rekap/fixtures';
import { renderIn } from '../helpers';

afterEach(cleanup);

const NOW = Date.parse('2025-07-01T00:00:00.000Z');
// 250 unregistered stand-in hosts plus the test registry's five entries: three pages.
const many = exportOf(
  'Andi',
  '2025-06-30T00:00:00.000Z',
  Array.from({ length: 250 }, (_, i) =>
    host(`contoh-${String(i).padStart(3, '0')}.makassarkota.go.id`, {
      visits: i,
      lastTitle: i === 7 ? '<img src=x onerror=alert(1)> Kantor Lurah' : `Halaman ${i}`,
      ...(i % 50 === 0 ? { lastOutcome: 'error' as const, lastError: 'net::ERR_TIMED_OUT' } : {}),
    }),
  ),
);
const rows = buildCensus(mergeExports([many], DOMAINS), TEST_INDEX, { recentDays: 90, now: NOW }).rows;
const shownKeys = () => screen.getAllByTestId('census-row').map((row) => row.dataset.key);

describe('CensusTable', () => {
  it('pages a large census, showing one page of rows at a time', () => {
    renderIn(<CensusTable rows={rows} now={NOW} />);
    expect(screen.getAllByTestId('census-row')).toHaveLength(PAGE_SIZE);
    expect(screen.getByTestId('table-count').textContent).toBe('255 dari 255 baris');
    expect(screen.getByTestId('page-of').textContent).toBe('Halaman 1 dari 3');
    fireEvent.click(screen.getByTestId('page-next'));
    fireEvent.click(screen.getByTestId('page-next'));
    expect(screen.getAllByTestId('census-row')).toHaveLength(55);
    expect((screen.getByTestId('page-next') as HTMLButtonElement).disabled).toBe(true);
  });

  it('writes visit counts the language\'s way', () => {
    const busy = buildCensus(mergeExports([exportOf('Andi', '2025-06-30T00:00:00.000Z', [host('contoh-ramai.makassarkota.go.id', { visits: 12_345 })])], DOMAINS), TEST_INDEX, { recentDays: 90, now: NOW }).rows;
    const visitsCell = () => screen.getAllByTestId('census-row').find((row) => row.dataset.key === 'contoh-ramai.makassarkota.go.id')!.querySelector('td.num')!.textContent;
    renderIn(<CensusTable rows={busy} now={NOW} />);
    expect(visitsCell()).toBe('12.345');
    cleanup();
    renderIn(<CensusTable rows={busy} now={NOW} />, 'en');
    expect(visitsCell()).toBe('12,345');
  });

  it('searches as you type, back on page one, including page titles', () => {
    renderIn(<CensusTable rows={rows} now={NOW} />);
    fireEvent.click(screen.getByTestId('page-next'));
    fireEvent.input(screen.getByTestId('filter-query'), { target: { value: 'kantor lurah' } });
    expect(shownKeys()).toEqual(['contoh-007.makassarkota.go.id']);
    // The hostile title is text in an attribute, never markup.
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByTestId('page-of')).toBeNull();
    fireEvent.click(screen.getByTestId('filter-reset'));
    expect(screen.getByTestId('table-count').dataset.shown).toBe('255');
  });

  it('filters with the drop-downs and says when nothing matches', () => {
    renderIn(<CensusTable rows={rows} now={NOW} />);
    fireEvent.change(screen.getByTestId('filter-state'), { target: { value: 'down' } });
    expect(shownKeys()).toHaveLength(5);
    fireEvent.change(screen.getByTestId('filter-seen'), { target: { value: 'unseen' } });
    expect(screen.queryAllByTestId('census-row')).toHaveLength(0);
    expect(screen.getByTestId('table-empty').textContent).toBe('Tidak ada baris yang cocok dengan filter.');
    fireEvent.change(screen.getByTestId('filter-state'), { target: { value: '' } });
    // No findings on any of them: ties go by host.
    expect(shownKeys()).toEqual(['entry:contoh-hidup', 'entry:contoh-hilang', 'entry:contoh-lama', 'entry:contoh-mati', 'entry:contoh-usang']);
  });

  it('can pick the entries whose OPD is unknown, apart from "all"', () => {
    renderIn(<CensusTable rows={rows} now={NOW} />);
    const select = screen.getByTestId('filter-opd') as HTMLSelectElement;
    const unknown = [...select.options].find((option) => option.textContent === '(OPD tidak diketahui)')!;
    fireEvent.change(select, { target: { value: unknown.value } });
    expect(shownKeys()).toEqual(['entry:contoh-hilang']);
    expect(select.value).toBe(unknown.value);
  });

  it('sorts by a column, and the other way on a second click', () => {
    renderIn(<CensusTable rows={rows} now={NOW} />, 'en');
    fireEvent.click(screen.getByTestId('sort-visits'));
    expect(shownKeys()[0]).toBe('contoh-249.makassarkota.go.id');
    expect(screen.getByTestId('sort-visits').closest('th')?.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(screen.getByTestId('sort-visits'));
    expect(screen.getByTestId('sort-visits').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    // 0 visits: contoh-000 and the never-seen entries, ties by host.
    expect(shownKeys().slice(0, 2)).toEqual(['contoh-000.makassarkota.go.id', 'entry:contoh-hidup']);
    expect(screen.getByRole('button', { name: 'Sort by Visits' })).toBeTruthy();
  });
});
