import { describe, expect, it } from 'vitest';
import {
  addWatchedDomain,
  entriesForDomains,
  hostPermissionPatterns,
  navigationFilters,
  permissionChanges,
  removeWatchedDomain,
  validateWatchedDomain,
} from '../../../utils/domains/domain-rules';
import { TEST_REGISTRY } from '../support/test-registry';

const DEFAULT = ['makassarkota.go.id'];

describe('validateWatchedDomain', () => {
  it.each(['makassar.go.id', ' https://makassar.go.id/berita ', '*.makassar.go.id', 'WWW.Makassar.Go.Id.', 'makassar.go.id:443'])('reduces %j to makassar.go.id', (input) => {
    expect(validateWatchedDomain(input, DEFAULT)).toEqual({ ok: true, domain: 'makassar.go.id', supersedes: [], warning: null });
  });

  it.each([
    ['go.id', 'public-suffix'],
    ['co.id', 'public-suffix'],
    ['id', 'invalid'],
    ['10.0.0.1', 'invalid'],
    ['bukan domain', 'invalid'],
    ['', 'invalid'],
    ['dukcapil.makassarkota.go.id', 'already-covered'],
    ['makassarkota.go.id', 'already-covered'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(validateWatchedDomain(input, DEFAULT)).toMatchObject({ ok: false, reason });
  });

  it('warns about a non-government domain and reports the domains a wider one covers', () => {
    expect(validateWatchedDomain('makassarkota.com', DEFAULT)).toMatchObject({ ok: true, warning: { en: expect.stringContaining('not a government') } });
    expect(validateWatchedDomain('makassar.go.id', [...DEFAULT, 'lpse.makassar.go.id'])).toMatchObject({ ok: true, supersedes: ['lpse.makassar.go.id'] });
  });
});

describe('watched domain list', () => {
  it('adds a domain dropping the ones it covers, and never removes the default', () => {
    expect(addWatchedDomain([...DEFAULT, 'lpse.makassar.go.id'], 'makassar.go.id')).toEqual(['makassarkota.go.id', 'makassar.go.id']);
    expect(removeWatchedDomain(['makassarkota.go.id', 'makassar.go.id'], 'makassar.go.id')).toEqual(DEFAULT);
    expect(removeWatchedDomain(DEFAULT, 'makassarkota.go.id')).toEqual(DEFAULT);
  });

  it('gives host permissions, navigation filters and optional permission changes', () => {
    const both = ['makassarkota.go.id', 'makassar.go.id'];
    expect(hostPermissionPatterns(both)).toEqual(['*://*.makassarkota.go.id/*', '*://*.makassar.go.id/*']);
    expect(navigationFilters(both)).toEqual({
      url: [{ hostEquals: 'makassarkota.go.id' }, { hostSuffix: '.makassarkota.go.id' }, { hostEquals: 'makassar.go.id' }, { hostSuffix: '.makassar.go.id' }],
    });
    expect(permissionChanges(DEFAULT, both)).toEqual({ request: ['*://*.makassar.go.id/*'], remove: [] });
    expect(permissionChanges(both, DEFAULT)).toEqual({ request: [], remove: ['*://*.makassar.go.id/*'] });
  });

  it('tells which registry entries apply and suggests domains that would bring more in', () => {
    const { active, dormant, suggest } = entriesForDomains(TEST_REGISTRY, DEFAULT);
    expect(active.map((e) => e.id)).toEqual(['portal', 'dukcapil', 'lama', 'baru']);
    expect(dormant.map((e) => e.id)).toEqual(['lpse']);
    expect(suggest).toEqual([{ domain: 'makassar.go.id', entries: 1 }]);
    expect(entriesForDomains(TEST_REGISTRY, ['makassarkota.go.id', 'makassar.go.id']).dormant).toEqual([]);
  });
});
