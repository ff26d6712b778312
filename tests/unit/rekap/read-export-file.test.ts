import { describe, expect, it } from 'vitest';
import { exportToJson } from '../../../utils/export/export-json';
import { checkFileSize, MAX_EXPORT_BYTES, readExportText } from '../../../utils/rekap/read-export-file';
import { fileProblemText, warningText } from '../../../utils/rekap/rekap-text';
import type { RekapWarning } from '../../../utils/rekap/rekap-types';
import { translators } from '../components/helpers';
import { exportOf, host, inspectionOf } from './fixtures';

const good = exportOf('Andi', '2025-03-11T01:00:00.000Z', [host('contoh-hidup.makassarkota.go.id')]);
const problemOf = (text: string) => {
  const result = readExportText(text);
  return result.ok ? 'ok' : result.problem;
};

describe('readExportText', () => {
  it('accepts an export, with or without a byte order mark, keeping unknown fields', () => {
    const withExtra = { ...good, futureList: [{ name: 'x' }], hosts: [{ ...good.hosts[0], inspection: inspectionOf({ futureField: 1 }) }] };
    const result = readExportText(`\uFEFF${JSON.stringify(withExtra)}`);
    expect(result.ok && result.data.hosts[0]).toMatchObject({ inspection: { checkedAt: '2025-03-01T00:00:00.000Z', futureField: 1 } });
    expect(result.ok && (result.data as Record<string, unknown>).futureList).toEqual([{ name: 'x' }]);
  });

  it('tells each kind of bad file apart', () => {
    expect(problemOf('')).toBe('empty');
    expect(problemOf('  \n')).toBe('empty');
    expect(problemOf('{"format": "pantau.export", ')).toBe('not-json');
    expect(problemOf('host,visits\nx,1')).toBe('csv');
    expect(problemOf('\uFEFFhost;registered\r\nx;true')).toBe('csv');
    expect(problemOf('nama,umur\nx,1')).toBe('not-json');
    expect(problemOf('[1, 2]')).toBe('not-pantau');
    expect(problemOf('{"format": "pantau.registry", "entries": []}')).toBe('not-pantau');
    expect(problemOf(JSON.stringify({ ...good, version: 2 }))).toBe('newer-version');
    expect(problemOf(JSON.stringify({ ...good, version: '1' }))).toBe('invalid');
  });

  it('rejects tampered contents with the path of each problem', () => {
    const tampered = JSON.parse(exportToJson(good));
    tampered.hosts[0].lastUrl = 'https://contoh-hidup.makassarkota.go.id/?nik=7371011234567890';
    tampered.hosts[0].visits = -1;
    tampered.collectors = [{ name: 'x' }];
    const result = readExportText(JSON.stringify(tampered));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe('invalid');
    expect(result.details.join('\n')).toMatch(/hosts\[0\]\.lastUrl/);
    expect(result.details.join('\n')).toMatch(/hosts\[0\]\.visits/);
    expect(result.details.join('\n')).toMatch(/collectors\[0\]\.unit/);
  });

  it('rejects a host-level collectors list that is not a list of collectors', () => {
    const bad = { ...good, hosts: [{ ...good.hosts[0], collectors: 'Andi' }] };
    expect(problemOf(JSON.stringify(bad))).toBe('invalid');
  });

  it('refuses oversized files before parsing them', () => {
    expect(checkFileSize(MAX_EXPORT_BYTES)).toBeNull();
    expect(checkFileSize(MAX_EXPORT_BYTES + 1)).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('words every problem in both languages', () => {
    for (const problem of ['unreadable', 'too-large', 'empty', 'not-json', 'not-pantau', 'newer-version', 'invalid'] as const) {
      for (const t of Object.values(translators)) expect(fileProblemText(problem, t)).not.toMatch(/^rekapProblem/);
    }
  });
});

describe('warningText', () => {
  it('words every rekap warning in both languages, with its values', () => {
    const warnings: RekapWarning[] = [
      { code: 'registry-versions', params: ['2023.12.01, 2025.09.24'] },
      { code: 'outside-domains', params: ['3'] },
      { code: 'overlap', params: [] },
      { code: 'same-collector', params: ['Andi (Diskominfo)', '2'] },
    ];
    for (const t of Object.values(translators)) {
      for (const warning of warnings) {
        const text = warningText(warning, t);
        expect(text).not.toMatch(/^rekapWarning/);
        for (const param of warning.params) expect(text).toContain(param);
      }
    }
  });
});
