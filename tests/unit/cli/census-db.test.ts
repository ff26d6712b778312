import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TABLES } from '../../../scripts/cli/census-db/census-db-schema';
import { main } from '../../../scripts/cli/main';
import type { CliIo } from '../../../scripts/cli/rekap-command';
import { buildCensus } from '../../../utils/rekap/census';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { BUNDLED_REGISTRY } from '../../../utils/registry/bundled';
import { createRegistryIndex } from '../../../utils/registry/registry-index';
import { DOMAINS } from '../rekap/fixtures';
import { andi, budi, citra, dewi, writeExport } from './census-fixtures';

const ROOT = resolve(__dirname, '../../..');
// Each test runs the command several times against DuckDB files: seconds on a loaded 2-core machine.
vi.setConfig({ testTimeout: 60_000 });
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-census-db-'));
  writeExport(dir, 'a/andi.json', andi);
  writeExport(dir, 'a/budi.json.gz', budi);
  writeExport(dir, 'b/citra.json', citra);
  writeExport(dir, 'b/dewi.json.gz', dewi);
  writeFileSync(join(dir, 'b/c-rusak.json'), '{"format": "pantau.export", "version": 1, "hosts": [');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(over: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir, env: {}, now: () => new Date('2025-04-01T00:00:00Z'), ...over };
  return { value, out, err };
}

async function withDb<T>(path: string, use: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    return await use(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const rows = async (c: DuckDBConnection, sql: string) => (await c.runAndReadAll(sql)).getRowObjectsJson();
const TABLE_ORDER: Record<string, string> = {
  hosts: 'host',
  host_collectors: 'host, name, unit',
  findings: 'host, code',
  collectors: 'exported_at, name',
  visits_by_day: 'day, host',
  proposals: 'host, collector_name',
  registry: 'id',
};
async function census(path: string) {
  return withDb(path, async (c) => {
    const result: Record<string, unknown[]> = {};
    for (const [table, order] of Object.entries(TABLE_ORDER)) result[table] = await rows(c, `SELECT * FROM ${table} ORDER BY ${order}`);
    return result;
  });
}

/** The ```sql blocks of the cookbook in docs/census-db.md. */
function cookbook(): string[] {
  const doc = readFileSync(join(ROOT, 'docs/census-db.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## SQL cookbook'), doc.indexOf('## Figures'));
  return [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('pantau rekap --out census.duckdb', () => {
  it('writes the census tables, equal to the in-memory census, and names a corrupt file while loading the rest', async () => {
    const run = io();
    expect(await main(['rekap', 'a', 'b', 'a/andi.json', '--out', 'sekali.duckdb'], run.value)).toBe(0);
    expect(run.out[0]).toBe('4 ekspor digabung (1 duplikat diabaikan), 4 host.');
    expect(run.err[0]).toBe('1 berkas dilewati (tidak dimuat):');
    expect(run.err[1]).toBe('b/c-rusak.json ditolak: bukan berkas JSON.');
    const registry = createRegistryIndex(BUNDLED_REGISTRY, DOMAINS);
    const expected = buildCensus(mergeExports([andi, budi, citra, dewi], DOMAINS), registry, { recentDays: 90, now: 0 });
    const stored = await census(join(dir, 'sekali.duckdb'));
    const seen = expected.rows.filter((row) => row.merged !== null);
    expect(stored.hosts!.map((h) => (h as { host: string }).host)).toEqual(seen.map((row) => row.host));
    expect(stored.hosts!.map((h) => Number((h as { visits: string }).visits))).toEqual(seen.map((row) => row.visits));
    expect(stored.hosts!.map((h) => (h as { state: string }).state)).toEqual(seen.map((row) => row.state));
    expect(stored.findings!.map((f) => `${(f as { host: string }).host} ${(f as { code: string }).code}`)).toEqual(
      seen.flatMap((row) => row.findings.map((f) => `${row.host} ${f.code}`)).sort(),
    );
    expect(stored.collectors).toHaveLength(4);
    expect(stored.proposals).toHaveLength(1);
    expect(stored.registry).toHaveLength(registry.entries.length);
    const exports = await withDb(join(dir, 'sekali.duckdb'), (c) => rows(c, 'SELECT file, status, length(checksum) AS n FROM exports ORDER BY file'));
    expect(exports).toEqual(['a/andi.json', 'a/budi.json.gz', 'b/citra.json', 'b/dewi.json.gz'].map((file) => ({ file, status: 'merged', n: '64' })));
  });

  it('adds new exports on a second run, skipping those already loaded, to the same census as one run', async () => {
    const first = io();
    expect(await main(['rekap', 'a', '--out', 'dua-kali.duckdb'], first.value)).toBe(0);
    const second = io();
    expect(await main(['rekap', 'a', 'b/citra.json', 'b/dewi.json.gz', '--out', 'dua-kali.duckdb'], second.value)).toBe(0);
    expect(second.out).toContain('2 berkas sudah dimuat pada run sebelumnya (checksum sama), dilewati.');
    expect(second.out.at(-1)).toContain('2 berkas baru dimuat');
    const third = io();
    expect(await main(['rekap', 'a', 'b', 'a/andi.json', '--out', 'dua-kali.duckdb'], third.value)).toBe(0);
    expect(third.out).toContain('5 berkas sudah dimuat pada run sebelumnya (checksum sama), dilewati.');

    expect(await main(['rekap', 'a', 'b/citra.json', 'b/dewi.json.gz', '--out', 'satu-kali.duckdb'], io().value)).toBe(0);
    expect(await census(join(dir, 'dua-kali.duckdb'))).toEqual(await census(join(dir, 'satu-kali.duckdb')));
    const files = await withDb(join(dir, 'dua-kali.duckdb'), (c) => rows(c, 'SELECT count(*) AS n, count(DISTINCT checksum) AS unique FROM exports'));
    expect(files).toEqual([{ n: '4', unique: '4' }]);
  });

  it('runs every cookbook query of docs/census-db.md', async () => {
    const queries = cookbook();
    expect(queries.length).toBeGreaterThanOrEqual(3);
    await withDb(join(dir, 'sekali.duckdb'), async (c) => {
      for (const sql of queries) expect(Array.isArray(await rows(c, sql))).toBe(true);
      const registry = createRegistryIndex(BUNDLED_REGISTRY, DOMAINS);
      const expected = buildCensus(mergeExports([andi, budi, citra, dewi], DOMAINS), registry, { recentDays: 90, now: 0 });
      const never = await rows(c, queries[0]!);
      expect(never.map((r) => (r as { id: string }).id).sort()).toEqual(expected.neverSeen.map((e) => e.id).sort());
      const dukcapil = registry.lookup('dukcapil.makassarkota.go.id')!;
      expect(never.map((r) => (r as { id: string }).id)).not.toContain(dukcapil.id);
      const down = await rows(c, queries[1]!);
      expect(down).toContainEqual({ opd: dukcapil.opd, hosts_down: '1', hosts: 'dukcapil.makassarkota.go.id' });
      const units = await rows(c, queries[2]!);
      expect(units.map((u) => (u as { unit: string }).unit).sort()).toEqual(['Unit Andi', 'Unit Budi', 'Unit Citra', 'Unit Dewi']);
    });
  });
});

describe('the installed command', () => {
  it('imports DuckDB at run time from the real bin and writes a census file', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/pantau.mjs'), 'rekap', 'a', '--out', 'nyata.duckdb'], { cwd: dir });
    expect(stdout).toContain('Ditulis: nyata.duckdb (duckdb: 2 berkas baru dimuat');
    const hosts = await withDb(join(dir, 'nyata.duckdb'), (c) => rows(c, 'SELECT count(*) AS n FROM hosts'));
    expect(hosts).toEqual([{ n: String(mergeExports([andi, budi], DOMAINS).hosts.length) }]);
  }, 60_000);
});

describe('pantau rekap --out census/', () => {
  it('writes one Parquet file per table that DuckDB reads back, and the cookbook runs on them', async () => {
    expect(await main(['rekap', 'a', 'b', '--out', 'sensus/'], io().value)).toBe(0);
    expect(readdirSync(join(dir, 'sensus')).sort()).toEqual(TABLES.map((t) => `${t}.parquet`).sort());
    expect(readdirSync(dir).filter((name) => name.startsWith('.pantau-parquet-'))).toEqual([]);
    await withDb(':memory:', async (c) => {
      for (const table of TABLES) await c.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${join(dir, 'sensus', `${table}.parquet`)}')`);
      const hosts = await rows(c, 'SELECT host FROM hosts ORDER BY host');
      const fromFile = (await census(join(dir, 'sekali.duckdb'))).hosts!.map((h) => ({ host: (h as { host: string }).host }));
      expect(hosts).toEqual(fromFile);
      for (const sql of cookbook()) expect(Array.isArray(await rows(c, sql))).toBe(true);
    });
  });
});

describe('without the DuckDB binary', () => {
  const missing = () => Promise.reject(new Error("Cannot find module '@duckdb/node-bindings-linux-x64/duckdb.node'"));

  it('says which outputs still work, exits 1 and writes nothing', async () => {
    for (const out of ['tanpa.duckdb', 'tanpa-folder/']) {
      const run = io({ importDuckDb: missing });
      expect(await main(['rekap', 'a', '--out', out], run.value)).toBe(1);
      expect(run.err.join('\n')).toContain('Format yang tetap bisa: json, csv, xlsx');
      expect(run.err.join('\n')).toContain('Cannot find module');
      expect(existsSync(join(dir, out))).toBe(false);
    }
  });

  it('still writes json, csv and xlsx rekaps (DuckDB is never imported for them)', async () => {
    let imported = 0;
    const counting = () => {
      imported += 1;
      return missing();
    };
    for (const out of ['tanpa.json', 'tanpa.csv', 'tanpa.xlsx']) {
      expect(await main(['rekap', 'a', 'b', '--out', out], io({ importDuckDb: counting }).value)).toBe(0);
      expect(existsSync(join(dir, out))).toBe(true);
    }
    expect(imported).toBe(0);
  });
});
