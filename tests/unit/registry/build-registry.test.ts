import { describe, expect, it } from 'vitest';
import { buildRegistry, classifyStatus, newestIsoDate, type DataFiles } from '../../../scripts/build-registry';
import type { Registry } from '../../../utils/registry/schema';

const HOSTS_HEADER = 'host,domain,confidence,kind,owner_opd,evidence,note';
const APPS_HEADER = 'name,description,owner_opd,hosts,platforms,status_evidence,evidence';
const OPD = [
  'kind,name,abbreviation,hosts,evidence',
  'dinas,Dinas Komunikasi dan Informatika,Diskominfo,,',
  'dinas,Dinas Pendidikan,Disdik,,',
  'bagian,Bagian Kerjasama,,,',
  'kecamatan,Kecamatan Wajo,,,',
].join('\n');

const GH = (n: number) => `github:owner/repo/file${n}.ts@abcdef${n}`;

/** A small data set with one example of each rule; notes say which. */
const HOSTS = [
  HOSTS_HEADER,
  `makassarkota.go.id,makassarkota.go.id,verified,portal (WordPress),Pemkot Makassar / Diskominfo,${GH(1)},official city portal`,
  `www.makassarkota.go.id,makassarkota.go.id,verified,portal alias,Pemkot Makassar,${GH(2)},`,
  `lontaraplus.makassarkota.go.id,makassarkota.go.id,verified,super app,Dinas Komunikasi dan Informatika,${GH(3)};${GH(4)},`,
  `lontara.makassar.go.id,makassar.go.id,likely,Lontara+ link,Dinas Komunikasi dan Informatika,${GH(4)},older link`,
  `disdik.makassarkota.go.id,makassarkota.go.id,likely,OPD website,Dinas Pendidikan,${GH(5)},`,
  `diskominfo.makassarkota.go.id,makassarkota.go.id,verified,OPD website,Dinas Komunikasi dan Informatika,${GH(6)},`,
  `diskominfo.makassar.go.id,makassar.go.id,likely,OPD website,Dinas Komunikasi dan Informatika,${GH(7)},`,
  `mail.makassarkota.go.id,makassarkota.go.id,verified,mail server,Dinas Komunikasi dan Informatika,${GH(8)},`,
  `dash.manggala.kel.makassarkota.go.id,makassarkota.go.id,verified,kelurahan service API,Kelurahan Manggala (Kec. Manggala),${GH(9)},`,
  `siraya.makassarkota.go.id,makassarkota.go.id,verified-listed,app (purpose unknown),,${GH(10)},`,
  `portalkerjasama.makassarkota.go.id,makassarkota.go.id,likely,Portal Kerjasama,Bagian Kerjasama Setda,${GH(11)},`,
  `dispora.makassarkota.go.id,makassarkota.go.id,verified,OPD website,,${GH(12)},one source holds an exposed DB connection string (do not reuse); image URLs`,
  `manggala.kel.makassarkota.go.id,makassarkota.go.id,inferred,kelurahan site,Kelurahan Manggala,${GH(13)},parent`,
  `ppdb.makassarkota.go.id,makassarkota.go.id,uncertain,example only,Dinas Pendidikan,,`,
].join('\n');

const APPS = [
  APPS_HEADER,
  `"Lontara+ (Layanan Online Terintegrasi Warga Makassar / Makassar Super App)",Super app,Dinas Komunikasi dan Informatika,lontaraplus.makassarkota.go.id lontara.makassar.go.id,web,"launched 27 Jul 2025, integrating 358 apps",https://makassar.rakyat.news/read/159804;${GH(3)}`,
  `Kucatatki,Adminduk,Dinas Kependudukan dan Pencatatan Sipil,,,most active of 76,https://infoasatu.com/a`,
  `Makassar Recover,COVID-19 programme,Pemkot Makassar,makassarkota.go.id,web,historic,https://journal.example.org/a`,
  `PPDB example,Example,Dinas Pendidikan,ppdb.makassarkota.go.id,web,,`,
  `Kelurahan letters,Letter services,Kelurahan Manggala,dash.manggala.kel.makassarkota.go.id,web android,,`,
  `Siraya,Purpose unknown,,siraya.makassarkota.go.id,web,,${GH(10)}`,
  `Portal Kerjasama,Cooperation portal,Bagian Kerjasama Setda,portalkerjasama.makassarkota.go.id,web,,`,
  `Email Server,Mail cluster,Dinas Komunikasi dan Informatika,mail.makassarkota.go.id,web,,`,
].join('\n');

const DATA: DataFiles = { hosts: HOSTS, apps: APPS, opd: OPD };

function build(files: DataFiles = DATA, options: { date?: string } = { date: '2026-01-01' }): Registry {
  const result = buildRegistry(files, options);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.registry;
}

const byId = (registry: Registry, id: string) => registry.entries.find((e) => e.id === id);

describe('buildRegistry', () => {
  const registry = build();

  it('takes only verified, verified-listed and likely hosts', () => {
    const hosts = registry.entries.flatMap((e) => e.hosts);
    expect(hosts).not.toContain('manggala.kel.makassarkota.go.id');
    expect(hosts).not.toContain('ppdb.makassarkota.go.id');
    expect(hosts).toHaveLength(12);
  });

  it('makes an app with allowed hosts one entry, citing the app and its hosts once each', () => {
    expect(byId(registry, 'lontara-plus')).toMatchObject({
      name: 'Lontara+ (Layanan Online Terintegrasi Warga Makassar / Makassar Super App)',
      abbreviation: 'Lontara+',
      hosts: ['lontaraplus.makassarkota.go.id', 'lontara.makassar.go.id'],
      opd: 'Dinas Komunikasi dan Informatika',
      unitKind: 'dinas',
      platforms: ['web'],
      status: 'aktif',
      source: ['https://makassar.rakyat.news/read/159804', GH(3), GH(4)],
    });
  });

  it('leaves out apps with no allowed host and apps that only list the city portal', () => {
    const result = buildRegistry(DATA, { date: '2026-01-01' });
    expect(result.ok && result.report.omittedApps).toEqual(['Kucatatki', 'PPDB example']);
    expect(result.ok && result.report.portalOnlyApps).toEqual(['Makassar Recover']);
    expect(result.ok && result.report.excludedHosts).toBe(2);
  });

  it('joins the portal and its www. alias in one unit-profile entry', () => {
    expect(byId(registry, 'portal')).toMatchObject({
      name: 'Portal Pemkot Makassar',
      hosts: ['makassarkota.go.id', 'www.makassarkota.go.id'],
      opd: 'Pemkot Makassar / Diskominfo',
      unitKind: 'pemkot',
      category: 'unit-profile',
      source: [GH(1), GH(2)],
    });
  });

  it("joins a unit's website hosts on both domains in one entry with the unit's abbreviation", () => {
    expect(byId(registry, 'diskominfo')).toMatchObject({
      name: 'Website Dinas Komunikasi dan Informatika',
      abbreviation: 'Diskominfo',
      hosts: ['diskominfo.makassarkota.go.id', 'diskominfo.makassar.go.id'],
      category: 'unit-profile',
    });
    expect(byId(registry, 'disdik')).toMatchObject({ name: 'Website Dinas Pendidikan', abbreviation: 'Disdik' });
  });

  it('files mail hosts as internal', () => {
    expect(byId(registry, 'email-server')?.category).toBe('internal');
  });

  it('gives *.kel. hosts the kelurahan kind and takes platforms from apps.csv', () => {
    expect(byId(registry, 'kelurahan-letters')).toMatchObject({
      unitKind: 'kelurahan',
      opd: 'Kelurahan Manggala',
      platforms: ['web', 'android'],
      category: 'public-service',
    });
  });

  it('matches an owner written with "Setda" to its opd.csv unit', () => {
    expect(byId(registry, 'portal-kerjasama')).toMatchObject({ opd: 'Bagian Kerjasama', unitKind: 'bagian', category: 'public-service' });
  });

  it('keeps an entry with no known owner, marked as such', () => {
    expect(byId(registry, 'siraya')).toMatchObject({ opd: '', unitKind: 'tidak-diketahui', status: 'tidak-diketahui' });
  });

  it('drops remarks about leaked secrets from descriptions but keeps the rest of the note', () => {
    const dispora = registry.entries.find((e) => e.hosts.includes('dispora.makassarkota.go.id'));
    expect(dispora?.description).toBe('OPD website. dispora.makassarkota.go.id: image URLs.');
  });

  it('dates the registry by the newest date in the data, or by --date', () => {
    const dated = { ...DATA, hosts: `${HOSTS}\nx.makassarkota.go.id,makassarkota.go.id,uncertain,site,,,seen 2025-09-24` };
    expect(build(dated, {})).toMatchObject({ version: '2025.09.24', generatedAt: '2025-09-24T00:00:00.000Z' });
    expect(build(dated, { date: '2026-11-27' })).toMatchObject({ version: '2026.11.27', generatedAt: '2026-11-27T00:00:00.000Z' });
  });

  it('gives identical output on every run', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
  });

  it('fails without a date rather than using the clock', () => {
    const result = buildRegistry(DATA);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/^No valid date for generatedAt/)]);
  });

  it('refuses two apps claiming one host', () => {
    const apps = `${APPS}\nSecond Email,Another,Dinas Komunikasi dan Informatika,mail.makassarkota.go.id,web,,`;
    const result = buildRegistry({ ...DATA, apps }, { date: '2026-01-01' });
    expect(result.ok ? [] : result.errors).toEqual([
      'apps.csv: host mail.makassarkota.go.id is claimed by both "Email Server" and "Second Email".',
    ]);
  });

  it('refuses an allowed host without evidence and an unknown confidence', () => {
    const hosts = `${HOSTS}\nnoevidence.makassarkota.go.id,makassarkota.go.id,likely,site,,,\nodd.makassarkota.go.id,makassarkota.go.id,probable,site,,${GH(1)},`;
    const result = buildRegistry({ ...DATA, hosts }, { date: '2026-01-01' });
    expect(result.ok ? [] : result.errors).toEqual([
      'hosts.csv row 16 (noevidence.makassarkota.go.id): rated likely but has no evidence.',
      'hosts.csv row 17 (odd.makassarkota.go.id): unknown confidence "probable".',
    ]);
  });
});

describe('classifyStatus', () => {
  it.each([
    ['', 'tidak-diketahui'],
    ['most active of 76 (infoasatu, 2024)', 'aktif'],
    ['among the most active of 76 (infoasatu, 2024)', 'aktif'],
    ['launched 27 Jul 2025, integrating 358 apps (rakyat.news, 2025)', 'aktif'],
    ['launched 2015', 'tidak-diketahui'],
    ['Nonaktif (dukcapil.makassarkota.go.id) in the example log dated 2025-09-24', 'tidak-diketahui'],
    ['Aktif (data.makassarkota.go.id) in the example log dated 2025-09-24', 'tidak-diketahui'],
    ['to be integrated into Lontara+ in 2026 (babeindonesia)', 'tidak-diketahui'],
    ['historic (2015 launch)', 'tidak-diketahui'],
    ['discontinued in 2020 (press)', 'tidak-aktif'],
  ] as const)('reads %j as %s', (evidence, status) => {
    expect(classifyStatus(evidence)).toBe(status);
  });
});

describe('newestIsoDate', () => {
  it('finds the newest real date in any of the texts', () => {
    expect(newestIsoDate(['seen 2024-01-31', 'log 2025-09-24; 2025-02-01', 'no date'])).toBe('2025-09-24');
  });

  it('returns null when there is none', () => {
    expect(newestIsoDate(['27 Jul 2025', ''])).toBeNull();
  });
});
