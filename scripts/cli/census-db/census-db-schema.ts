/**
 * The census store's tables (docs/census-db.md is their documentation: keep the two together).
 * Times are TIMESTAMP in UTC; JSON columns hold the export's own objects as text. `hosts`,
 * `host_collectors`, `findings`, `collectors`, `proposals` and `registry` are the census as of the
 * last run and are rewritten by each run; `exports` and `visits_by_day` only grow.
 */
export const CENSUS_DB_VERSION = 1;

export const TABLES = [
  'hosts',
  'host_collectors',
  'findings',
  'collectors',
  'visits_by_day',
  'proposals',
  'registry',
  'exports',
] as const;
export type CensusTable = (typeof TABLES)[number];

export const CREATE_TABLES = `
CREATE TABLE IF NOT EXISTS census_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS hosts (
  host VARCHAR NOT NULL,
  registered BOOLEAN NOT NULL,
  app_id VARCHAR,
  app_name VARCHAR,
  opd VARCHAR,
  registry_status VARCHAR,
  state VARCHAR NOT NULL,
  first_seen TIMESTAMP NOT NULL,
  last_seen TIMESTAMP NOT NULL,
  visits BIGINT NOT NULL,
  collectors INTEGER NOT NULL,
  last_url VARCHAR,
  last_title VARCHAR,
  last_outcome VARCHAR NOT NULL,
  last_error VARCHAR,
  http_status INTEGER,
  checked_at TIMESTAMP,
  inspection VARCHAR
);
CREATE TABLE IF NOT EXISTS host_collectors (host VARCHAR NOT NULL, name VARCHAR NOT NULL, unit VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS findings (
  host VARCHAR NOT NULL,
  code VARCHAR NOT NULL,
  severity VARCHAR NOT NULL,
  message VARCHAR NOT NULL,
  detail VARCHAR
);
CREATE TABLE IF NOT EXISTS collectors (
  name VARCHAR NOT NULL,
  unit VARCHAR NOT NULL,
  exported_at TIMESTAMP NOT NULL,
  registry_version VARCHAR NOT NULL,
  hosts INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS visits_by_day (day DATE NOT NULL, host VARCHAR NOT NULL, copies INTEGER NOT NULL, visits BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS proposals (
  host VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  opd VARCHAR NOT NULL,
  app_kind VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  collector_name VARCHAR NOT NULL,
  collector_unit VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  data VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS registry (
  id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  opd VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  hosts VARCHAR[] NOT NULL,
  registry_version VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS exports (
  checksum VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  bytes BIGINT NOT NULL,
  loaded_at TIMESTAMP NOT NULL,
  status VARCHAR NOT NULL,
  collector_name VARCHAR,
  collector_unit VARCHAR,
  exported_at TIMESTAMP,
  hosts INTEGER,
  sources INTEGER
);
`;
