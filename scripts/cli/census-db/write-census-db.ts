import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { Census, CensusRegistry } from '../../../utils/rekap/census';
import type { Rekap } from '../../../utils/rekap/rekap-types';
import type { FileOutcome } from '../census/stream-merge';
import { CENSUS_DB_VERSION, CREATE_TABLES } from './census-db-schema';
import type { DuckDbModule } from './load-duckdb';
import type { DayCounts } from './visits-by-day';

/** What a run adds to the store besides the census itself. */
export interface CensusDbRun {
  rekap: Rekap;
  census: Census;
  registry: CensusRegistry;
  registryVersion: string;
  /** Files read by this run (already-loaded ones are not written again). */
  files: readonly FileOutcome[];
  days: DayCounts;
  now: Date;
  pantauVersion: string;
}

export async function createTables(connection: DuckDBConnection): Promise<void> {
  await connection.run(CREATE_TABLES);
}

/**
 * Writes one run in one transaction: the census tables are replaced by the new census (which
 * already contains the stored one, see stored-census.ts), `exports` and `visits_by_day` gain this
 * run's rows. A failure rolls everything back: the file holds the previous run or this one.
 */
export async function writeCensusDb(duckdb: DuckDbModule, connection: DuckDBConnection, run: CensusDbRun): Promise<void> {
  const ts = (ms: number) => duckdb.timestampValue(BigInt(ms) * 1000n);
  await connection.run('BEGIN TRANSACTION');
  try {
    for (const table of ['hosts', 'host_collectors', 'findings', 'collectors', 'proposals', 'registry', 'census_meta']) {
      await connection.run(`DELETE FROM ${table}`);
    }
    await append(connection, 'hosts', (a) => {
      for (const row of run.census.rows) {
        const host = row.merged;
        if (host === null) continue;
        const inspection = host.inspection;
        text(a, host.host);
        a.appendBoolean(row.entry !== null);
        text(a, row.entry?.id ?? null);
        text(a, row.entry?.name ?? null);
        text(a, row.entry?.opd ?? null);
        text(a, row.entry?.status ?? null);
        text(a, row.state);
        a.appendTimestamp(ts(host.firstSeen));
        a.appendTimestamp(ts(host.lastSeen));
        a.appendBigInt(BigInt(host.visits));
        a.appendInteger(host.collectors.length);
        text(a, host.lastUrl);
        text(a, host.lastTitle);
        text(a, host.lastOutcome);
        text(a, host.lastError);
        if (typeof inspection?.status === 'number') a.appendInteger(inspection.status);
        else a.appendNull();
        const checkedAt = inspection === null ? Number.NaN : Date.parse(inspection.checkedAt);
        if (Number.isNaN(checkedAt)) a.appendNull();
        else a.appendTimestamp(ts(checkedAt));
        text(a, inspection === null ? null : JSON.stringify(inspection));
        a.endRow();
      }
    });
    await append(connection, 'host_collectors', (a) => {
      for (const host of run.rekap.hosts) {
        for (const collector of host.collectors) {
          a.appendVarchar(host.host);
          a.appendVarchar(collector.name);
          a.appendVarchar(collector.unit);
          a.endRow();
        }
      }
    });
    await append(connection, 'findings', (a) => {
      for (const row of run.census.rows) {
        if (row.merged === null) continue;
        for (const finding of row.findings) {
          a.appendVarchar(row.merged.host);
          a.appendVarchar(finding.code);
          a.appendVarchar(finding.severity);
          a.appendVarchar(finding.message);
          text(a, finding.detail ?? null);
          a.endRow();
        }
      }
    });
    await append(connection, 'collectors', (a) => {
      for (const source of run.rekap.sources) {
        a.appendVarchar(source.name);
        a.appendVarchar(source.unit);
        a.appendTimestamp(ts(Date.parse(source.exportedAt)));
        a.appendVarchar(source.registryVersion);
        a.appendInteger(source.hosts);
        a.endRow();
      }
    });
    await append(connection, 'proposals', (a) => {
      for (const proposal of run.rekap.proposals) {
        for (const value of [proposal.host, proposal.name, proposal.opd, proposal.appKind, proposal.status, proposal.collector.name, proposal.collector.unit]) {
          a.appendVarchar(value);
        }
        a.appendTimestamp(ts(Date.parse(proposal.createdAt)));
        a.appendVarchar(JSON.stringify(proposal));
        a.endRow();
      }
    });
    for (const entry of run.registry.entries) {
      await connection.run('INSERT INTO registry VALUES ($1, $2, $3, $4, string_split($5, chr(10)), $6)', [
        entry.id,
        entry.name,
        entry.opd,
        entry.status,
        entry.hosts.join('\n'),
        run.registryVersion,
      ]);
    }
    await addDays(connection, run.days);
    await append(connection, 'exports', (a) => {
      for (const file of run.files) {
        // One row per checksum: a file already loaded, or given twice in this run, is not listed again.
        if (file.status === 'already-loaded' || file.data === null) continue;
        a.appendVarchar(file.checksum);
        a.appendVarchar(file.input.file);
        a.appendBigInt(BigInt(file.bytes));
        a.appendTimestamp(ts(run.now.getTime()));
        a.appendVarchar(file.status);
        text(a, file.data?.name ?? null);
        text(a, file.data?.unit ?? null);
        const exportedAt = file.data === null ? Number.NaN : Date.parse(file.data.exportedAt);
        if (Number.isNaN(exportedAt)) a.appendNull();
        else a.appendTimestamp(ts(exportedAt));
        if (file.data === null) a.appendNull();
        else a.appendInteger(file.data.hosts);
        if (file.data === null) a.appendNull();
        else a.appendInteger(file.data.sources);
        a.endRow();
      }
    });
    const meta: Record<string, string> = {
      schema_version: String(CENSUS_DB_VERSION),
      written_at: run.now.toISOString(),
      pantau_version: run.pantauVersion,
      registry_version: run.registryVersion,
      as_of: run.rekap.asOf === null ? '' : new Date(run.rekap.asOf).toISOString(),
    };
    for (const [key, value] of Object.entries(meta)) await connection.run('INSERT INTO census_meta VALUES ($1, $2)', [key, value]);
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

function text(a: DuckDBAppender, value: string | null): void {
  if (value === null) a.appendNull();
  else a.appendVarchar(value);
}

async function append(connection: DuckDBConnection, table: string, fill: (a: DuckDBAppender) => void): Promise<void> {
  const appender = await connection.createAppender(table);
  try {
    fill(appender);
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/** visits_by_day only grows: this run's counts are added to the stored ones, day by day. */
async function addDays(connection: DuckDBConnection, days: DayCounts): Promise<void> {
  if (days.size === 0) return;
  await connection.run('CREATE OR REPLACE TEMP TABLE visits_by_day_new (day DATE, host VARCHAR, copies INTEGER, visits BIGINT)');
  await append(connection, 'visits_by_day_new', (a) => {
    for (const [key, counts] of days) {
      const [day, host] = key.split(' ', 2) as [string, string];
      a.appendVarchar(day);
      a.appendVarchar(host);
      a.appendInteger(counts.copies);
      a.appendBigInt(BigInt(counts.visits));
      a.endRow();
    }
  });
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE visits_by_day_sum AS
      SELECT day, host, sum(copies)::INTEGER AS copies, sum(visits)::BIGINT AS visits
      FROM (SELECT * FROM visits_by_day UNION ALL SELECT * FROM visits_by_day_new) GROUP BY day, host`);
  await connection.run('DELETE FROM visits_by_day');
  await connection.run('INSERT INTO visits_by_day SELECT * FROM visits_by_day_sum ORDER BY day, host');
  await connection.run('DROP TABLE visits_by_day_new');
  await connection.run('DROP TABLE visits_by_day_sum');
}
