// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteCard } from '../../../../components/popup/SiteCard';
import { badgeFor } from '../../../../utils/findings/badge';
import { computeFindings, FINDINGS } from '../../../../utils/findings/findings';
import type { HostRecord } from '../../../../utils/visits/host-record';
import type { SiteCard as SiteCardData } from '../../../../utils/messaging/views';
import type { RegistryEntry } from '../../../../utils/registry/schema';
import { formatDateTime } from '../../../../utils/text/time-ago';
import { inspection } from '../../inspection/support';
import { entry, NOW, record, renderIn } from '../helpers';

afterEach(cleanup);

/** A card exactly as the background builds it (utils/background/site-view-service.ts cardFor). */
function cityCard(host: string, registryEntry: RegistryEntry | null, hostRecord: HostRecord | null): SiteCardData {
  return {
    kind: 'city',
    host,
    entry: registryEntry,
    record: hostRecord,
    findings: computeFindings(registryEntry, hostRecord),
    badge: badgeFor(host, registryEntry, hostRecord),
  };
}

describe('SiteCard', () => {
  it('shows a registered, active app with its unit, status, visits and relative times', () => {
    renderIn(<SiteCard card={cityCard('lontaraplus.makassarkota.go.id', entry(), record())} now={NOW} />);
    expect(screen.getByTestId('site-host').textContent).toBe('lontaraplus.makassarkota.go.id');
    expect(screen.getByTestId('app-name').textContent).toContain('Lontara+');
    expect(screen.getByTestId('app-opd').textContent).toBe('Dinas Komunikasi dan Informatika');
    const status = screen.getByTestId('registry-status');
    expect(status.textContent).toBe('Aktif');
    expect(status.dataset.status).toBe('aktif');
    expect(screen.getByTestId('visits').textContent).toBe('12');
    const lastSeen = screen.getByTestId('last-seen');
    expect(lastSeen.textContent).toBe('3 hari yang lalu');
    expect(lastSeen.getAttribute('title')).toBe(formatDateTime(NOW - 3 * 24 * 3600_000, 'id'));
    expect(screen.getByTestId('first-seen').textContent).toBe('1 minggu yang lalu');
    expect(screen.getByTestId('last-outcome').textContent).toBe('Berhasil dimuat');
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
    expect(screen.getByTestId('no-findings')).toBeTruthy();
  });

  it('writes a large visit count the language\'s way', () => {
    const card = cityCard('lontaraplus.makassarkota.go.id', entry(), record({ visits: 12_345 }));
    renderIn(<SiteCard card={card} now={NOW} />);
    expect(screen.getByTestId('visits').textContent).toBe('12.345');
    cleanup();
    renderIn(<SiteCard card={card} now={NOW} />, 'en');
    expect(screen.getByTestId('visits').textContent).toBe('12,345');
  });

  it('marks an unregistered city host and lists the finding with its severity', () => {
    const host = 'baru.makassarkota.go.id';
    renderIn(<SiteCard card={cityCard(host, null, record({ host }))} now={NOW} />);
    expect(screen.queryByTestId('app-name')).toBeNull();
    const status = screen.getByTestId('registry-status');
    expect(status.textContent).toBe('Belum terdaftar');
    expect(status.dataset.status).toBe('unregistered');
    const [finding, ...rest] = screen.getAllByTestId('finding');
    expect(rest).toHaveLength(0);
    expect(finding!.dataset.code).toBe('unregistered');
    expect(finding!.textContent).toContain('Tinggi');
    expect(finding!.textContent).toContain(FINDINGS.unregistered.id);
  });

  it('shows a failed last visit with its network error and the unreachable finding, explained', () => {
    const failed = record({ lastOutcome: 'error', lastError: 'net::ERR_NAME_NOT_RESOLVED' });
    renderIn(<SiteCard card={cityCard('lontaraplus.makassarkota.go.id', entry({ status: 'tidak-diketahui' }), failed)} now={NOW} />);
    expect(screen.getByTestId('last-outcome').textContent).toBe('Gagal: nama host tidak ditemukan net::ERR_NAME_NOT_RESOLVED');
    const codes = screen.getAllByTestId('finding').map((element) => element.dataset.code);
    expect(codes).toEqual(['unreachable']);
    expect(screen.getByTestId('finding-advice').textContent).toContain('DNS');
    expect(screen.queryByTestId('active-down-alert')).toBeNull();
  });

  it('puts an alert above everything when a registered active app is down', () => {
    const failed = record({ lastOutcome: 'error', lastError: 'net::ERR_CONNECTION_REFUSED' });
    renderIn(<SiteCard card={cityCard('lontaraplus.makassarkota.go.id', entry(), failed)} now={NOW} />);
    const alert = screen.getByTestId('active-down-alert');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('Aplikasi AKTIF ini tidak berfungsi: tidak dapat dibuka');
    expect(screen.getByTestId('site-card').firstElementChild).toBe(alert);
    expect(screen.getByTestId('site-card').dataset.tone).toBe('critical');
    expect(screen.getAllByTestId('finding').map((element) => element.dataset.code)).toEqual(['registry-active-down', 'unreachable']);
  });

  it('says when the tab is not a city site', () => {
    renderIn(<SiteCard card={{ kind: 'not-city' }} now={NOW} />);
    expect(screen.getByTestId('not-city').textContent).toBe('Bukan situs Pemkot Makassar');
    expect(screen.getByTestId('site-card').textContent).toContain('makassarkota.go.id');
    expect(screen.queryByTestId('site-host')).toBeNull();
  });

  it('says when a city host has no recorded visit yet', () => {
    renderIn(<SiteCard card={cityCard('lontaraplus.makassarkota.go.id', entry({ status: 'tidak-diketahui' }), null)} now={NOW} />);
    expect(screen.getByTestId('never-visited').textContent).toBe('Belum ada kunjungan yang tercatat ke host ini.');
    expect(screen.queryByTestId('visits')).toBeNull();
    expect(screen.getByTestId('registry-status').textContent).toBe('Belum diketahui');
  });

  it('renders a hostile page title as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = renderIn(
      <SiteCard card={cityCard('lontaraplus.makassarkota.go.id', entry({ name: hostile }), record({ lastTitle: hostile }))} now={NOW} />,
    );
    expect(screen.getByTestId('page-title').textContent).toBe(hostile);
    expect(screen.getByTestId('app-name').textContent).toContain(hostile);
    expect(container.querySelector('img')).toBeNull();
  });

  it('speaks English when the browser does', () => {
    const card = cityCard('lontaraplus.makassarkota.go.id', entry({ status: 'pengembangan' }), record());
    renderIn(<SiteCard card={card} now={NOW} />, 'en');
    expect(screen.getByTestId('registry-status').textContent).toBe('In development');
    expect(screen.getByTestId('last-seen').textContent).toBe('3 days ago');
    const finding = screen.getByTestId('finding');
    expect(finding.textContent).toContain('Medium');
    expect(finding.textContent).toContain(FINDINGS['registry-not-active'].en);
  });

  it('fills the fold with the inspection facts once their module has loaded, after the card itself', async () => {
    const card = { ...cityCard('lontaraplus.makassarkota.go.id', entry(), record()), inspection: inspection({ software: [{ name: 'WordPress', version: '6.4.2' }] }) };
    renderIn(<SiteCard card={card} now={NOW} />);
    // The card and the visit facts are there at once; the folded inspection facts follow.
    expect(screen.getByTestId('site-host').textContent).toBe('lontaraplus.makassarkota.go.id');
    expect(screen.getByTestId('visits').textContent).toBe('12');
    const fold = screen.getByTestId('site-details');
    expect(within(fold).queryByTestId('inspection')).toBeNull();
    expect(within(fold).getByTestId('loading')).toBeTruthy();
    expect((await within(fold).findByTestId('inspection-software')).textContent).toBe('WordPress 6.4.2');
    expect(within(fold).queryByTestId('loading')).toBeNull();
  });
});
