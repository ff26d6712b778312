import type { Feature } from 'write-excel-file/universal';
import {
  appendMarkupInsideElement,
  findElement,
  getCellAddress,
  getSelfClosingTagMarkup,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeTextContent,
} from 'write-excel-file/utility';

/**
 * Excel's AutoFilter (the drop-down arrows on a table's header row) for write-excel-file, which
 * has no option for it. Two parts, as Excel itself writes them:
 * - `<autoFilter ref="A1:E10"/>` in the sheet, after `<sheetData>` and before `<mergeCells>`,
 *   `<conditionalFormatting>`, `<pageMargins>`… (ECMA-376 CT_Worksheet order; a misplaced element
 *   makes Excel "repair" the file);
 * - the hidden defined name `_xlnm._FilterDatabase` for the same range, scoped to the sheet
 *   (`localSheetId` = its 0-based position), in `<definedNames>` after `<sheets>`: LibreOffice
 *   shows no filter without it.
 */

/** One sheet's filtered table: its header row and last row (0-based) and how many columns it has. */
export interface SheetAutoFilter {
  sheet: string;
  headerRow: number;
  lastRow: number;
  columns: number;
}

const columnLetters = (columnIndex: number): string => getCellAddress(0, columnIndex).replace(/\d+$/, '');

/** The filter's range in A1 notation, `A1:E10`. */
export function autoFilterRef(filter: SheetAutoFilter): string {
  return `${getCellAddress(filter.headerRow, 0)}:${getCellAddress(filter.lastRow, filter.columns - 1)}`;
}

/** The range as the defined name holds it: `'Per OPD'!$A$1:$E$10` (a quote in the name doubled). */
export function filterDatabaseRef(filter: SheetAutoFilter): string {
  const quoted = `'${filter.sheet.replaceAll("'", "''")}'`;
  const last = columnLetters(filter.columns - 1);
  return `${quoted}!$A$${filter.headerRow + 1}:$${last}$${filter.lastRow + 1}`;
}

/** A filter over a sheet's table from `headerRow` to the last row, as wide as its header row. */
export function filterForTable(sheet: string, rows: readonly (readonly unknown[])[], headerRow = 0): SheetAutoFilter {
  const header = rows[headerRow];
  if (header === undefined || header.length === 0) throw new Error(`${sheet}: no header row ${headerRow} to filter on`);
  return { sheet, headerRow, lastRow: Math.max(headerRow, rows.length - 1), columns: header.length };
}

/** The write-excel-file feature that adds each filter to its sheet (matched by sheet name). */
export function autoFilterFeature(filters: readonly SheetAutoFilter[]): Feature<Blob> {
  const bySheet = new Map(filters.map((filter) => [filter.sheet, filter]));
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform(xml, sheetOptions) {
            const filter = sheetOptions.sheet === undefined ? undefined : bySheet.get(sheetOptions.sheet);
            if (filter === undefined || findElement(xml, 'autoFilter') !== undefined) return xml;
            const markup = getSelfClosingTagMarkup('autoFilter', { ref: autoFilterRef(filter) });
            return insertElementMarkupAccordingToOrderOfSiblings(xml, markup, WORKSHEET_ORDER, 'worksheet');
          },
        },
        'xl/workbook.xml': {
          transform(xml, sheetsOptions) {
            const names = sheetsOptions
              .map((options, index) => ({ filter: options.sheet === undefined ? undefined : bySheet.get(options.sheet), index }))
              .filter((item): item is { filter: SheetAutoFilter; index: number } => item.filter !== undefined)
              .map(({ filter, index }) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${sanitizeTextContent(filterDatabaseRef(filter))}</definedName>`)
              .join('');
            if (names === '') return xml;
            const definedNames = findElement(xml, 'definedNames');
            if (definedNames !== undefined) return appendMarkupInsideElement(xml, definedNames, names);
            return insertElementMarkupAccordingToOrderOfSiblings(xml, `<definedNames>${names}</definedNames>`, WORKBOOK_ORDER, 'workbook');
          },
        },
      },
    },
  };
}

// The schema's sibling order (ECMA-376 Part 1, CT_Worksheet and CT_Workbook). The library's own
// table (getOrderOfSiblings) is incomplete and puts pivotCaches before definedNames.
const WORKSHEET_ORDER = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
const WORKBOOK_ORDER = ['fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];
