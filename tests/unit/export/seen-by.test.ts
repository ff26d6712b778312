import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../utils/export/build-export';
import { exportToCsv } from '../../../utils/export/export-csv';
import { parseExport } from '../../../utils/export/parse-export';
import type { InspectionRecord } from '../../../utils/inspection/types';
import { buildCensus } from '../../../utils/rekap/census';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { rekapToExport } from '../../../utils/rekap/rekap-to-export';
import { DOMAINS, TEST_INDEX } from '../rekap/fixtures';
import { ENTRIES, NOW, fakeIndex, input, record } from './fixtures';

// A host the census sweep answered is a host seen alive, by a sweep, everywhere (issue 13 §2).
const SWEPT_AT = Date.UTC(2025, 4, 5, 1, 0, 0);

function sweepInspection(host: string, status: number | null, error: string | null = null): InspectionRecord {
  return {
    host,
    source: 'sweep',
    response: { checkedAt: SWEPT_AT, url: status === null ? null : `https://${host}/`, status, error, redirects: [], hsts: true, server: null, poweredBy: null, lastModified: null },
    page: null,
  };
}

describe('hosts answered by the census sweep', () => {
  const data = buildExport(
    input({
      records: [record({ host: 'sipakar.makassarkota.go.id' })],
      inspections: [
        sweepInspection('simpeg.makassarkota.go.id', 200),
        sweepInspection('beta.makassarkota.go.id', null, 'net::ERR_NAME_NOT_RESOLVED'),
        sweepInspection('sipakar.makassarkota.go.id', 200),
      ],
      index: fakeIndex(ENTRIES),
    }),
  );
  const byHost = (name: string) => data.hosts.find((h) => h.host === name);

  it('are exported as seen by the sweep, with no visits, and the export stays a valid version 1', () => {
    expect(byHost('simpeg.makassarkota.go.id')).toMatchObject({
      visits: 0,
      firstSeen: new Date(SWEPT_AT).toISOString(),
      lastSeen: new Date(SWEPT_AT).toISOString(),
      lastOutcome: 'ok',
      seenBy: ['sweep'],
      findings: [],
      inspection: { source: 'sweep', status: 200 },
    });
    expect(byHost('sipakar.makassarkota.go.id')?.seenBy).toEqual(['visit', 'sweep']);
    expect(parseExport(JSON.parse(JSON.stringify(data)))).toMatchObject({ ok: true });
  });

  it('are not made seen by a sweep that got no answer', () => {
    expect(byHost('beta.makassarkota.go.id')).toBeUndefined();
    expect(data.hosts.map((h) => h.host)).toEqual(['simpeg.makassarkota.go.id', 'sipakar.makassarkota.go.id']);
  });

  it('say how they were seen in the CSV', () => {
    const lines = exportToCsv(data).split('\r\n');
    expect(lines[0]?.endsWith(',seen_by')).toBe(true);
    expect(lines[1]?.endsWith(',sweep')).toBe(true);
    expect(lines[2]?.endsWith(',visit; sweep')).toBe(true);
  });

  it('count as seen and alive in the census, and keep the label through a rekap', () => {
    const swept = buildExport(
      input({ records: [], inspections: [sweepInspection('contoh-hidup.makassarkota.go.id', 200)], index: TEST_INDEX, now: new Date(SWEPT_AT + 1000) }),
    );
    const rekap = mergeExports([swept], DOMAINS);
    const census = buildCensus(rekap, TEST_INDEX, { recentDays: 30, now: SWEPT_AT });
    const row = census.rows.find((r) => r.key === 'contoh-hidup.makassarkota.go.id');
    expect(row).toMatchObject({ state: 'live', visits: 0, seenBy: ['sweep'], lastSeen: SWEPT_AT });
    expect(census.summary.registeredSeen).toBe(1);
    expect(census.summary.registeredAlive).toBe(1);
    const again = rekapToExport(rekap, TEST_INDEX, { now: NOW, domain: DOMAINS[0]!, collector: { name: '', unit: '' }, extension: { version: '0', browser: 'cli' }, registryVersion: '' });
    expect(again.hosts[0]?.seenBy).toEqual(['sweep']);
  });

  it('reads an older export without seenBy as seen by visits', () => {
    const { seenBy: _ignored, ...old } = byHost('sipakar.makassarkota.go.id')!;
    const rekap = mergeExports([{ ...data, hosts: [{ ...old, inspection: undefined } as typeof old] }], DOMAINS);
    expect(rekap.hosts[0]?.seenBy).toEqual(['visit']);
  });
});
