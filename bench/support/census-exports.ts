import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ExportHostV1, ExportV1 } from '../../utils/export/export-schema';
import { exportToJson } from '../../utils/export/export-json';
import { BUNDLED_REGISTRY } from '../../utils/registry/bundled';

/**
 * Generated collector exports for the census bench: export `n` lists `size` distinct hosts drawn
 * from a pool (the registry's hosts first, then `contoh-<k>` ones), a third of them inspected and
 * one in eleven failed, from one of 40 units. Deterministic: the same n gives the same bytes.
 */
const DOMAIN = 'makassarkota.go.id';
const T0 = Date.parse('2025-06-01T00:00:00.000Z');
const registryHosts = BUNDLED_REGISTRY.entries.flatMap((entry) => entry.hosts).filter((h) => h.endsWith(DOMAIN));

function host(name: string, i: number): ExportHostV1 {
  const failed = i % 11 === 0;
  const base: ExportHostV1 = {
    host: name,
    registered: false,
    app: null,
    firstSeen: new Date(T0 - (i % 90) * 86_400_000).toISOString(),
    lastSeen: new Date(T0 + (i % 29) * 86_400_000).toISOString(),
    visits: 1 + (i % 40),
    lastUrl: `https://${name}/halaman/${i % 7}`,
    lastTitle: `Judul halaman ${i % 500}`,
    lastOutcome: failed ? 'error' : 'ok',
    lastError: failed ? 'net::ERR_CONNECTION_TIMED_OUT' : null,
    findings: [],
  };
  if (i % 3 !== 0) return base;
  return {
    ...base,
    inspection: {
      checkedAt: new Date(T0 + (i % 5000) * 1000).toISOString(),
      status: i % 13 === 0 ? 503 : 200,
      finalUrl: `https://${name}/`,
      redirects: [],
      https: i % 5 !== 0,
      hsts: i % 2 === 0,
      server: 'nginx',
      poweredBy: null,
      software: [{ name: 'WordPress', version: '6.4.2' }],
      title: `Judul halaman ${i % 500}`,
      placeholder: null,
      passwordField: false,
      newestDate: '2025-05-01',
      copyrightYear: 2025,
    },
  };
}

export function censusExport(n: number, size: number, pool: number): ExportV1 {
  const start = (n * 7919) % pool;
  const hosts = Array.from({ length: size }, (_, i) => {
    const k = (start + i * 13) % pool; // 13 is prime to any pool here: `size` distinct hosts
    return host(k < registryHosts.length ? registryHosts[k]! : `contoh-${k}.${DOMAIN}`, n * size + i);
  }).sort((a, b) => (a.host < b.host ? -1 : 1));
  return {
    format: 'pantau.export',
    version: 1,
    exportedAt: new Date(T0 + 30 * 86_400_000 + n * 60_000).toISOString(),
    domain: DOMAIN,
    collector: { name: `Pengumpul ${n}`, unit: `Unit ${n % 40}` },
    extension: { version: '0.1.0', browser: 'chrome' },
    registry: { version: BUNDLED_REGISTRY.version, entries: BUNDLED_REGISTRY.entries.length },
    hosts,
  };
}

/** Writes exports `from`…`to - 1` into `dir` (gzipped: 10,000 plain files would be over 1 GB). */
export function writeCensusExports(dir: string, from: number, to: number, size: number, pool: number): void {
  mkdirSync(dir, { recursive: true });
  for (let n = from; n < to; n += 1) {
    const sub = join(dir, `unit-${String(n % 40).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `export-${String(n).padStart(6, '0')}.json.gz`), gzipSync(exportToJson(censusExport(n, size, pool)), { level: 6 }));
  }
}
