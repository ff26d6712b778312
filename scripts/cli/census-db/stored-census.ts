import type { DuckDBConnection } from '@duckdb/node-api';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHostV1, type ExportV1 } from '../../../utils/export/export-schema';

/**
 * What an earlier run stored, read back as a rekap file would carry it: the census as one export
 * with `collectors` (the exports merged) and per-host collectors, so the merge takes it as it takes
 * any rekap given as input, and a new export already in it counts as a duplicate. Rows are read in
 * chunks; collectors are shared objects, so the stored census costs what the merge keeps anyway.
 */
export interface StoredCensus {
  loaded: Set<string>;
  census: ExportV1 | null;
}

const iso = (ms: unknown): string => new Date(Number(ms)).toISOString();
const textOrNull = (value: unknown): string | null => (value === null ? null : String(value));

async function eachRow(connection: DuckDBConnection, sql: string, visit: (row: unknown[]) => void): Promise<void> {
  const result = await connection.stream(sql);
  for await (const rows of result.yieldRows()) for (const row of rows) visit(row);
}

export async function readStoredCensus(connection: DuckDBConnection, domain: string): Promise<StoredCensus> {
  const loaded = new Set<string>();
  await eachRow(connection, 'SELECT checksum FROM exports', ([checksum]) => loaded.add(String(checksum)));

  const sources: NonNullable<ExportV1['collectors']> = [];
  await eachRow(connection, 'SELECT name, unit, epoch_ms(exported_at), registry_version, hosts FROM collectors', (row) => {
    sources.push({ name: String(row[0]), unit: String(row[1]), exportedAt: iso(row[2]), registryVersion: String(row[3]), hosts: Number(row[4]) });
  });
  if (sources.length === 0) return { loaded, census: null };

  const hosts = new Map<string, ExportHostV1>();
  await eachRow(
    connection,
    `SELECT host, epoch_ms(first_seen), epoch_ms(last_seen), visits, last_url, last_title, last_outcome, last_error, inspection FROM hosts`,
    (row) => {
      const host: ExportHostV1 = {
        host: String(row[0]),
        registered: false,
        app: null,
        firstSeen: iso(row[1]),
        lastSeen: iso(row[2]),
        visits: Number(row[3]),
        lastUrl: textOrNull(row[4]),
        lastTitle: textOrNull(row[5]),
        lastOutcome: row[6] === 'error' ? 'error' : 'ok',
        lastError: textOrNull(row[7]),
        findings: [],
        collectors: [],
      };
      hosts.set(host.host, row[8] === null ? host : { ...host, inspection: JSON.parse(String(row[8])) });
    },
  );
  // Collectors travel as small integers: converting two strings per (host, collector) pair is what
  // would make reading a census of millions of pairs slow.
  await connection.run(`CREATE OR REPLACE TEMP TABLE stored_collector_ids AS
    SELECT name, unit, (row_number() OVER (ORDER BY name, unit) - 1)::INTEGER AS id FROM (SELECT DISTINCT name, unit FROM host_collectors)`);
  const refs: NonNullable<ExportHostV1['collectors']> = [];
  await eachRow(connection, 'SELECT name, unit FROM stored_collector_ids ORDER BY id', ([name, unit]) => refs.push({ name: String(name), unit: String(unit) }));
  await eachRow(
    connection,
    'SELECT hc.host, list(c.id) FROM host_collectors hc JOIN stored_collector_ids c USING (name, unit) GROUP BY hc.host',
    ([host, ids]) => {
      const collectors = hosts.get(String(host))?.collectors;
      if (collectors === undefined) return;
      for (const id of (ids as { items: readonly unknown[] }).items) collectors.push(refs[Number(id)]!);
    },
  );
  await connection.run('DROP TABLE stored_collector_ids');
  await eachRow(connection, 'SELECT host, code, severity, message, detail FROM findings', ([host, code, severity, message, detail]) => {
    const finding = { code: String(code), severity: severity as 'high' | 'medium' | 'low', message: String(message) };
    hosts.get(String(host))?.findings.push(detail === null ? finding : { ...finding, detail: String(detail) });
  });
  const proposals: NonNullable<ExportV1['proposals']> = [];
  await eachRow(connection, 'SELECT data FROM proposals', ([data]) => proposals.push(JSON.parse(String(data))));
  const meta = new Map<string, string>();
  await eachRow(connection, 'SELECT key, value FROM census_meta', ([key, value]) => meta.set(String(key), String(value)));

  return {
    loaded,
    census: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: meta.get('written_at') ?? new Date(0).toISOString(),
      domain,
      collector: { name: '', unit: '' },
      extension: { version: meta.get('pantau_version') ?? '', browser: 'cli' },
      registry: { version: meta.get('registry_version') ?? '', entries: 0 },
      hosts: [...hosts.values()],
      collectors: sources,
      proposals,
    },
  };
}
