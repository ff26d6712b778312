import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/universal';
import { autoFilterFeature, filterForTable } from './xlsx-autofilter';
import { header } from './xlsx-cells';

/**
 * A sheet of a Pantau workbook. A table sheet names the row its header is on (0-based): that row
 * gets the AutoFilter, over every column of the header and down to the last row.
 */
export interface WorkbookSheet extends Sheet<Blob> {
  sheet: string;
  filterHeaderRow?: number;
}

/** A column of a table sheet: its bold header and its width (in characters). */
export type TableColumn = readonly [label: string, width: number];

/**
 * A sheet that is one table: the header on row 1, kept in view while scrolling and filterable,
 * then one row per item. Without items it is the header alone (an empty, still filterable table).
 */
export function tableSheet(name: string, columns: readonly TableColumn[], rows: readonly Row[]): WorkbookSheet {
  return {
    sheet: name,
    data: [header(...columns.map(([label]) => label)), ...rows],
    columns: columns.map(([, width]) => ({ width })),
    stickyRowsCount: 1,
    filterHeaderRow: 0,
  };
}

/** The workbook's bytes (.xlsx). Works the same in the browser and in Node 20 (both have Blob). */
export async function writeWorkbook(sheets: readonly WorkbookSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const filters = sheets.flatMap((sheet) => (sheet.filterHeaderRow === undefined ? [] : [filterForTable(sheet.sheet, sheet.data, sheet.filterHeaderRow)]));
  const plain = sheets.map(({ filterHeaderRow: _filterHeaderRow, ...sheet }) => sheet);
  const blob = await writeXlsxFile(plain, { fontFamily: 'Calibri', fontSize: 11, features: [autoFilterFeature(filters)] }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
