/**
 * DuckDB is an optional dependency (package.json "optionalDependencies"): its native binary comes as
 * a per-platform npm package, and where none exists Pantau installs without it. Only the `.duckdb`
 * and Parquet outputs need it, so it is imported when one of them is asked for, never before, and
 * never by the extension. A failed import becomes a message naming what still works.
 */
export type DuckDbModule = typeof import('@duckdb/node-api');

/** The import itself; tests hand in one that fails, as on a platform with no binary. */
export type DuckDbImporter = () => Promise<DuckDbModule>;

// A variable specifier keeps bundlers from inlining the package: it must stay a runtime import
// of node_modules, native binary and all.
const PACKAGE = '@duckdb/node-api';
export const importDuckDb: DuckDbImporter = () => import(/* @vite-ignore */ PACKAGE) as Promise<DuckDbModule>;

export type LoadedDuckDb = { ok: true; duckdb: DuckDbModule } | { ok: false; reason: string };

export async function loadDuckDb(importer: DuckDbImporter = importDuckDb): Promise<LoadedDuckDb> {
  try {
    return { ok: true, duckdb: await importer() };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ok: false, reason: message.slice(0, 300) };
  }
}
