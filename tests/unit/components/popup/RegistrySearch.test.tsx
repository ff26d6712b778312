// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lastSeenByEntry, MAX_SHOWN_RESULTS, RegistrySearch } from '../../../../components/popup/RegistrySearch';
import { createRegistryIndex } from '../../../../utils/registry/registry-index';
import type { RegistryEntry } from '../../../../utils/registry/schema';
import { DAY, entry, NOW, record, renderIn } from '../helpers';

afterEach(cleanup);

const ENTRIES: RegistryEntry[] = [
  entry(),
  entry({
    id: 'sipakamase',
    name: 'Sipakamase',
    abbreviation: 'SPKM',
    hosts: ['sipakamase.makassarkota.go.id'],
    opd: 'Dinas Kependudukan dan Pencatatan Sipil',
    status: 'tidak-diketahui',
  }),
  entry({
    id: 'kecamatan-mariso',
    name: 'Situs Kecamatan Mariso',
    hosts: ['mariso.makassarkota.go.id', 'www.mariso.makassarkota.go.id', 'kec-mariso.makassarkota.go.id'],
    opd: 'Kecamatan Mariso',
    unitKind: 'kecamatan',
    category: 'unit-profile',
    status: 'pengembangan',
  }),
  entry({
    id: 'museum',
    name: 'Virtual Muséum Makassar',
    hosts: ['museum.makassarkota.go.id'],
    opd: 'Dinas Kebudayaan',
    status: 'tidak-aktif',
  }),
];

function indexOf(entries: RegistryEntry[]) {
  return createRegistryIndex(
    {
      format: 'pantau.registry',
      version: '2025.09.24',
      domains: ['makassarkota.go.id'],
      generatedAt: '2025-09-24T00:00:00.000Z',
      entries,
    },
    ['makassarkota.go.id'],
  );
}

function type(text: string) {
  fireEvent.input(screen.getByTestId('search-input'), { target: { value: text } });
}

describe('RegistrySearch', () => {
  it('shows results as soon as a character is typed, with no waiting', () => {
    renderIn(<RegistrySearch index={indexOf(ENTRIES)} records={[]} now={NOW} />);
    expect(screen.queryAllByTestId('search-result')).toHaveLength(0);
    type('sipa');
    const results = screen.getAllByTestId('search-result');
    expect(results.map((result) => result.dataset.entryId)).toEqual(['sipakamase']);
    expect(results[0]!.textContent).toContain('sipakamase.makassarkota.go.id');
    expect(results[0]!.textContent).toContain('Dinas Kependudukan dan Pencatatan Sipil');
    expect(results[0]!.textContent).toContain('Belum diketahui');
  });

  it('ignores case and accents, in the query and in the registry', () => {
    renderIn(<RegistrySearch index={indexOf(ENTRIES)} records={[]} now={NOW} />);
    type('MUSEUM');
    expect(screen.getAllByTestId('search-result').map((r) => r.dataset.entryId)).toEqual(['museum']);
    type('kebudáyaan');
    expect(screen.getAllByTestId('search-result').map((r) => r.dataset.entryId)).toEqual(['museum']);
  });

  it('finds entries by abbreviation, unit and host', () => {
    renderIn(<RegistrySearch index={indexOf(ENTRIES)} records={[]} now={NOW} />);
    type('spkm');
    expect(screen.getAllByTestId('search-result').map((r) => r.dataset.entryId)).toEqual(['sipakamase']);
    type('kecamatan mariso');
    expect(screen.getAllByTestId('search-result').map((r) => r.dataset.entryId)).toEqual(['kecamatan-mariso']);
    type('kec-mariso.makassarkota.go.id');
    expect(screen.getAllByTestId('search-result').map((r) => r.dataset.entryId)).toEqual(['kecamatan-mariso']);
  });

  it('shows when each app was last seen, or that it never was', () => {
    const records = [
      record({ host: 'www.sipakamase.makassarkota.go.id', lastSeen: NOW - 5 * DAY }),
      record({ host: 'sipakamase.makassarkota.go.id', lastSeen: NOW - 2 * DAY }),
    ];
    renderIn(<RegistrySearch index={indexOf(ENTRIES)} records={records} now={NOW} />);
    type('si');
    const byId = new Map(screen.getAllByTestId('search-result').map((r) => [r.dataset.entryId, r]));
    expect(byId.get('sipakamase')!.querySelector('[data-testid="search-last-seen"]')!.textContent).toBe(
      'Terakhir dilihat: 2 hari yang lalu',
    );
    expect(byId.get('kecamatan-mariso')!.textContent).toContain('Belum pernah dilihat');
  });

  it('caps the list and says how many more matched', () => {
    const many = Array.from({ length: MAX_SHOWN_RESULTS + 5 }, (_, i) =>
      entry({ id: `kelurahan-${i}`, name: `Kelurahan ${i}`, hosts: [`kel${i}.makassarkota.go.id`], opd: `Kelurahan ${i}` }),
    );
    renderIn(<RegistrySearch index={indexOf(many)} records={null} now={NOW} />);
    type('kelurahan');
    expect(screen.getAllByTestId('search-result')).toHaveLength(MAX_SHOWN_RESULTS);
    expect(screen.getByTestId('search-more').textContent).toContain('…dan 5 lainnya');
  });

  it('says so when nothing matches, and renders the query as text', () => {
    renderIn(<RegistrySearch index={indexOf(ENTRIES)} records={[]} now={NOW} />);
    type('<b>zzz</b>');
    expect(screen.getByTestId('search-empty').textContent).toBe('Tidak ada aplikasi yang cocok dengan “<b>zzz</b>”.');
    expect(screen.getByTestId('search-empty').querySelector('b')).toBeNull();
  });

  it('lists the first two hosts of an app with more, and counts the rest', () => {
    renderIn(<RegistrySearch index={indexOf(ENTRIES)} records={[]} now={NOW} />, 'en');
    type('mariso');
    const result = screen.getByTestId('search-result');
    expect(result.textContent).toContain('+1');
    expect(result.textContent).toContain('Never seen');
  });
});

describe('lastSeenByEntry', () => {
  it('takes the newest visit over all hosts of an entry and skips unregistered hosts', () => {
    const index = indexOf(ENTRIES);
    const seen = lastSeenByEntry(
      [
        record({ host: 'mariso.makassarkota.go.id', lastSeen: 100 }),
        record({ host: 'kec-mariso.makassarkota.go.id', lastSeen: 300 }),
        record({ host: 'unknown.makassarkota.go.id', lastSeen: 500 }),
      ],
      (host) => index.lookup(host),
    );
    expect([...seen]).toEqual([['kecamatan-mariso', 300]]);
  });
});
