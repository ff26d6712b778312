import { describe, expect, it } from 'vitest';
import { badgeFor, badgeTitle, BADGE_COLORS } from '../../../utils/findings/badge';
import { computeFindings, findingAdvice, findingMessage } from '../../../utils/findings/findings';
import { translators } from '../components/helpers';
import { entry } from '../support/test-registry';
import { hostRecord, inspection, T } from './support';

const known = entry({ id: 'k', hosts: ['x.makassarkota.go.id'], status: 'tidak-diketahui' });
const active = entry({ id: 'a', name: 'Aplikasi Aktif', hosts: ['x.makassarkota.go.id'], status: 'aktif' });
const inactive = entry({ id: 'i', hosts: ['x.makassarkota.go.id'], status: 'tidak-aktif' });
const codes = (...args: Parameters<typeof computeFindings>) => computeFindings(...args).map((f) => (f.detail === undefined ? f.code : `${f.code}:${f.detail}`));

describe('inspection findings', () => {
  it('has nothing to say about a healthy HTTPS page with HSTS and fresh content', () => {
    expect(codes(known, hostRecord(), inspection())).toEqual([]);
  });

  it('flags an HTTP error status, and nothing about the page it showed', () => {
    expect(codes(known, hostRecord(), inspection({ status: 404, placeholder: 'empty', newestDate: '2019-01-01' }))).toEqual(['http-error:404']);
    expect(codes(known, hostRecord(), inspection({ status: 503 }))).toEqual(['http-error:503']);
  });

  it('flags a placeholder with its kind', () => {
    expect(codes(known, hostRecord(), inspection({ placeholder: 'suspended' }))).toEqual(['placeholder:suspended']);
    expect(findingMessage('placeholder', 'id', 'suspended')).toBe('Yang tampil bukan aplikasi, melainkan halaman pengganti: akun hosting ditangguhkan');
    expect(findingMessage('placeholder', 'en', 'directory-listing')).toBe('What loads is not an app but a placeholder page: a directory listing');
    expect(findingAdvice('placeholder', 'en', 'directory-listing')).toContain('Options -Indexes');
  });

  it('flags plain HTTP, logins over HTTP, missing HSTS and exposed versions', () => {
    expect(codes(known, hostRecord(), inspection({ https: false, hsts: null, passwordField: true, passwordOverHttp: true }))).toEqual([
      'login-over-http',
      'no-https',
    ]);
    expect(codes(known, hostRecord(), inspection({ hsts: false }))).toEqual(['no-hsts']);
    expect(codes(known, hostRecord(), inspection({ server: 'Apache/2.4.41 (Ubuntu)', generators: ['WordPress 6.4.2'] }))).toEqual([
      'version-exposed:Server, generator',
    ]);
  });

  it('flags stale content against the threshold, measured from when the page was read', () => {
    expect(codes(known, hostRecord(), inspection({ newestDate: '2025-11-26' }))).toEqual(['stale-content:2025-11-26']);
    expect(codes(known, hostRecord(), inspection({ newestDate: '2025-11-27' }))).toEqual([]);
    expect(codes(known, hostRecord(), inspection({ newestDate: '2026-06-01' }), { staleMonths: 3 })).toEqual(['stale-content:2026-06-01']);
    expect(codes(known, hostRecord(), inspection({ newestDate: null }))).toEqual([]);
    // Read a year ago, the page was fresh then: Pantau does not guess what it looks like now.
    expect(codes(known, hostRecord(), inspection({ newestDate: '2025-10-01', pageCheckedAt: T - 365 * 86_400_000 }))).toEqual([]);
  });

  it('judges no page of a load that failed', () => {
    const failed = hostRecord({ lastOutcome: 'error', lastError: 'net::ERR_CERT_DATE_INVALID' });
    expect(codes(known, failed, inspection({ status: null, error: 'net::ERR_CERT_DATE_INVALID', https: true, hsts: null }))).toEqual([
      'unreachable:net::ERR_CERT_DATE_INVALID',
    ]);
    // The response observer saw the failure even if the visit record did not.
    expect(codes(known, hostRecord(), inspection({ status: null, error: 'net::ERR_CONNECTION_RESET' }))).toEqual(['unreachable:net::ERR_CONNECTION_RESET']);
  });

  it('says registry-not-active only for a page that is really alive', () => {
    expect(codes(inactive, hostRecord(), inspection())).toEqual(['registry-not-active']);
    expect(codes(inactive, hostRecord(), inspection({ status: 301 }))).toEqual([]);
    expect(codes(inactive, hostRecord(), inspection({ status: 500 }))).toEqual(['http-error:500']);
    expect(codes(inactive, hostRecord(), inspection({ placeholder: 'coming-soon' }))).toEqual(['placeholder:coming-soon']);
    // Without an inspection (data from before issue 3) it behaves as it always did.
    expect(codes(inactive, hostRecord())).toEqual(['registry-not-active']);
  });

  it('puts registry-active-down first for an aktif app that fails, errs or is a placeholder', () => {
    expect(codes(active, hostRecord(), inspection({ placeholder: 'server-default', https: false, hsts: null }))).toEqual([
      'registry-active-down:placeholder',
      'placeholder:server-default',
      'no-https',
    ]);
    expect(codes(active, hostRecord(), inspection({ status: 502 }))[0]).toBe('registry-active-down:http-error');
    expect(codes(active, hostRecord(), inspection())).toEqual([]);
    expect(findingMessage('registry-active-down', 'en', 'http-error')).toBe('The registry lists this app as ACTIVE, but its site is not working: an HTTP error');
  });

  it('returns nothing for a host never visited, whatever else is known', () => {
    expect(computeFindings(active, null, inspection({ status: 500 }))).toEqual([]);
  });
});

describe('badge with inspection findings', () => {
  const badge = (e: typeof known, over = {}) => {
    const findings = computeFindings(e, hostRecord(), inspection(over));
    return badgeFor('x.makassarkota.go.id', e, hostRecord(), findings);
  };

  it('takes the colour of the worst severity and names every finding in its title', () => {
    expect(badge(known, { status: 404 })).toMatchObject({ tone: 'red', text: '!' });
    expect(badge(known, { https: false, hsts: null })).toMatchObject({ tone: 'amber', text: '!' });
    expect(badge(known, { hsts: false })).toMatchObject({ tone: 'blue', text: '✓' });
    expect(badge(active, {})).toMatchObject({ tone: 'green', text: '✓' });
    const state = badge(known, { https: false, hsts: null, server: 'Apache/2.4.41' });
    expect(badgeTitle(state, translators.en, 'en').split('\n')).toEqual([
      'x.makassarkota.go.id — k: registered, activity status unknown',
      '• This page is served over plain HTTP, without encryption.',
      '• The server or page reveals its software version number: Server',
    ]);
  });

  it('has the critical colour for an active app showing a placeholder', () => {
    const state = badge(active, { placeholder: 'suspended' });
    expect(state).toMatchObject({ tone: 'critical', color: BADGE_COLORS.critical, text: '✕', titleKey: 'badgeActiveDown' });
    expect(badgeTitle(state, translators.id, 'id')).toContain('TERDAFTAR AKTIF, TETAPI TIDAK BERFUNGSI');
    expect(badgeTitle(state, translators.id, 'id')).toContain('akun hosting ditangguhkan');
  });
});
