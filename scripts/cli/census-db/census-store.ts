import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { TABLES } from './census-db-schema';
import type { DuckDbModule } from './load-duckdb';
import { readStoredCensus, type StoredCensus } from './stored-census';
import { createTables, writeCensusDb, type CensusDbRun } from './write-census-db';

/**
 * The two DuckDB outputs: a `.duckdb` file that later runs add to, and a folder of Parquet files
 * (one per table, written from an in-memory DuckDB by `COPY … TO … (FORMAT parquet)`).
 */
export interface CensusStore {
  stored: StoredCensus;
  write(run: CensusDbRun): Promise<void>;
  close(): void;
}

async function open(duckdb: DuckDbModule, path: string): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> {
  // A bounded buffer pool: DuckDB spills to disk beyond it, so the run stays within its memory aim.
  const instance = await duckdb.DuckDBInstance.create(path, { memory_limit: '128MB', threads: '2' });
  const connection = await instance.connect();
  await createTables(connection);
  return { instance, connection };
}

/** Opens (or creates) a census database file and reads what earlier runs stored in it. */
export async function openCensusFile(duckdb: DuckDbModule, path: string, domain: string): Promise<CensusStore> {
  const { instance, connection } = await open(duckdb, path);
  const stored = await readStoredCensus(connection, domain);
  return {
    stored,
    write: (run) => writeCensusDb(duckdb, connection, run),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const sqlText = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** A Parquet folder: the tables are written next to it first and moved in once all are complete. */
export async function openParquetFolder(duckdb: DuckDbModule, folder: string): Promise<CensusStore> {
  const { instance, connection } = await open(duckdb, ':memory:');
  return {
    stored: { loaded: new Set(), census: null },
    write: async (run) => {
      await writeCensusDb(duckdb, connection, run);
      const target = resolve(folder);
      await mkdir(dirname(target), { recursive: true });
      const temp = await mkdtemp(join(dirname(target), '.pantau-parquet-'));
      try {
        for (const table of TABLES) {
          await connection.run(`COPY ${table} TO ${sqlText(join(temp, `${table}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`);
        }
        await mkdir(target, { recursive: true });
        for (const table of TABLES) await rename(join(temp, `${table}.parquet`), join(target, `${table}.parquet`));
      } finally {
        await rm(temp, { recursive: true, force: true });
      }
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
