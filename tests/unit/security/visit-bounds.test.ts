import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/main';
import { exportToJson } from '../../../utils/export/export-json';
import { readExportText } from '../../../utils/rekap/read-export-file';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { rekapToExport } from '../../../utils/rekap/rekap-to-export';
import { createRegistryIndex } from '../../../utils/registry/registry-index';
import { applyVisit } from '../../../utils/visits/visit-recorder';
import { DOMAINS, exportOf, host, TEST_REGISTRY } from '../rekap/fixtures';

/** Two exports each with the largest count JSON numbers hold exactly must merge into a file that merges again. */
const MAX = Number.MAX_SAFE_INTEGER;
const HOST = 'dukcapil.makassarkota.go.id';
const a = exportOf('Andi', '2025-06-30T00:00:00.000Z', [host(HOST, { visits: MAX })]);
const b = exportOf('Budi', '2025-06-29T00:00:00.000Z', [host(HOST, { visits: MAX }), host('lain.makassarkota.go.id', { visits: 2 })]);

let dir: string | null = null;
afterAll(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
});

describe('summed visits never pass Number.MAX_SAFE_INTEGER', () => {
  it('saturates the sum and says so in the rekap', () => {
    const rekap = mergeExports([a, b], DOMAINS);
    expect(rekap.hosts.find((h) => h.host === HOST)?.visits).toBe(MAX);
    expect(rekap.hosts.find((h) => h.host === 'lain.makassarkota.go.id')?.visits).toBe(2);
    expect(rekap.warnings).toContainEqual({ code: 'visits-capped', params: ['1'] });
  });

  it('writes a rekap that can be read and merged again', () => {
    const rekap = mergeExports([a, b], DOMAINS);
    const file = rekapToExport(rekap, createRegistryIndex(TEST_REGISTRY, DOMAINS), {
      now: new Date('2025-07-01T00:00:00Z'), domain: DOMAINS[0]!, collector: { name: '', unit: '' }, extension: { version: '0.1.0', browser: 'cli' }, registryVersion: TEST_REGISTRY.version,
    });
    const read = readExportText(exportToJson(file));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const again = mergeExports([read.data, exportOf('Citra', '2025-06-28T00:00:00.000Z', [host(HOST, { visits: MAX })])], DOMAINS);
    expect(again.hosts.find((h) => h.host === HOST)?.visits).toBe(MAX);
  });

  it('the CLI merges, tells the auditor, and takes its own output back', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pantau-visits-'));
    writeFileSync(join(dir, 'a.json'), exportToJson(a));
    writeFileSync(join(dir, 'b.json'), exportToJson(b));
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l), cwd: dir, env: {}, now: () => new Date('2025-07-01T00:00:00Z') };
    expect(await main(['rekap', 'a.json', 'b.json', '--out', 'rekap.json'], io)).toBe(0);
    expect(out.join('\n')).toContain('! Jumlah kunjungan 1 host mencapai batas');
    expect(await main(['rekap', 'rekap.json', 'a.json', '--out', 'rekap2.json'], io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'rekap2.json'), 'utf8')).hosts[0].visits).toBe(MAX);
  });

  it('a collector record stops counting at the bound too', () => {
    const record = { host: HOST, firstSeen: 0, lastSeen: 0, visits: MAX, lastUrl: null, lastTitle: null, lastOutcome: 'ok' as const, lastError: null, days: { '2025-01-01': MAX } };
    const next = applyVisit(record, { host: HOST, url: null, time: Date.UTC(2025, 0, 1, 4), outcome: 'ok', error: null });
    expect(next.visits).toBe(MAX);
    expect(Object.values(next.days).every((n) => n <= MAX)).toBe(true);
  });
});
