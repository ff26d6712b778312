import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildRegistry, DEFAULT_DATA_DIR, readDataDir } from '../../../scripts/build-registry';
import { INDONESIAN_NAMES } from '../../../scripts/lib/registry-names';
import { BUNDLED_REGISTRY } from '../../../utils/registry/bundled';
import { researchNameOf } from '../../../utils/registry/research-name';

/**
 * Bundled entry names read as Indonesian names, not as English research notes: kecamatan sites are
 * named after their unit in opd.csv, the renamed apps keep their ids and their research names.
 */
const HAS_DATA = existsSync(resolve(DEFAULT_DATA_DIR, 'hosts.csv'));

function csv(file: string): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(readFileSync(resolve(DEFAULT_DATA_DIR, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** English words of the research notes that must not be (or lead) a bundled name. */
const ENGLISH_IN_NAMES: readonly RegExp[] = [
  /\bformerly\b/i,
  /\battendance\b/i,
  /\bdata portal\b/i,
  /(?<!Super )\bapp\b/i, // "Makassar Super App" is Lontara+'s own brand, not a note
  /\bweb \/ dashboards\b/i,
  /\bdashboards?\b/i,
  /\bemail server\b/i,
  /\bgov\b/i,
  /^online\b/i,
  /\bintern\b/i,
];

const byId = (id: string) => BUNDLED_REGISTRY.entries.find((entry) => entry.id === id);

describe.runIf(HAS_DATA)('bundled registry names', () => {
  const kecamatanSites = csv('hosts.csv').filter((row) => row.kind === 'kecamatan website' && ['verified', 'verified-listed', 'likely'].includes(row.confidence ?? ''));
  const opdNames = new Set(csv('opd.csv').map((row) => row.name));

  it('names each kecamatan website "Website <unit>" after its opd.csv name', () => {
    expect(kecamatanSites).toHaveLength(14); // the 15th, wajokec, is the Wajo service app's host
    for (const row of kecamatanSites) {
      const entry = BUNDLED_REGISTRY.entries.find((e) => e.hosts.includes(row.host ?? ''));
      expect(opdNames.has(row.owner_opd ?? '')).toBe(true);
      expect(entry?.name).toBe(`Website ${row.owner_opd}`);
      expect(entry?.opd).toBe(row.owner_opd);
      // The old name, the hostname, is still in its description (and is the entry's host).
      expect(entry?.description).toContain(row.host);
    }
    expect(byId('biringkanayakec')?.name).toBe('Website Kecamatan Biringkanaya');
    expect(byId('kepsangkarrangkec')?.name).toBe('Website Kecamatan Kepulauan Sangkarrang');
  });

  it('has no bundled name that reads as an English research note', () => {
    const english = BUNDLED_REGISTRY.entries.filter((entry) => ENGLISH_IN_NAMES.some((word) => word.test(entry.name))).map((e) => e.name);
    expect(english).toEqual([]);
    // "Emergency" only beside Indonesian words.
    for (const entry of BUNDLED_REGISTRY.entries.filter((e) => /\bemergency\b/i.test(e.name))) {
      expect(entry.name).toMatch(/\b(darurat|layanan)\b/i);
    }
  });

  it('keeps the research name of each renamed app in its description, under the same id', () => {
    const apps = new Set(csv('apps.csv').map((row) => row.name));
    const expectedIds: Record<string, string> = {
      'Online adminduk (Dukcapil web)': 'dukcapil',
      'Intern attendance Diskominfo': 'intern-attendance-diskominfo',
      'Satu Data / data portal': 'satu-data',
      'PTA audit app (apipta)': 'pta-audit-app',
      'Email Server Makassar Gov (Mailcow)': 'email-server-makassar-gov',
      'SPMB Kota Makassar (formerly PPDB)': 'spmb-kota-makassar',
      'Makassar Superapps web / dashboards': 'makassar-superapps-web',
      'Call Center 112 / Emergency (Command Center)': 'call-center-112',
    };
    expect(Object.keys(INDONESIAN_NAMES).sort()).toEqual(Object.keys(expectedIds).sort());
    for (const [researchName, name] of Object.entries(INDONESIAN_NAMES)) {
      expect(apps.has(researchName)).toBe(true);
      const entry = byId(expectedIds[researchName] ?? '');
      expect(entry?.name).toBe(name);
      expect(researchNameOf(entry?.description)).toBe(researchName);
    }
  });

  it('builds from the real data with no table key left unmatched', () => {
    const result = buildRegistry(readDataDir(DEFAULT_DATA_DIR));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.report.warnings.filter((w) => /INDONESIAN_NAMES|APP_OVERRIDES/.test(w))).toEqual([]);
  });
});

describe('INDONESIAN_NAMES in the builder', () => {
  const data = {
    hosts: ['host,domain,confidence,kind,owner_opd,evidence,note', 'spmb.makassarkota.go.id,makassarkota.go.id,verified,admission,Dinas Pendidikan,github:o/r/f.ts@abc1234,'].join('\n'),
    apps: ['name,description,owner_opd,hosts,platforms,status_evidence,evidence', 'SPMB Kota Makassar (formerly PPDB),School admission,Dinas Pendidikan,spmb.makassarkota.go.id,web,,'].join('\n'),
    opd: ['kind,name,abbreviation,hosts,evidence', 'dinas,Dinas Pendidikan,Disdik,,'].join('\n'),
  };

  it('shows the Indonesian name, keeps the id from the research name and reports keys that match no app', () => {
    const result = buildRegistry(data, { date: '2026-01-01' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const [entry] = result.registry.entries;
    expect(entry).toMatchObject({ id: 'spmb-kota-makassar', name: 'SPMB Kota Makassar (dahulu PPDB)', abbreviation: 'SPMB' });
    expect(entry?.description).toBe('School admission. Nama dalam data riset: SPMB Kota Makassar (formerly PPDB).');
    expect(result.report.warnings).toContain('INDONESIAN_NAMES: no app named "Online adminduk (Dukcapil web)" became an entry.');
  });
});
