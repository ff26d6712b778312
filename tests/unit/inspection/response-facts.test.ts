import { describe, expect, it } from 'vitest';
import { headerValue, hstsEnabled, httpDate, redirectHop, responseFactsFrom, versionSources } from '../../../utils/inspection/response-facts';

const T = Date.UTC(2026, 10, 27);

describe('response facts', () => {
  it('reads status, final URL without query, HSTS, banners and Last-Modified', () => {
    expect(
      responseFactsFrom({
        url: 'https://x.makassarkota.go.id/masuk?token=rahasia#a',
        time: T,
        statusCode: 200,
        headers: [
          { name: 'strict-transport-security', value: 'max-age=31536000; includeSubDomains' },
          { name: 'SERVER', value: 'nginx/1.18.0' },
          { name: 'X-Powered-By', value: 'PHP/7.4.3' },
          { name: 'Last-Modified', value: 'Tue, 12 Mar 2019 02:15:00 GMT' },
        ],
        redirects: [redirectHop('http://x.makassarkota.go.id/masuk?token=rahasia', 301)],
      }),
    ).toEqual({
      checkedAt: T,
      url: 'https://x.makassarkota.go.id/masuk',
      status: 200,
      error: null,
      redirects: [{ url: 'http://x.makassarkota.go.id/masuk', status: 301 }],
      hsts: true,
      server: 'nginx/1.18.0',
      poweredBy: 'PHP/7.4.3',
      lastModified: Date.UTC(2019, 2, 12, 2, 15),
    });
  });

  it('keeps only the error of a failed load', () => {
    const facts = responseFactsFrom({ url: 'https://x.makassarkota.go.id/', time: T, error: 'net::ERR_CERT_AUTHORITY_INVALID', statusCode: 200 });
    expect(facts).toMatchObject({ status: null, error: 'net::ERR_CERT_AUTHORITY_INVALID', hsts: false, server: null });
  });

  it('does not count HSTS sent over plain HTTP, or switched off, or malformed', () => {
    const headers = [{ name: 'Strict-Transport-Security', value: 'max-age=31536000' }];
    expect(responseFactsFrom({ url: 'http://x.makassarkota.go.id/', time: T, statusCode: 200, headers }).hsts).toBe(false);
    expect(hstsEnabled('max-age=0')).toBe(false);
    expect(hstsEnabled('max-age="600"; preload')).toBe(true);
    expect(hstsEnabled('includeSubDomains')).toBe(false);
    expect(hstsEnabled('max-age=abc')).toBe(false);
    expect(hstsEnabled(null)).toBe(false);
  });

  it('cleans and bounds header values', () => {
    expect(headerValue([{ name: 'Server', value: 'Apache\u0000\u202e/2.4' }], 'server')).toBe('Apache /2.4');
    expect(headerValue([{ name: 'Server', value: 'x'.repeat(10_000) }], 'server')!.length).toBeLessThanOrEqual(200);
    expect(headerValue([{ name: 'Server' }], 'server')).toBeNull();
    expect(headerValue(undefined, 'server')).toBeNull();
  });

  it('reads Last-Modified only when it is a sane date', () => {
    expect(httpDate('not a date')).toBeNull();
    expect(httpDate('Fri, 31 Dec 1980 00:00:00 GMT')).toBeNull();
  });

  it('says which banners reveal a version', () => {
    expect(versionSources('Apache/2.4.41 (Ubuntu)', 'PHP/7.4.3', ['WordPress 6.4.2'])).toEqual(['Server', 'X-Powered-By', 'generator']);
    expect(versionSources('Apache', 'ASP.NET', ['Joomla! - Open Source Content Management'])).toEqual([]);
    expect(versionSources('nginx', null, ['Drupal 7 (http://drupal.org)'])).toEqual(['generator']);
    expect(versionSources('cloudflare', 'Express', [])).toEqual([]);
  });
});
