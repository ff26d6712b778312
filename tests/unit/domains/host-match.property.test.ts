import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cityHostFromUrl, sanitiseUrl } from '../../../utils/domains/host-match';

/**
 * Property-based checks of the one function that decides what Pantau may look at. The oracle is
 * the browser's own URL parser: whatever cityHostFromUrl accepts must be the host the browser
 * would really connect to, and that host must sit on a label boundary under the watched domain.
 */
const DOMAIN = 'makassarkota.go.id';
const DOMAINS = [DOMAIN];

// Letter-digit-hyphen labels. Labels with "--" in the third and fourth places are reserved for
// encodings (xn-- is punycode): an invalid one like "xn--a" is not a host a browser can visit, and
// the URL parser rightly refuses it, so the generator leaves them out (found by fast-check).
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/).filter((l) => l.slice(2, 4) !== '--');
const subdomain = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
const randomCase = (text: string, flips: boolean[]) =>
  [...text].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c)).join('');

/** Pieces an attacker would combine to make a URL look like a city one. */
const trick = fc.constantFrom(
  DOMAIN,
  `evil${DOMAIN}`,
  `${DOMAIN}.evil.test`,
  `${DOMAIN}@evil.test`,
  `evil.test@${DOMAIN}`,
  `evil.test/${DOMAIN}`,
  `evil.test?${DOMAIN}`,
  `evil.test#.${DOMAIN}`,
  `evil.test\\.${DOMAIN}`,
  `${DOMAIN}%2eevil.test`,
  'makassarkоta.go.id', // Cyrillic о
  `${DOMAIN}.`,
  `.${DOMAIN}`,
  `${DOMAIN}:80@evil.test`,
  'makassarkota.go.id\u3002evil.test', // ideographic full stop
);

const scheme = fc.constantFrom('http://', 'https://', 'HTTPS://', 'ftp://', 'ws://', 'file://', 'javascript://', '');

function hostTheBrowserUses(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host.endsWith('.') ? host.slice(0, -1) : host;
  } catch {
    return null;
  }
}

describe('host matching properties', () => {
  it('never matches a host outside the watched domain, whatever the URL looks like', () => {
    const piece = fc.oneof(trick, subdomain, fc.string({ maxLength: 12 }), fc.constantFrom('.', '@', ':', '/', '%', '?', '#'));
    const anything = fc.tuple(scheme, fc.array(piece, { maxLength: 6 })).map(([s, parts]) => `${s}${parts.join('')}`);
    // Near misses: a web scheme, a subdomain, then a trick, then more pieces.
    const nearMiss = fc
      .tuple(fc.constantFrom('http://', 'https://'), subdomain, trick, fc.array(piece, { maxLength: 3 }))
      .map(([s, sub, t, rest]) => `${s}${sub}.${t}${rest.join('')}`);
    const url = fc.oneof(anything, nearMiss);
    let matched = 0;
    fc.assert(
      fc.property(url, (u) => {
        const host = cityHostFromUrl(u, DOMAINS);
        if (host === null) return;
        matched += 1;
        expect(host === DOMAIN || host.endsWith(`.${DOMAIN}`)).toBe(true);
        expect(hostTheBrowserUses(u)).toBe(host);
        expect(['http:', 'https:']).toContain(new URL(u).protocol);
      }),
      { numRuns: 2000 },
    );
    // The generator must reach real city URLs too, or the property above would hold vacuously.
    expect(matched).toBeGreaterThan(20);
  });

  it('never matches a random domain name that is not under the watched domain', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        const expected = domain === DOMAIN || domain.endsWith(`.${DOMAIN}`) ? domain : null;
        expect(cityHostFromUrl(`https://${domain}/`, DOMAINS)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('matches every subdomain, in any case, with any port, userinfo, path, query or fragment', () => {
    fc.assert(
      fc.property(
        subdomain,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('http', 'https'),
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        fc.option(fc.constantFrom('user@', 'user:pass@', `${DOMAIN}@`), { nil: undefined }),
        fc.webPath(),
        fc.webQueryParameters(),
        fc.webFragments(),
        (sub, flips, s, port, userinfo, path, query, fragment) => {
          const host = `${sub}.${DOMAIN}`;
          const url = `${s}://${userinfo ?? ''}${randomCase(host, flips)}${port === undefined ? '' : `:${port}`}${path}?${query}#${fragment}`;
          expect(cityHostFromUrl(url, DOMAINS)).toBe(host);
          // And what is kept of it never carries the query or fragment.
          const kept = sanitiseUrl(url);
          expect(kept).not.toBeNull();
          expect(kept).not.toMatch(/[?#]/);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
