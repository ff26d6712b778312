import { describe, expect, it } from 'vitest';
import { EXPORT_LIMITS } from '../../../utils/export/export-schema';
import { parseExport, parseExportText } from '../../../utils/export/parse-export';
import { exportToJson } from '../../../utils/export/export-json';
import { sampleExport } from './fixtures';

/** A fresh, mutable, valid export as plain JSON (what a file would hold). */
function json(): Record<string, unknown> & { hosts: Record<string, unknown>[] } {
  return JSON.parse(exportToJson(sampleExport()));
}

function errorsOf(value: unknown): string[] {
  const result = parseExport(value);
  if (result.ok) throw new Error('expected the export to be rejected');
  return result.errors;
}

describe('parseExport: accepts', () => {
  it('round-trips an export through its JSON text unchanged', () => {
    const data = sampleExport();
    const text = exportToJson(data);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "pantau.export",');
    expect(parseExportText(text)).toEqual({ ok: true, data });
  });

  it('keeps unknown fields a newer version 1 adds, at every level', () => {
    const file = json();
    // (`collectors` was the example here until the rekap defined it; any unknown name will do.)
    file.surveys = [{ name: 'Budi' }];
    file.inspection = { tool: 'x' };
    const host = file.hosts[0]!;
    host.proposals = [{ name: 'Baru' }];
    (host.findings as Record<string, unknown>[]).push({ code: 'future-code', severity: 'low', message: 'baru', hint: 1 });
    const result = parseExport(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.surveys).toEqual([{ name: 'Budi' }]);
    expect(result.data.inspection).toEqual({ tool: 'x' });
    expect(result.data.hosts[0]?.proposals).toEqual([{ name: 'Baru' }]);
    expect(result.data.hosts[0]?.findings.at(-1)).toEqual({ code: 'future-code', severity: 'low', message: 'baru', hint: 1 });
  });
});

describe('parseExport: rejects', () => {
  it.each([null, undefined, [], 'pantau.export', 42, true])('%j as not a Pantau export', (value) => {
    expect(errorsOf(value)).toEqual([expect.stringMatching(/^not a Pantau export: expected a JSON object, got /)]);
  });

  it('text that is not JSON', () => {
    expect(parseExportText('{"format": "pantau.export",')).toEqual({
      ok: false,
      errors: ['not a Pantau export: the file is not valid JSON'],
    });
  });

  it('another format, or none', () => {
    expect(errorsOf({ ...json(), format: 'other.export' })).toEqual([
      'not a Pantau export: "format" is "other.export", expected "pantau.export"',
    ]);
    expect(errorsOf({ version: 1 })).toEqual(['not a Pantau export: "format" is missing, expected "pantau.export"']);
  });

  it('a newer version, with a message saying so', () => {
    expect(errorsOf({ ...json(), version: 2 })).toEqual([
      'export version 2 is newer than this Pantau understands (it reads version 1); update Pantau',
    ]);
  });

  it.each([[0], ['1'], [1.5], [undefined]])('version %j', (version) => {
    expect(errorsOf({ ...json(), version })[0]).toMatch(/^version: .*expected 1$/);
  });

  it('a missing required field, naming its path', () => {
    const file = json();
    delete file.hosts[1]!.visits;
    delete file.registry;
    expect(errorsOf(file)).toEqual([
      'registry: Invalid input: expected object, received undefined',
      'hosts[1].visits: Invalid input: expected number, received undefined',
    ]);
  });

  it('wrong types and values, each with path and reason', () => {
    const file = json();
    Object.assign(file.hosts[0]!, {
      visits: '3',
      registered: 'yes',
      firstSeen: '5 Mei 2025',
      lastOutcome: 'maybe',
      lastUrl: 'https://a.makassarkota.go.id/cari?nik=7371',
    });
    (file.collector as Record<string, unknown>).name = 7;
    const errors = errorsOf(file);
    expect(errors).toEqual([
      'collector.name: Invalid input: expected string, received number',
      'hosts[0].registered: Invalid input: expected boolean, received string',
      'hosts[0].firstSeen: Invalid ISO datetime',
      'hosts[0].visits: Invalid input: expected number, received string',
      expect.stringMatching(/^hosts\[0\]\.lastUrl: Invalid string: must match pattern/),
      'hosts[0].lastOutcome: Invalid option: expected one of "ok"|"error"',
    ]);
  });

  it('an app that contradicts "registered"', () => {
    const file = json();
    const unregistered = file.hosts.findIndex((h) => h.registered === false);
    file.hosts[unregistered]!.registered = true;
    expect(errorsOf(file)).toEqual([`hosts[${unregistered}].app: "app" must be an object exactly when "registered" is true`]);
  });

  it('an unknown registry status and a malformed finding code', () => {
    const file = json();
    (file.hosts[0]!.app as Record<string, unknown>).status = 'hilang';
    (file.hosts[1]!.findings as Record<string, unknown>[])[0]!.code = 'Not A Code';
    const errors = errorsOf(file);
    expect(errors[0]).toMatch(/^hosts\[0\]\.app\.status: Invalid option/);
    expect(errors[1]).toMatch(/^hosts\[1\]\.findings\[0\]\.code: Invalid string/);
  });
});

describe('parseExport: hostile input', () => {
  it('rejects too many hosts before validating any of them', () => {
    const file = { ...json(), hosts: new Array(EXPORT_LIMITS.hosts + 1).fill(null) };
    expect(errorsOf(file)).toEqual([`hosts: ${EXPORT_LIMITS.hosts + 1} hosts is more than the limit of ${EXPORT_LIMITS.hosts}`]);
  });

  it('lists at most 20 problems for thousands of broken hosts', () => {
    const errors = errorsOf({ ...json(), hosts: new Array(10_000).fill({ host: 1 }) });
    expect(errors).toHaveLength(21);
    expect(errors.at(-1)).toMatch(/^…and \d+ more problems$/);
  });

  it('rejects a megabyte title by its length', () => {
    const file = json();
    file.hosts[0]!.lastTitle = '='.repeat(1_000_000);
    expect(errorsOf(file)).toEqual(['hosts[0].lastTitle: Too big: expected string to have <=4096 characters']);
  });

  it('never throws, even when reading the input throws', () => {
    const trap = new Proxy({}, {
      get() {
        throw new Error('boom');
      },
    });
    expect(parseExport(trap)).toEqual({ ok: false, errors: ['could not read the export: boom'] });
    const getter = json();
    Object.defineProperty(getter.hosts[0]!, 'visits', {
      enumerable: true,
      get() {
        throw new Error('nope');
      },
    });
    expect(parseExport(getter)).toEqual({ ok: false, errors: ['could not read the export: nope'] });
  });

  it('does not let a "__proto__" key reach any prototype', () => {
    const text = exportToJson(sampleExport()).replace('{\n', '{\n  "__proto__": {"polluted": true},\n');
    const result = parseExportText(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect((result.data as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('passes deeply nested unknown fields through without recursing into them', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i += 1) deep = { deep };
    expect(parseExport({ ...json(), inspection: deep }).ok).toBe(true);
  });
});

describe('proposals (optional, added in version 1)', () => {
  const base = { format: 'pantau.export', version: 1, exportedAt: '2026-12-01T00:00:00.000Z', domain: 'makassarkota.go.id', collector: { name: '', unit: '' }, extension: { version: '0.1.0', browser: 'chrome' }, registry: { version: '2026.11.01', entries: 0 }, hosts: [] };
  const proposal = { host: 'contoh.makassarkota.go.id', name: 'Contoh', opd: 'Diskominfo', appKind: 'khusus', platforms: ['web'], status: 'aktif', collector: { name: 'Andi', unit: 'Diskominfo' }, createdAt: '2026-12-01T00:00:00.000Z' };

  it('accepts an export with or without them', () => {
    expect(parseExport(base).ok).toBe(true);
    expect(parseExport({ ...base, proposals: [proposal] }).ok).toBe(true);
  });

  it('rejects a proposal with a query in its host, an unknown kind or no platform', () => {
    const result = parseExport({ ...base, proposals: [{ ...proposal, host: 'a.b/?nik=1' }, { ...proposal, appKind: 'lain' }, { ...proposal, platforms: [] }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.split(':')[0])).toEqual(['proposals[0].host', 'proposals[1].appKind', 'proposals[2].platforms']);
  });
});
