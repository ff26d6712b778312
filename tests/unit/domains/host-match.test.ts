import { describe, expect, it } from 'vitest';
import {
  cityHostFromUrl,
  hostPermissionPattern,
  isUnderDomain,
  MAX_URL_LENGTH,
  navigationUrlFilters,
  normaliseHost,
  sanitiseUrl,
} from '../../../utils/domains/host-match';

const DOMAINS = ['makassarkota.go.id'];

describe('cityHostFromUrl', () => {
  it.each([
    ['https://makassarkota.go.id/', 'makassarkota.go.id'],
    ['http://dukcapil.makassarkota.go.id/layanan', 'dukcapil.makassarkota.go.id'],
    ['https://DUKCAPIL.MakassarKota.GO.ID/', 'dukcapil.makassarkota.go.id'],
    ['https://dukcapil.makassarkota.go.id./', 'dukcapil.makassarkota.go.id'],
    ['http://dash.manggala.kel.makassarkota.go.id:8080/x?y=1#z', 'dash.manggala.kel.makassarkota.go.id'],
    ['https://user:pass@data.makassarkota.go.id/', 'data.makassarkota.go.id'],
    ['https://www.makassarkota.go.id', 'www.makassarkota.go.id'],
    ['https://bücher.makassarkota.go.id/', 'xn--bcher-kva.makassarkota.go.id'],
  ])('matches %s', (url, host) => {
    expect(cityHostFromUrl(url, DOMAINS)).toBe(host);
  });

  // Hostile lookalikes: none of these belong to the city.
  it.each([
    'https://evilmakassarkota.go.id/',
    'https://makassarkota.go.id.example.com/',
    'https://makassarkota-go-id.com/',
    'https://makassarkota.go.id@evil.test/',
    'http://makassarkota.go.id%2eevil.test/',
    'https://xn--makassarkta-8ij.go.id/',
    'https://makassarkоta.go.id/', // Cyrillic о
    'https://makassarkota.go.id.',
    'https://makassarkota.go.ld/',
    'https://makassarkota.co.id/',
    'https://go.id/',
    'https://kota.go.id/',
    'https://makassar.go.id/',
    'https://evil.test/makassarkota.go.id',
    'https://evil.test/?u=https://makassarkota.go.id/',
    'https://evil.test/#makassarkota.go.id',
    'ftp://makassarkota.go.id/',
    'file:///makassarkota.go.id/',
    'javascript:alert("makassarkota.go.id")',
    'data:text/html,makassarkota.go.id',
    'chrome-extension://makassarkota.go.id/',
    'https://127.0.0.1/',
    'not a url',
    '',
  ])('never matches %s', (url) => {
    const host = cityHostFromUrl(url, DOMAINS);
    // A trailing-dot bare domain is still the city; everything else must be rejected.
    if (url === 'https://makassarkota.go.id.') expect(host).toBe('makassarkota.go.id');
    else expect(host).toBeNull();
  });

  it('follows the watched domain list', () => {
    expect(cityHostFromUrl('https://lpse.makassar.go.id/', DOMAINS)).toBeNull();
    expect(cityHostFromUrl('https://lpse.makassar.go.id/', [...DOMAINS, 'makassar.go.id'])).toBe('lpse.makassar.go.id');
  });
});

describe('normaliseHost', () => {
  it('lower-cases, punycodes and drops one trailing dot', () => {
    expect(normaliseHost('Data.MakassarKota.go.id.')).toBe('data.makassarkota.go.id');
    expect(normaliseHost('bücher.makassarkota.go.id')).toBe('xn--bcher-kva.makassarkota.go.id');
  });
  it.each(['', 'a', 'a..b.go.id', 'x/y.go.id', 'a b.go.id', 'user@x.go.id', 'x.go.id:80', '10.0.0.1', '-a.go.id'])(
    'rejects %j',
    (raw) => expect(normaliseHost(raw)).toBeNull(),
  );
});

describe('isUnderDomain', () => {
  it('works on label boundaries', () => {
    expect(isUnderDomain('makassarkota.go.id', 'makassarkota.go.id')).toBe(true);
    expect(isUnderDomain('a.b.makassarkota.go.id', 'makassarkota.go.id')).toBe(true);
    expect(isUnderDomain('evilmakassarkota.go.id', 'makassarkota.go.id')).toBe(false);
  });
});

describe('sanitiseUrl', () => {
  it('keeps origin and path only', () => {
    expect(sanitiseUrl('https://u:p@dukcapil.makassarkota.go.id:8443/cek/nik?nik=7371&token=abc#hasil')).toBe(
      'https://dukcapil.makassarkota.go.id:8443/cek/nik',
    );
  });
  it('rejects non-web URLs', () => {
    expect(sanitiseUrl('javascript:alert(1)')).toBeNull();
    expect(sanitiseUrl('nonsense')).toBeNull();
  });
  it(`bounds a hostile megabyte path to ${MAX_URL_LENGTH} characters, never leaving half an escape`, () => {
    const long = sanitiseUrl(`https://data.makassarkota.go.id/${'a'.repeat(1_000_000)}`);
    expect(long).toHaveLength(MAX_URL_LENGTH);
    expect(long?.startsWith('https://data.makassarkota.go.id/aaa')).toBe(true);
    const origin = 'https://data.makassarkota.go.id/';
    // Position a "%C3%A9" escape so the cut falls one character into it.
    const escaped = sanitiseUrl(`${origin}${'b'.repeat(MAX_URL_LENGTH - origin.length - 1)}é`);
    expect(escaped?.endsWith('b')).toBe(true);
    expect(escaped?.length).toBe(MAX_URL_LENGTH - 1);
  });
});

describe('manifest helpers', () => {
  it('builds the host permission and navigation filters', () => {
    expect(hostPermissionPattern('makassarkota.go.id')).toBe('*://*.makassarkota.go.id/*');
    expect(navigationUrlFilters(DOMAINS)).toEqual([
      { hostEquals: 'makassarkota.go.id' },
      { hostSuffix: '.makassarkota.go.id' },
    ]);
  });
});
