import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../../../utils/registry/parse-registry';
import type { Registry, RegistryEntry } from '../../../utils/registry/schema';
import { entry as baseEntry } from '../support/test-registry';

function entry(overrides: Partial<RegistryEntry> = {}): RegistryEntry {
  return baseEntry({
    id: 'dukcapil',
    name: 'Online adminduk',
    hosts: ['dukcapil.makassarkota.go.id'],
    opd: 'Dinas Kependudukan dan Pencatatan Sipil',
    source: ['github:Sulfaj/WebDetec/urls_opd_makassar.txt@78ef806f'],
    ...overrides,
  });
}

function registry(entries: unknown[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'pantau.registry',
    version: '2025.09.24',
    domains: ['makassarkota.go.id', 'makassar.go.id'],
    generatedAt: '2025-09-24T00:00:00.000Z',
    entries,
    ...overrides,
  };
}

/** The errors for `input`, failing the test if it was accepted. */
function errorsOf(input: unknown): string[] {
  const result = parseRegistry(input);
  if (result.ok) throw new Error('expected the registry to be rejected');
  return result.errors;
}

describe('parseRegistry accepts', () => {
  it('a valid registry and returns it typed', () => {
    const input = registry([entry(), entry({ id: 'lontara-plus', name: 'Lontara+', hosts: ['lontara.makassar.go.id'] })]);
    const result = parseRegistry(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      const typed: Registry = result.registry;
      expect(typed.entries.map((e) => e.id)).toEqual(['dukcapil', 'lontara-plus']);
    }
  });

  it('an empty entry list', () => {
    expect(parseRegistry(registry([])).ok).toBe(true);
  });

  it('a host and its www. alias in the same entry', () => {
    const portal = entry({ id: 'portal', hosts: ['makassarkota.go.id', 'www.makassarkota.go.id'] });
    expect(parseRegistry(registry([portal])).ok).toBe(true);
  });

  it.each(['file:inventaris aplikasi 2026.csv@2026-11-27', 'proposal:Andi Wijaya (Diskominfo)@2026-11-27'])(
    'an imported file or a proposal as the source (%s)',
    (source) => {
      expect(parseRegistry(registry([entry({ source: [source] })])).ok).toBe(true);
    },
  );

  it('optional fields: abbreviation, description, https url, Android package, https source', () => {
    const full = entry({
      abbreviation: 'Dukcapil',
      description: 'Online birth certificate.',
      url: 'https://dukcapil.makassarkota.go.id/',
      androidPackage: 'id.go.makassarkota.dukcapil',
      source: ['https://unhas.tv/tak-perlu-antre'],
    });
    expect(parseRegistry(registry([full])).ok).toBe(true);
  });

  it('a semver version', () => {
    expect(parseRegistry(registry([], { version: '1.2.0' })).ok).toBe(true);
  });
});

describe('parseRegistry rejects', () => {
  it.each([
    [null, 'null'],
    [[], 'an array'],
    ['{"format":"pantau.registry"}', 'a string'],
    [42, 'a number'],
    [undefined, 'a undefined'],
  ])('a registry that is not an object (%j)', (input, what) => {
    expect(errorsOf(input)).toEqual([`The registry must be a JSON object, but it is ${what}.`]);
  });

  it('a wrong format marker', () => {
    expect(errorsOf(registry([], { format: 'other' }))).toEqual(['The registry, field "format": must be one of "pantau.registry".']);
  });

  it('an unknown top-level field', () => {
    expect(errorsOf(registry([], { extra: true }))).toEqual(['The registry: has unknown field "extra".']);
  });

  it('a missing header field', () => {
    const input = registry([]);
    delete input.generatedAt;
    expect(errorsOf(input)).toEqual(['The registry, field "generatedAt": is missing (expected string).']);
  });

  it('a generatedAt that is not an ISO date-time', () => {
    expect(errorsOf(registry([], { generatedAt: 'yesterday' }))[0]).toMatch(/field "generatedAt": must be an ISO date-time/);
  });

  it('a version that is neither a calendar version nor a semver', () => {
    expect(errorsOf(registry([], { version: 'latest' }))[0]).toMatch(/field "version": must be a calendar version/);
  });

  it('an empty domain list', () => {
    expect(errorsOf(registry([], { domains: [] }))).toEqual(['The registry, field "domains": must list at least one domain.']);
  });

  it('a domain that is not a normalised hostname', () => {
    expect(errorsOf(registry([], { domains: ['MakassarKota.go.id'] }))[0]).toMatch(/field "domains\[0\]": is not a normalised hostname/);
  });

  it('an entry with an unknown field', () => {
    expect(errorsOf(registry([{ ...entry(), colour: 'red' }]))).toEqual(['Entry 0 ("dukcapil"): has unknown field "colour".']);
  });

  it('an entry with a missing field', () => {
    const { opd: _opd, ...rest } = entry();
    expect(errorsOf(registry([rest]))).toEqual(['Entry 0 ("dukcapil"), field "opd": is missing (expected string).']);
  });

  it('an entry field with the wrong type', () => {
    expect(errorsOf(registry([{ ...entry(), hosts: 'dukcapil.makassarkota.go.id' }]))).toEqual([
      'Entry 0 ("dukcapil"), field "hosts": has the wrong type: expected array, got string.',
    ]);
  });

  it('an id that is not a kebab-case slug', () => {
    expect(errorsOf(registry([entry({ id: 'Dukcapil App' })]))).toEqual([
      'Entry 0 ("Dukcapil App"), field "id": must be a kebab-case slug such as "lontara-plus".',
    ]);
  });

  it('an unknown status', () => {
    expect(errorsOf(registry([{ ...entry(), status: 'mati' }]))).toEqual([
      'Entry 0 ("dukcapil"), field "status": must be one of "aktif", "tidak-aktif", "pengembangan", "tidak-diketahui".',
    ]);
  });

  it.each(['unitKind', 'category'])('an unknown %s', (field) => {
    expect(errorsOf(registry([{ ...entry(), [field]: 'other' }]))[0]).toMatch(new RegExp(`field "${field}": must be one of`));
  });

  it('an unknown platform', () => {
    expect(errorsOf(registry([{ ...entry(), platforms: ['windows'] }]))[0]).toMatch(/field "platforms\[0\]": must be one of "web"/);
  });

  it('an entry without hosts', () => {
    expect(errorsOf(registry([entry({ hosts: [] })]))).toEqual(['Entry 0 ("dukcapil"), field "hosts": must list at least one host.']);
  });

  it.each([
    'DUKCAPIL.makassarkota.go.id',
    'https://dukcapil.makassarkota.go.id',
    'dukcapil.makassarkota.go.id.',
    'dukcapil.makassarkota.go.id:443',
    'dukcapil.makassarkota.go.id/layanan',
    ' dukcapil.makassarkota.go.id',
  ])('a host that is not normalised (%s)', (host) => {
    expect(errorsOf(registry([entry({ hosts: [host] })]))[0]).toBe(
      'Entry 0 ("dukcapil"), field "hosts[0]": is not a normalised hostname (expected lower case, no scheme, port, path or trailing dot).',
    );
  });

  it('an entry without sources', () => {
    expect(errorsOf(registry([entry({ source: [] })]))).toEqual(['Entry 0 ("dukcapil"), field "source": must cite at least one source.']);
  });

  it.each([
    'github:Sulfaj/WebDetec/README.md',
    'http://example.com/page',
    'see the press',
    'github:Sulfaj@78ef806f',
    'file:inventaris.csv',
    'file:@2026-11-27',
    'proposal:Andi@27-11-2026',
    'proposal:Andi\n@2026-11-27',
  ])(
    'a source that is neither github:…@COMMIT, https://, file:…@DATE nor proposal:…@DATE (%s)',
    (source) => {
      expect(errorsOf(registry([entry({ source: [source] })]))).toEqual([
        'Entry 0 ("dukcapil"), field "source[0]": must be "github:OWNER/REPO/PATH@COMMIT", an https:// address, "file:NAME@YYYY-MM-DD" or "proposal:COLLECTOR@YYYY-MM-DD".',
      ]);
    },
  );

  it.each(['javascript:alert(1)', 'ftp://dukcapil.makassarkota.go.id/', 'not a url'])('a url that is not http(s) (%s)', (url) => {
    expect(errorsOf(registry([entry({ url })]))).toEqual(['Entry 0 ("dukcapil"), field "url": must be an http:// or https:// URL.']);
  });

  it('duplicate ids', () => {
    const input = registry([entry(), entry({ hosts: ['data.makassarkota.go.id'] })]);
    expect(errorsOf(input)).toEqual(['Entry 1 ("dukcapil"): id "dukcapil" is already used by entry 0.']);
  });

  it('a host listed by two entries', () => {
    const input = registry([entry(), entry({ id: 'other' })]);
    expect(errorsOf(input)).toEqual([
      'Entry 1 ("other"): host "dukcapil.makassarkota.go.id" is already listed by entry 0 ("dukcapil").',
    ]);
  });

  it('a www. host in one entry and the bare host in another', () => {
    const input = registry([
      entry({ id: 'portal', hosts: ['makassarkota.go.id'] }),
      entry({ id: 'portal-www', hosts: ['www.makassarkota.go.id'] }),
    ]);
    expect(errorsOf(input)).toEqual([
      'Entry 1 ("portal-www"): host "www.makassarkota.go.id" is already listed by entry 0 ("portal") as "makassarkota.go.id" (a leading "www." counts as the same host).',
    ]);
  });

  it('a host listed twice in one entry', () => {
    const input = registry([entry({ hosts: ['dukcapil.makassarkota.go.id', 'dukcapil.makassarkota.go.id'] })]);
    expect(errorsOf(input)).toEqual(['Entry 0 ("dukcapil"): host "dukcapil.makassarkota.go.id" is listed twice.']);
  });

  it.each(['evilmakassarkota.go.id', 'makassarkota.go.id.example.com', 'dukcapil.makassar.co.id', 'go.id'])(
    'a host outside the header domains, on label boundaries (%s)',
    (host) => {
      expect(errorsOf(registry([entry({ hosts: [host] })]))).toEqual([
        `Entry 0 ("dukcapil"): host "${host}" is not under any of the registry's domains (makassarkota.go.id, makassar.go.id).`,
      ]);
    },
  );

  it('lists every problem in one run, shape and cross-entry alike', () => {
    const input = registry(
      [entry(), { ...entry(), status: 'mati' }, entry({ id: 'x', hosts: ['example.com'] })],
      { version: 'v1' },
    );
    expect(errorsOf(input)).toEqual([
      'The registry, field "version": must be a calendar version like "2026.11.27" or a semver like "1.2.0".',
      'Entry 1 ("dukcapil"), field "status": must be one of "aktif", "tidak-aktif", "pengembangan", "tidak-diketahui".',
      'Entry 1 ("dukcapil"): id "dukcapil" is already used by entry 0.',
      'Entry 1 ("dukcapil"): host "dukcapil.makassarkota.go.id" is already listed by entry 0 ("dukcapil").',
      `Entry 2 ("x"): host "example.com" is not under any of the registry's domains (makassarkota.go.id, makassar.go.id).`,
    ]);
  });

  it('quotes input text in messages safely and cuts it short', () => {
    const id = `x"\n${'y'.repeat(1_000)}`;
    const [error] = errorsOf(registry([entry(), entry({ id, hosts: ['dukcapil.makassarkota.go.id'] })]));
    expect(error).toBe(`Entry 1 ("x\\"\\n${'y'.repeat(77)}…"), field "id": must be a kebab-case slug such as "lontara-plus".`);
  });

  it('caps a flood of problems with a count of the rest', () => {
    const entries = Array.from({ length: 500 }, () => ({ bad: true }));
    const errors = errorsOf(registry(entries));
    expect(errors).toHaveLength(201);
    expect(errors.at(-1)).toMatch(/^…and \d+ more problems\.$/);
  });
});

describe('parseRegistry never throws', () => {
  const throwingGetter = Object.defineProperty(registry([]), 'entries', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  const hostileThrow = Object.defineProperty(registry([]), 'version', {
    enumerable: true,
    get() {
      throw { toString: () => { throw new Error('nested'); } };
    },
  });
  const trap = new Proxy(registry([]), {
    get() {
      throw new Error('trap');
    },
    ownKeys() {
      throw new Error('trap');
    },
  });
  const circular: Record<string, unknown> = registry([]);
  circular.entries = [circular];
  const nested: Record<string, unknown> = {};
  let cursor = nested;
  for (let i = 0; i < 10_000; i += 1) cursor = cursor.entries = {} as Record<string, unknown>;

  it.each([
    ['undefined', undefined],
    ['NaN', Number.NaN],
    ['a bigint', 10n],
    ['a symbol', Symbol('registry')],
    ['a function', () => registry([])],
    ['a Date', new Date(0)],
    ['a Map', new Map([['format', 'pantau.registry']])],
    ['an object without prototype', Object.create(null) as object],
    ['an empty object', {}],
    ['entries as an object', registry([], { entries: { 0: entry() } })],
    ['entries holding null, numbers and arrays', registry([null, 1, [entry()], 'x'])],
    ['hosts holding non-strings', registry([{ ...entry(), hosts: [null, 5, {}] }])],
    ['a __proto__ key', JSON.parse('{"__proto__":{"format":"pantau.registry"}}') as unknown],
    ['a throwing getter', throwingGetter],
    ['a throwing getter that throws a hostile value', hostileThrow],
    ['a proxy whose traps throw', trap],
    ['a circular reference', circular],
    ['10 000 levels of nesting', nested],
    ['100 000 entries', registry(Array.from({ length: 100_000 }, (_, i) => entry({ id: `e-${i}`, hosts: [`h${i}.makassarkota.go.id`] })))],
    ['a 1 MB name', registry([entry({ name: 'x'.repeat(1_000_000) })])],
  ])('on %s', (_label, input) => {
    let result: ReturnType<typeof parseRegistry> | undefined;
    expect(() => {
      result = parseRegistry(input);
    }).not.toThrow();
    expect(typeof result?.ok).toBe('boolean');
    if (result !== undefined && !result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) expect(typeof error).toBe('string');
    }
    // 100,000 entries take ~1 s alone and several on the shared 2-core machine under load.
  }, 30_000);
});
