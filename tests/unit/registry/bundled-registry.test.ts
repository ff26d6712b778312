import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import {
  ALLOWED_CONFIDENCES,
  DEFAULT_DATA_DIR,
  DEFAULT_REGISTRY_FILE,
  buildRegistry,
  readDataDir,
  serialiseRegistry,
} from '../../../scripts/build-registry';
import { BUNDLED_REGISTRY } from '../../../utils/registry/bundled';
import { parseRegistry } from '../../../utils/registry/parse-registry';

const COMMITTED = readFileSync(DEFAULT_REGISTRY_FILE, 'utf8');
const HAS_DATA = existsSync(resolve(DEFAULT_DATA_DIR, 'hosts.csv'));
const SCRIPT = resolve(DEFAULT_REGISTRY_FILE, '../../../scripts/build-registry.ts');
const TSX = resolve(DEFAULT_REGISTRY_FILE, '../../../node_modules/.bin/tsx');

function csv(file: string): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(readFileSync(resolve(DEFAULT_DATA_DIR, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/** Runs the script and returns its exit code and output, without throwing on a non-zero exit. */
function runScript(args: string[]): { code: number; output: string } {
  try {
    const stdout = execFileSync(TSX, [SCRIPT, ...args], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

describe('the bundled registry', () => {
  it('is valid', () => {
    const result = parseRegistry(JSON.parse(COMMITTED));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is what BUNDLED_REGISTRY exports', () => {
    expect(BUNDLED_REGISTRY).toEqual(JSON.parse(COMMITTED));
  });

  it('covers both city domains, makassarkota.go.id first', () => {
    expect(BUNDLED_REGISTRY.format).toBe('pantau.registry');
    expect(BUNDLED_REGISTRY.domains).toEqual(['makassarkota.go.id', 'makassar.go.id']);
  });

  it('is written deterministically: 2-space indent, trailing newline, entries sorted by id', () => {
    expect(serialiseRegistry(BUNDLED_REGISTRY)).toBe(COMMITTED);
    const ids = BUNDLED_REGISTRY.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('puts the portal and its www. alias in one entry', () => {
    const portal = BUNDLED_REGISTRY.entries.find((e) => e.hosts.includes('makassarkota.go.id'));
    expect(portal?.hosts).toEqual(['makassarkota.go.id', 'www.makassarkota.go.id']);
  });

  it('marks an app active only where the sources say so', () => {
    const active = BUNDLED_REGISTRY.entries.filter((e) => e.status !== 'tidak-diketahui').map((e) => [e.id, e.status]);
    expect(active).toEqual([['lontara-plus', 'aktif']]);
  });

  it('keeps a single monitoring log line out of the status but in the description', () => {
    const dukcapil = BUNDLED_REGISTRY.entries.find((e) => e.id === 'dukcapil');
    expect(dukcapil?.status).toBe('tidak-diketahui');
    expect(dukcapil?.description).toMatch(/Nonaktif.*2025-09-24/);
  });

  it('files mail hosts as internal', () => {
    for (const host of ['mail.makassarkota.go.id', 'surat.makassarkota.go.id', 'aduan.makassarkota.go.id']) {
      expect(BUNDLED_REGISTRY.entries.find((e) => e.hosts.includes(host))?.category).toBe('internal');
    }
  });

  it('makes the module fail loudly when the bundled file is invalid', async () => {
    vi.resetModules();
    vi.doMock('../../../utils/registry/bundled-registry.json', () => ({ default: { format: 'something else' } }));
    try {
      await expect(import('../../../utils/registry/bundled')).rejects.toThrow(
        /^The bundled app registry is invalid:\n- The registry, field "format"/,
      );
    } finally {
      vi.doUnmock('../../../utils/registry/bundled-registry.json');
      vi.resetModules();
    }
  });
});

describe('the bundled registry against ../shared/data', () => {
  it('finds the research data (a missing ../shared/data is a failure, not a skip)', () => {
    expect(HAS_DATA, `no hosts.csv in ${DEFAULT_DATA_DIR}: the registry checks need the research data`).toBe(true);
  });

  it('is reproduced byte for byte by rebuilding from the data', () => {
    const result = buildRegistry(readDataDir(DEFAULT_DATA_DIR));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) expect(serialiseRegistry(result.registry)).toBe(COMMITTED);
  });

  it('lists only hosts that hosts.csv rates verified, verified-listed or likely: nothing invented', () => {
    const confidence = new Map(csv('hosts.csv').map((row) => [row.host ?? '', row.confidence ?? '']));
    const notAllowed = BUNDLED_REGISTRY.entries
      .flatMap((e) => e.hosts)
      .filter((host) => !ALLOWED_CONFIDENCES.has(confidence.get(host) ?? 'missing from hosts.csv'))
      .map((host) => `${host}: ${confidence.get(host) ?? 'missing from hosts.csv'}`);
    expect(notAllowed).toEqual([]);
  });

  it('lists every allowed host of hosts.csv exactly once', () => {
    const allowed = csv('hosts.csv').filter((row) => ALLOWED_CONFIDENCES.has(row.confidence ?? '')).map((row) => row.host);
    const listed = BUNDLED_REGISTRY.entries.flatMap((e) => e.hosts);
    expect([...listed].sort()).toEqual([...allowed].sort());
    expect(listed).toHaveLength(93);
  });

  it('cites only sources that the data cites', () => {
    const cited = new Set(
      [...csv('hosts.csv'), ...csv('apps.csv')].flatMap((row) => (row.evidence ?? '').split(';').map((s) => s.trim())),
    );
    const invented = BUNDLED_REGISTRY.entries.flatMap((e) => e.source).filter((source) => !cited.has(source));
    expect(invented).toEqual([]);
  });

  it('names only units from opd.csv, the city itself, a kelurahan, or nobody', () => {
    const units = new Set(csv('opd.csv').map((row) => row.name));
    for (const e of BUNDLED_REGISTRY.entries) {
      const known = units.has(e.opd) || (e.unitKind === 'pemkot' && e.opd.startsWith('Pemkot Makassar'));
      const kelurahan = e.unitKind === 'kelurahan' && e.opd.startsWith('Kelurahan ');
      const nobody = e.unitKind === 'tidak-diketahui' && e.opd === '';
      expect({ id: e.id, ok: known || kelurahan || nobody }).toEqual({ id: e.id, ok: true });
    }
  });
});

describe('scripts/build-registry.ts --check-only', () => {
  it('passes the committed registry without reading the research data', () => {
    // --data is only for building: pointing it nowhere proves --check-only does not read it.
    const { code, output } = runScript(['--check-only', '--data', '/nonexistent']);
    expect(code).toBe(0);
    expect(output).toMatch(/is valid: \d+ entries/);
  });

  it('fails with every problem listed when the registry is broken', () => {
    const broken = JSON.parse(COMMITTED) as { version: string; entries: Array<{ id: string; hosts: string[] }> };
    const [first, second] = broken.entries;
    if (first === undefined || second === undefined) throw new Error('the bundled registry needs two entries');
    broken.version = 'latest';
    second.id = first.id;
    second.hosts.push('evilmakassarkota.go.id');
    const file = join(mkdtempSync(join(tmpdir(), 'pantau-registry-')), 'broken.json');
    writeFileSync(file, JSON.stringify(broken));

    const { code, output } = runScript(['--check-only', '--file', file]);
    expect(code).toBe(1);
    expect(output).toContain('invalid (3 problem(s))');
    expect(output).toContain('field "version"');
    expect(output).toContain(`id "${first.id}" is already used by entry 0`);
    expect(output).toContain('host "evilmakassarkota.go.id" is not under any of the registry\'s domains');
  });

  it('fails on a file that is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pantau-registry-')), 'broken.json');
    writeFileSync(file, '{ not json');
    const { code, output } = runScript(['--check-only', '--file', file]);
    expect(code).toBe(1);
    expect(output).toMatch(/could not be read as JSON/);
  });
});
