// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingList } from '../../../../components/popup/FindingList';
import { InspectionFacts } from '../../../../components/popup/InspectionFacts';
import { SiteCard } from '../../../../components/popup/SiteCard';
import { badgeFor } from '../../../../utils/findings/badge';
import { computeFindings } from '../../../../utils/findings/findings';
import { inspection } from '../../inspection/support';
import { entry, NOW, record, renderIn } from '../helpers';

afterEach(cleanup);

describe('InspectionFacts', () => {
  it('shows status, final address with redirects, HTTPS/HSTS, server, software, dates and the scan cost', () => {
    renderIn(
      <InspectionFacts
        now={NOW}
        inspection={inspection({
          checkedAt: NOW - 2 * 3600_000,
          redirects: [{ url: 'http://x.makassarkota.go.id/', status: 301 }],
          hsts: false,
          server: 'Apache/2.4.41 (Ubuntu)',
          poweredBy: 'PHP/7.4.3',
          software: [
            { name: 'WordPress', version: '6.4.2' },
            { name: 'jQuery', version: null },
          ],
          newestDate: '2025-11-20',
          copyrightYear: 2025,
          scanMs: 3.25,
        })}
      />,
    );
    expect(screen.getByTestId('inspection-checked').textContent).toBe('2 jam yang lalu');
    expect(screen.getByTestId('inspection-status').textContent).toBe('200');
    expect(screen.getByTestId('inspection-final-url').textContent).toBe('https://x.makassarkota.go.id/ (lewat 1 pengalihan)');
    expect(screen.getByTestId('inspection-https').textContent).toBe('HTTPS: ya · HSTS: tidak');
    expect(screen.getByTestId('inspection-server').textContent).toBe('Apache/2.4.41 (Ubuntu) · PHP/7.4.3');
    expect(screen.getByTestId('inspection-software').textContent).toBe('WordPress 6.4.2, jQuery');
    expect(screen.getByTestId('inspection-newest-date').textContent).toBe('20 Nov 2025');
    expect(screen.getByTestId('inspection-copyright').textContent).toBe('2025');
    expect(screen.getByTestId('inspection-scan-cost').textContent).toBe('Dibaca di halaman dalam 3,3 ms');
    expect(screen.getByTestId('inspection-password').textContent).toBe('tidak');
  });

  it('shows a failed load, a placeholder and a password sent in clear, in English', () => {
    renderIn(<InspectionFacts now={NOW} inspection={inspection({ status: null, error: 'net::ERR_CERT_AUTHORITY_INVALID', https: true, hsts: null })} />, 'en');
    expect(screen.getByTestId('inspection-status').textContent).toBe('Failed to load: invalid HTTPS certificate net::ERR_CERT_AUTHORITY_INVALID');
    expect(screen.getByTestId('inspection-https').textContent).toBe('HTTPS: yes · HSTS: unknown');
    cleanup();
    renderIn(<InspectionFacts now={NOW} inspection={inspection({ placeholder: 'directory-listing', passwordField: true, passwordOverHttp: true, newestDate: null })} />, 'en');
    expect(screen.getByTestId('inspection-placeholder').textContent).toBe('a directory listing');
    expect(screen.getByTestId('inspection-password').textContent).toBe('yes, sent unencrypted');
    expect(screen.getByTestId('inspection-newest-date').textContent).toBe('no date on the page');
  });

  it('says when the page itself was read, apart from the latest response, and offers “Periksa ulang”', async () => {
    let finish: (done: boolean) => void = () => {};
    const reinspect = () => new Promise<boolean>((resolve) => (finish = resolve));
    renderIn(<InspectionFacts now={NOW} inspection={inspection({ checkedAt: NOW - 60_000, pageCheckedAt: NOW - 3 * 3600_000 })} reinspect={reinspect} />);
    expect(screen.getByTestId('inspection-page-read').textContent).toContain('3 jam');
    const button = screen.getByTestId('reinspect') as HTMLButtonElement;
    expect(button.textContent).toBe('Periksa ulang');
    button.click();
    await screen.findByText('Memeriksa…');
    expect(button.disabled).toBe(true);
    finish(false);
    expect((await screen.findByTestId('reinspect-failed')).textContent).toContain('tidak dapat diperiksa ulang');
  });

  it('says when nothing was inspected yet', () => {
    renderIn(<InspectionFacts now={NOW} inspection={null} />);
    expect(screen.getByTestId('inspection-none').textContent).toContain('Belum diperiksa');
  });

  it('renders hostile page text as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = renderIn(<InspectionFacts now={NOW} inspection={inspection({ server: hostile, finalUrl: `https://x.makassarkota.go.id/${hostile}` })} />);
    expect(screen.getByTestId('inspection-server').textContent).toBe(hostile);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('findings in the popup', () => {
  it('explain themselves and say what to do, specific to the error', () => {
    renderIn(
      <FindingList
        findings={[
          { code: 'unreachable', severity: 'high', detail: 'net::ERR_CERT_AUTHORITY_INVALID' },
          { code: 'http-error', severity: 'high', detail: '404' },
        ]}
      />,
    );
    const [unreachable, httpError] = screen.getAllByTestId('finding');
    expect(unreachable!.textContent).toContain('Sertifikat HTTPS situs ini tidak sah');
    expect(httpError!.textContent).toContain('Server menjawab dengan status galat HTTP: HTTP 404');
    expect(screen.getAllByTestId('finding-advice')[1]!.textContent).toMatch(/^Yang perlu dilakukan: Status 4xx/);
  });

  it('show the inspection and an active app that is a placeholder in the site card', async () => {
    const view = inspection({ placeholder: 'suspended' });
    const e = entry();
    const r = record();
    const findings = computeFindings(e, r, view);
    renderIn(
      <SiteCard
        now={NOW}
        card={{ kind: 'city', host: 'lontaraplus.makassarkota.go.id', entry: e, record: r, inspection: view, findings, badge: badgeFor('lontaraplus.makassarkota.go.id', e, r, findings) }}
      />,
    );
    expect(screen.getByTestId('active-down-alert').textContent).toBe('Aplikasi AKTIF ini tidak berfungsi: hanya halaman pengganti');
    // The facts in the fold load after the card (FoldedInspectionFacts).
    expect((await screen.findByTestId('inspection-placeholder')).dataset.kind).toBe('suspended');
    expect(screen.getAllByTestId('finding')[0]!.className).toContain('finding--critical');
  });
});
