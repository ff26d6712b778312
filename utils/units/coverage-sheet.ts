import type { Row } from 'write-excel-file/universal';
import { date, header, num, text, yesNo } from '../export/xlsx-cells';
import type { WorkbookSheet } from '../export/xlsx-workbook';
import type { Coverage, CoverageGroup, UnitState } from './rollout';

/**
 * The rollout as the rekap workbook's sheet "Cakupan unit": the three totals in the article's
 * terms, then one row per unit with typed cells (dates in WITA, numbers as numbers), text always a
 * string cell so nothing page-derived can become a formula (utils/export/xlsx-cells.ts). The unit
 * table has the AutoFilter on its header row.
 */

export const COVERAGE_SHEET = 'Cakupan unit';

const GROUP: Record<CoverageGroup, string> = { opd: 'OPD', kecamatan: 'kecamatan', kelurahan: 'kelurahan' };
const STATE: Record<UnitState, string> = {
  alive: 'Hidup',
  failing: 'Bermasalah / gagal dibuka',
  'never-seen': 'Belum pernah terlihat',
  'no-site': 'Belum punya situs yang diketahui',
};

export function coverageSheet(coverage: Coverage): WorkbookSheet {
  const totals = (['opd', 'kecamatan', 'kelurahan'] as const).map((group) => {
    const t = coverage.totals[group];
    return [text(`${t.withSite} dari ${t.units} ${GROUP[group]} sudah punya situs`), num(t.withSite), num(t.units), num(t.registered), num(t.alive), num(t.withProblems)];
  });
  const kecamatanName = new Map(coverage.units.filter((u) => u.unit.kind === 'kecamatan').map((u) => [u.unit.code, u.unit.name]));
  const rows: Row[] = [
    header('Ringkasan', 'Punya situs', 'Jumlah unit', 'Situs terdaftar', 'Terlihat hidup', 'Bermasalah'),
    ...totals,
    [],
    header(
      'Jenis', 'Unit', 'Singkatan', 'Kode', 'Kecamatan', 'Punya situs', 'Host diketahui', 'Terdaftar', 'Keadaan',
      'Terakhir terlihat hidup (WITA)', 'Terakhir terlihat (WITA)', 'Jumlah temuan', 'Temuan', 'Aplikasi terdaftar',
    ),
    ...coverage.units.map((u) => [
      text(u.unit.kind),
      text(u.unit.name),
      text(u.unit.abbreviation),
      text(u.unit.code),
      text(u.unit.kind === 'kelurahan' ? kecamatanName.get(u.unit.kecamatan) : undefined),
      yesNo(u.hasSite),
      text(u.hosts.map((h) => h.host).join(', ')),
      yesNo(u.registered),
      text(STATE[u.state]),
      date(u.lastAliveAt),
      date(u.lastSeenAt),
      num(u.problems.length),
      text([...new Set(u.problems.map((p) => `${p.code} (${p.host})`))].join('; ')),
      text(u.apps.map((a) => a.name).join('; ')),
    ]),
  ];
  const widths = [12, 44, 14, 16, 22, 11, 44, 10, 26, 20, 20, 10, 40, 40];
  return { sheet: COVERAGE_SHEET, data: rows, columns: widths.map((width) => ({ width })), filterHeaderRow: totals.length + 2 };
}
