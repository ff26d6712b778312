import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { autoFilterRef, filterDatabaseRef, filterForTable } from '../../../utils/export/xlsx-autofilter';
import { num, text } from '../../../utils/export/xlsx-cells';
import { tableSheet, writeWorkbook, type WorkbookSheet } from '../../../utils/export/xlsx-workbook';

/** The workbook's XML files by name. */
function unzipXml(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const definedNames = (workbookXml: string) =>
  [...workbookXml.matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)" hidden="1">([^<]*)<\/definedName>/g)].map(([, name, id, ref]) => ({ name, localSheetId: Number(id), ref }));

describe('AutoFilter ranges', () => {
  it('spans the header row to the last row, as wide as the header', () => {
    const rows = [[1, 2, 3], [1], [1, 2, 3, 4]];
    expect(filterForTable('Host', rows)).toEqual({ sheet: 'Host', headerRow: 0, lastRow: 2, columns: 3 });
    expect(autoFilterRef(filterForTable('Host', rows))).toBe('A1:C3');
    expect(autoFilterRef(filterForTable('Host', [[], [], ['a', 'b'], ['x']], 2))).toBe('A3:B4');
  });

  it('writes columns past Z and quotes the sheet name, doubling its quotes', () => {
    const filter = { sheet: "OPD 'lama'", headerRow: 0, lastRow: 9, columns: 28 };
    expect(autoFilterRef(filter)).toBe('A1:AB10');
    expect(filterDatabaseRef(filter)).toBe("'OPD ''lama'''!$A$1:$AB$10");
  });

  it('covers the header alone when the table is empty', () => {
    expect(autoFilterRef(filterForTable('Usulan', [['Host', 'Nama']]))).toBe('A1:B1');
  });

  it('refuses a table without a header row', () => {
    expect(() => filterForTable('Kosong', [])).toThrow(/no header row/);
    expect(() => filterForTable('Kosong', [[]])).toThrow(/no header row/);
  });
});

describe('writeWorkbook', () => {
  const plain: WorkbookSheet = { sheet: 'Ringkasan', data: [[text('Uraian'), text('Nilai')], [text('Host'), num(3)]] };
  const hosts = tableSheet('Host & co', [['Host', 30], ['Kunjungan', 10], ['Judul', 40]], [
    [text('a.makassarkota.go.id'), num(2), text('A')],
    [text('b.makassarkota.go.id'), num(5), text('B')],
  ]);
  const empty = tableSheet("Usulan 'baru'", [['Host', 30], ['Nama', 30]], []);

  it('puts <autoFilter> on each table sheet right after its data, with the table\'s range', async () => {
    const xml = unzipXml(await writeWorkbook([plain, hosts, empty]));
    expect(xml['xl/worksheets/sheet1.xml']).not.toContain('<autoFilter');
    expect(xml['xl/worksheets/sheet2.xml']).toMatch(/<\/sheetData><autoFilter ref="A1:C3"\/>/);
    expect(xml['xl/worksheets/sheet3.xml']).toMatch(/<\/sheetData><autoFilter ref="A1:B1"\/>/);
  });

  it('keeps the schema order when the sheet has merged cells, conditional formats and page setup', async () => {
    const busy: WorkbookSheet = {
      ...tableSheet('Sibuk', [['A', 10], ['B', 10], ['C', 10]], [[{ value: 'gabung', type: String, columnSpan: 2 }, null, num(120)]]),
      orientation: 'landscape',
      conditionalFormatting: [{ cellRange: { from: { row: 2, column: 3 }, to: { row: 2, column: 3 } }, condition: { operator: '>', value: 100 }, style: { backgroundColor: '#cc0000' } }],
    };
    const sheet = unzipXml(await writeWorkbook([busy]))['xl/worksheets/sheet1.xml']!;
    const at = (tag: string) => {
      const index = sheet.indexOf(`<${tag}`);
      expect(index, tag).toBeGreaterThan(-1);
      return index;
    };
    expect(sheet.match(/<autoFilter /g)).toHaveLength(1);
    expect(at('autoFilter')).toBeGreaterThan(sheet.indexOf('</sheetData>'));
    expect(at('autoFilter')).toBeLessThan(at('mergeCells'));
    expect(at('mergeCells')).toBeLessThan(at('conditionalFormatting'));
    expect(at('conditionalFormatting')).toBeLessThan(at('pageMargins'));
    expect(at('pageMargins')).toBeLessThan(at('pageSetup'));
    expect(sheet).toContain('<autoFilter ref="A1:C2"/>');
  });

  it('names each filter range _xlnm._FilterDatabase, scoped to its sheet, after <sheets>', async () => {
    const workbook = unzipXml(await writeWorkbook([plain, hosts, empty]))['xl/workbook.xml']!;
    expect(definedNames(workbook)).toEqual([
      { name: '_xlnm._FilterDatabase', localSheetId: 1, ref: "'Host &amp; co'!$A$1:$C$3" },
      { name: '_xlnm._FilterDatabase', localSheetId: 2, ref: "'Usulan ''baru'''!$A$1:$B$1" },
    ]);
    expect(workbook.match(/<definedNames>/g)).toHaveLength(1);
    expect(workbook.indexOf('<definedNames>')).toBeGreaterThan(workbook.indexOf('</sheets>'));
    expect(workbook.indexOf('<definedNames>')).toBeLessThan(workbook.indexOf('<calcPr'));
  });

  it('writes no defined name when no sheet is a table', async () => {
    const workbook = unzipXml(await writeWorkbook([plain]))['xl/workbook.xml']!;
    expect(workbook).not.toContain('_FilterDatabase');
  });

  it('still reads back as the same cells', async () => {
    const sheets = await readXlsxFile(Buffer.from(await writeWorkbook([plain, hosts, empty])));
    expect(sheets.map((s) => s.sheet)).toEqual(['Ringkasan', 'Host & co', "Usulan 'baru'"]);
    expect(sheets[1]!.data).toEqual([['Host', 'Kunjungan', 'Judul'], ['a.makassarkota.go.id', 2, 'A'], ['b.makassarkota.go.id', 5, 'B']]);
    expect(sheets[2]!.data).toEqual([['Host', 'Nama']]);
  });

  it('freezes the header row of a table sheet', async () => {
    const sheet = unzipXml(await writeWorkbook([hosts]))['xl/worksheets/sheet1.xml']!;
    expect(sheet).toMatch(/<pane ySplit="1"[^>]*state="frozen"/);
  });
});
