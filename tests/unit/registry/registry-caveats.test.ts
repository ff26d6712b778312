import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ALLOWED_CONFIDENCES, DEFAULT_DATA_DIR } from '../../../scripts/build-registry';
import { BUNDLED_REGISTRY } from '../../../utils/registry/bundled';

/**
 * The rules of the registry rebuild that the per-field tests in bundled-registry.test.ts do not
 * pin: a host's caveats (dated source, "not probed live", "probably legacy since…") travel with
 * it into the description, and an entry is `aktif`/`tidak-aktif` only where its app's status
 * evidence says so.
 */
const HAS_DATA = existsSync(resolve(DEFAULT_DATA_DIR, 'hosts.csv'));

function csv(file: string): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(readFileSync(resolve(DEFAULT_DATA_DIR, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

const SECRETS = /\b(secret|credential|password|connection string)/i;

describe.runIf(HAS_DATA)('the bundled registry keeps the caveats of its sources', () => {
  const hosts = new Map(csv('hosts.csv').map((row) => [row.host ?? '', row]));

  it("keeps every part of each host's note in its entry's description (less remarks on leaked secrets)", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const entry of BUNDLED_REGISTRY.entries) {
      for (const host of entry.hosts) {
        for (const part of (hosts.get(host)?.note ?? '').split(';').map((s) => s.trim())) {
          if (part === '' || SECRETS.test(part)) continue;
          checked += 1;
          if (!(entry.description ?? '').includes(part)) missing.push(`${entry.id} (${host}): ${part}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(90);
  });

  it('says when a dated source may be out of date: the 2022 portal capture and "probably legacy"', () => {
    const byHost = (host: string) => BUNDLED_REGISTRY.entries.find((entry) => entry.hosts.includes(host))?.description ?? '';
    expect(byHost('tallokec.makassarkota.go.id')).toMatch(/2022-08-03.*not probed live/);
    expect(byHost('balitbangda.makassar.go.id')).toContain('probably legacy since BRIDA uses brida.makassarkota.go.id');
    expect(byHost('pakinta.makassarkota.go.id')).toContain('moves into Lontara+ in 2026');
  });

  it('claims a status other than tidak-diketahui only with status evidence behind it', () => {
    const evidence = new Map(csv('apps.csv').map((row) => [row.name ?? '', row.status_evidence ?? '']));
    for (const entry of BUNDLED_REGISTRY.entries) {
      if (entry.status === 'tidak-diketahui') continue;
      expect(evidence.get(entry.name) ?? '', entry.id).not.toBe('');
    }
    // Neither "Sipakatau" may claim the article's "most active": which one it counts is not known.
    expect(BUNDLED_REGISTRY.entries.filter((entry) => /sipakatau/i.test(entry.name) && entry.status === 'aktif')).toEqual([]);
  });

  it('holds exactly the registry-grade hosts, each with a source', () => {
    const allowed = [...hosts.values()].filter((row) => ALLOWED_CONFIDENCES.has(row.confidence ?? '')).map((row) => row.host);
    expect(BUNDLED_REGISTRY.entries.flatMap((entry) => entry.hosts).sort()).toEqual(allowed.sort());
    expect(BUNDLED_REGISTRY.entries.filter((entry) => entry.source.length === 0)).toEqual([]);
  });
});
