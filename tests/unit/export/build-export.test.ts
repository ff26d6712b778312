import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../utils/export/build-export';
import { parseExport } from '../../../utils/export/parse-export';
import { exportToJson } from '../../../utils/export/export-json';
import { findingMessage } from '../../../utils/findings/findings';
import { createRegistryIndex } from '../../../utils/registry/registry-index';
import { ENTRIES, NOW, RECORDS, fakeIndex, input, record, sampleExport } from './fixtures';

const hostOf = (name: string) => {
  const host = sampleExport().hosts.find((h) => h.host === name);
  if (host === undefined) throw new Error(`no ${name} in export`);
  return host;
};

describe('buildExport', () => {
  it('writes the envelope: format, version, times, domain, collector, extension, registry size', () => {
    const data = sampleExport();
    expect(data).toMatchObject({
      format: 'pantau.export',
      version: 1,
      exportedAt: '2025-05-06T07:08:09.123Z',
      domain: 'makassarkota.go.id',
      collector: { name: 'Andi', unit: 'Diskominfo' },
      extension: { version: '0.1.0', browser: 'chrome' },
      registry: { version: '2025.05.01', entries: ENTRIES.length },
    });
    expect(data.exportedAt).toBe(NOW.toISOString());
  });

  it('maps a registered, working host to its app with no findings', () => {
    expect(hostOf('sipakar.makassarkota.go.id')).toEqual({
      host: 'sipakar.makassarkota.go.id',
      registered: true,
      app: { id: 'sipakar', name: 'Sistem Pakar', opd: 'Dinas Komunikasi dan Informatika', status: 'aktif' },
      firstSeen: '2025-01-02T03:04:05.000Z',
      lastSeen: '2025-01-03T03:04:05.000Z',
      visits: 3,
      lastUrl: 'https://sipakar.makassarkota.go.id/beranda',
      lastTitle: 'Judul sipakar.makassarkota.go.id',
      lastOutcome: 'ok',
      lastError: null,
      findings: [],
    });
  });

  it('maps an unregistered host to app null with the "unregistered" finding in Indonesian', () => {
    const host = hostOf('liar.makassarkota.go.id');
    expect(host.registered).toBe(false);
    expect(host.app).toBeNull();
    expect(host.lastTitle).toBeNull();
    expect(host.findings).toEqual([
      { code: 'unregistered', severity: 'high', message: findingMessage('unregistered', 'id') },
    ]);
  });

  it('maps a failed visit to a registered active host with its error, "registry-active-down" first, then "unreachable"', () => {
    const host = hostOf('simpeg.makassarkota.go.id');
    expect(host).toMatchObject({ registered: true, lastOutcome: 'error', lastError: 'net::ERR_NAME_NOT_RESOLVED' });
    expect(host.app?.opd).toBe('Badan Kepegawaian');
    expect(host.findings).toEqual([
      {
        code: 'registry-active-down',
        severity: 'high',
        message: findingMessage('registry-active-down', 'id', 'unreachable'),
        detail: 'unreachable',
      },
      { code: 'unreachable', severity: 'high', message: findingMessage('unreachable', 'id'), detail: 'net::ERR_NAME_NOT_RESOLVED' },
    ]);
    // Without inspections, no host carries the optional object.
    expect(sampleExport().hosts.every((h) => !('inspection' in h))).toBe(true);
  });

  it('flags a live host the registry lists as in development', () => {
    expect(hostOf('beta.makassarkota.go.id').findings.map((f) => [f.code, f.severity])).toEqual([
      ['registry-not-active', 'medium'],
    ]);
  });

  it('keeps every finding, most severe first, for a failing unregistered host', () => {
    const data = buildExport(
      input({ records: [record({ host: 'x.makassarkota.go.id', lastOutcome: 'error', lastError: 'net::ERR_TIMED_OUT' })] }),
    );
    expect(data.hosts[0]?.findings.map((f) => f.code)).toEqual(['unreachable', 'unregistered']);
  });

  it('sorts hosts by name and gives the same output whatever the record order', () => {
    const data = sampleExport();
    expect(data.hosts.map((h) => h.host)).toEqual([
      'beta.makassarkota.go.id',
      'liar.makassarkota.go.id',
      'simpeg.makassarkota.go.id',
      'sipakar.makassarkota.go.id',
    ]);
    expect(exportToJson(sampleExport({ records: [...RECORDS].reverse() }))).toBe(exportToJson(data));
  });

  it('copies the stored URL exactly and exports no query string, fragment or per-day activity', () => {
    const data = sampleExport();
    for (const [i, host] of data.hosts.entries()) {
      const source = RECORDS.find((r) => r.host === host.host);
      expect(host.lastUrl, `host ${i}`).toBe(source?.lastUrl);
      expect(Object.keys(host).sort()).toEqual(
        ['app', 'findings', 'firstSeen', 'host', 'lastError', 'lastOutcome', 'lastSeen', 'lastTitle', 'lastUrl', 'registered', 'visits'],
      );
    }
    const json = exportToJson(data);
    expect(json).not.toMatch(/[?#]/);
    expect(json).not.toContain('days');
  });

  it('counts registry entries even when none of them was visited', () => {
    const data = buildExport(input({ records: [], index: fakeIndex(ENTRIES) }));
    expect(data.hosts).toEqual([]);
    expect(data.registry.entries).toBe(3);
  });

  it('produces an export that its own parser accepts', () => {
    expect(parseExport(sampleExport())).toEqual({ ok: true, data: sampleExport() });
  });

  it('works with the real registry index, counting only entries on the watched domain', () => {
    const index = createRegistryIndex(
      {
        format: 'pantau.registry',
        version: '2025.05.01',
        domains: ['makassarkota.go.id', 'makassar.go.id'],
        generatedAt: '2025-05-01T00:00:00.000Z',
        entries: [...ENTRIES, { ...ENTRIES[0]!, id: 'lain', hosts: ['lain.makassar.go.id'] }],
      },
      ['makassarkota.go.id'],
    );
    const data = buildExport(input({ index }));
    expect(data.registry.entries).toBe(3);
    expect(data.hosts.filter((h) => h.registered).map((h) => h.app?.id)).toEqual(['beta', 'simpeg', 'sipakar']);
  });
});
