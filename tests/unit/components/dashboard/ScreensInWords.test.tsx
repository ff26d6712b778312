// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CensusTable } from '../../../../components/dashboard/CensusTable';
import { axisTicks, OpdChart } from '../../../../components/dashboard/OpdChart';
import { SummaryMeters } from '../../../../components/dashboard/SummaryMeters';
import { ImportProblems } from '../../../../components/registry/ImportNotices';
import { formatNumber } from '../../../../utils/text/format-number';
import { buildCensus } from '../../../../utils/rekap/census';
import { mergeExports } from '../../../../utils/rekap/merge-exports';
import { DOMAINS, exportOf, host, inspectionOf, TEST_INDEX } from '../../rekap/fixtures';
import { renderIn } from '../helpers';

afterEach(cleanup);

const NOW = Date.parse('2025-07-01T00:00:00.000Z');
const data = exportOf('Andi', '2025-06-30T00:00:00.000Z', [
  host('contoh-liar.makassarkota.go.id', { inspection: inspectionOf({ https: false, status: 500 }) }),
  host('contoh-hidup.makassarkota.go.id', {
    visits: 0,
    firstSeen: '2025-06-29T00:00:00.000Z',
    lastSeen: '2025-06-29T00:00:00.000Z',
    seenBy: ['sweep'],
    inspection: inspectionOf({ source: 'sweep', status: 200, checkedAt: '2025-06-29T00:00:00.000Z' }),
  }),
]);
const census = buildCensus(mergeExports([data], DOMAINS), TEST_INDEX, { recentDays: 90, now: NOW });

describe('the census table in words', () => {
  it('shows findings as words with the message and code one tap away, never only in a tooltip', () => {
    renderIn(<CensusTable rows={census.rows} now={NOW} />);
    const row = screen.getAllByTestId('census-row').find((r) => r.dataset.key === 'contoh-liar.makassarkota.go.id')!;
    const chips = within(row).getAllByTestId('finding-chip');
    const noHttps = chips.find((chip) => chip.dataset.code === 'no-https')!;
    expect(noHttps.tagName).toBe('DETAILS');
    expect(noHttps.querySelector('summary')?.textContent).toBe('Tanpa HTTPS');
    expect(noHttps.querySelector('p')?.textContent).toMatch(/^Halaman ini dilayani lewat HTTP biasa.* no-https$/);
    // Only the exact time of a relative "3 hari lalu" stays a tooltip; no finding text does.
    expect(row.querySelector('[title]:not(time)')).toBeNull();
  });

  it('offers findings as words in the filter, and finds rows by those words', () => {
    renderIn(<CensusTable rows={census.rows} now={NOW} />);
    const options = [...(screen.getByTestId('filter-finding') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toContain('Galat HTTP');
    expect(options).not.toContain('http-error');
    fireEvent.input(screen.getByTestId('filter-query'), { target: { value: 'tanpa https' } });
    expect(screen.getAllByTestId('census-row').map((r) => r.dataset.key)).toEqual(['contoh-liar.makassarkota.go.id']);
  });

  it('labels a host seen only by the sweep', () => {
    renderIn(<CensusTable rows={census.rows} now={NOW} />, 'en');
    const row = screen.getAllByTestId('census-row').find((r) => r.dataset.key === 'contoh-hidup.makassarkota.go.id')!;
    expect(row.dataset.state).toBe('live');
    expect(within(row).getByTestId('seen-by-sweep').textContent).toBe('seen by Check all');
  });
});

describe('the overview as pictures', () => {
  it('draws one bar per ratio with its numbers and a sentence for screen readers', () => {
    renderIn(<SummaryMeters summary={census.summary} />);
    const alive = screen.getByTestId('meter-alive');
    expect(alive.dataset.value).toBe('1');
    expect(alive.dataset.of).toBe(String(census.summary.registryEntries));
    expect(alive.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(`1 dari ${census.summary.registryEntries} aplikasi: Hidup (90 hari), 20%`);
    expect((alive.querySelector('.meter-fill') as HTMLElement).style.width).toBe('20%');
  });

  it('gives the per-OPD chart an axis with round ticks', () => {
    expect(axisTicks(1)).toEqual([0, 1]);
    expect(axisTicks(13)).toEqual([0, 5, 10, 15]);
    expect(axisTicks(41)).toEqual([0, 10, 20, 30, 40, 50]);
    renderIn(<OpdChart counts={census.perOpd} />);
    expect(screen.getByTestId('opd-axis').textContent).toContain('Jumlah aplikasi terdaftar');
  });

  it('writes numbers with the locale’s decimal comma', () => {
    expect(formatNumber(12.5, 'id', 1)).toBe('12,5');
    expect(formatNumber(1234, 'id')).toBe('1.234');
    expect(formatNumber(12.5, 'en', 1)).toBe('12.5');
  });
});

describe('registry import problems in words', () => {
  it('names the registry field in words, with the column as the file wrote it', () => {
    renderIn(
      <ImportProblems problems={[{ reason: 'no-host', row: 3, field: 'hosts', column: 'URL', message: { id: 'host tidak sah', en: 'invalid host' } }]} />,
    );
    expect(screen.getByTestId('import-problem').textContent).toBe('3Host (alamat situs) (kolom "URL" di berkas)host tidak sah');
  });
});

describe('the popup card after a sweep', () => {
  it('says a host was seen and inspected by the sweep', async () => {
    const { SiteCard } = await import('../../../../components/popup/SiteCard');
    renderIn(
      <SiteCard
        now={NOW}
        card={{
          kind: 'city',
          host: 'contoh-hidup.makassarkota.go.id',
          entry: null,
          record: { host: 'contoh-hidup.makassarkota.go.id', firstSeen: NOW - 1000, lastSeen: NOW - 1000, visits: 0, lastUrl: null, lastTitle: null, lastOutcome: 'ok', lastError: null, days: {} },
          findings: [],
          badge: { text: '', tone: 'green', title: '' } as never,
          inspection: {
            checkedAt: NOW - 1000, status: 200, error: null, finalUrl: 'https://contoh-hidup.makassarkota.go.id/', redirects: [], https: true, hsts: true, server: null, poweredBy: null,
            lastModified: null, software: [], title: null, generators: [], lang: null, placeholder: null, passwordField: null, passwordOverHttp: null, newestDate: null,
            copyrightYear: null, pageCheckedAt: null, scanMs: null, source: 'sweep',
          },
        }}
      />,
    );
    expect(screen.getByTestId('seen-by-sweep').textContent).toContain('terlihat lewat Periksa semua');
    // The folded inspection facts load after the card (components/popup/FoldedInspectionFacts.tsx).
    expect((await screen.findByTestId('inspection-by-sweep')).textContent).toContain('oleh Periksa semua');
    // The findings come before the folded details.
    const card = screen.getByTestId('site-card');
    const order = [...card.querySelectorAll('[data-testid="no-findings"], [data-testid="site-details"]')].map((el) => el.getAttribute('data-testid'));
    expect(order).toEqual(['no-findings', 'site-details']);
  });
});
