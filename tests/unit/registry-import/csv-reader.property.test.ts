import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../utils/registry-import/csv-reader';
import { detectDelimiter, readCsvTable, type Delimiter } from '../../../utils/registry-import/csv-table';

/**
 * The import's own CSV reader against papaparse, which read registry CSV before (and still writes
 * the CSV exports): the same rows and the same syntax errors on well-formed files and on any text.
 */

const papa = (text: string, delimiter: string) => {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  return { rows: parsed.data, errors: parsed.errors.map((e) => ({ row: e.row ?? 0, code: e.code, message: e.message })) };
};

/** readCsvTable as it was with papaparse: the reference for the whole table step. */
function papaTable(text: string) {
  let body = text;
  let hinted: Delimiter | null = null;
  const hint = /^sep=(.)\r?\n/i.exec(body);
  if (hint !== null && (hint[1] === ',' || hint[1] === ';' || hint[1] === '\t')) {
    hinted = hint[1];
    body = body.slice(hint[0].length);
  }
  let quoted = false;
  let first = body;
  for (let i = 0; i < body.length; i += 1) {
    if (body[i] === '"') quoted = !quoted;
    else if (!quoted && (body[i] === '\n' || body[i] === '\r')) {
      first = body.slice(0, i);
      break;
    }
  }
  const delimiter = hinted ?? detectDelimiter(first);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false, header: false });
  const [headerCells = [], ...dataRows] = parsed.data;
  const rows = dataRows.flatMap((cells, index) => {
    const trimmed = cells.map((cell) => cell.trim());
    return trimmed.some((cell) => cell !== '') ? [{ row: index + 2, cells: trimmed }] : [];
  });
  const errors = parsed.errors.map((error) => ({ row: (error.row ?? 0) + 1, message: `${error.code}: ${error.message}` }));
  return { delimiter, headers: headerCells.map((cell) => cell.trim()), rows, errors };
}

const DELIMITERS = [',', ';', '\t'] as const;
const LINE_BREAKS = ['\r\n', '\n', '\r'] as const;
/** Characters that matter to CSV, plus plain text, accents and a BOM. */
const char = fc.constantFrom('a', 'b', ' ', ',', ';', '\t', '"', '\r', '\n', 'é', '\uFEFF', '=', 's', 'e', 'p');
const cell = fc.array(char, { maxLength: 8 }).map((chars) => chars.join(''));
const anyText = fc.array(char, { maxLength: 60 }).map((chars) => chars.join(''));

/** A well-formed file: cells quoted (with "" inside) when they need it or at random. */
const wellFormed = fc
  .record({
    rows: fc.array(fc.array(fc.record({ text: cell, quote: fc.boolean() }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
    delimiter: fc.constantFrom(...DELIMITERS),
    lineBreak: fc.constantFrom(...LINE_BREAKS),
    trailingBreak: fc.boolean(),
    hint: fc.boolean(),
  })
  .map(({ rows, delimiter, lineBreak, trailingBreak, hint }) => {
    const field = ({ text, quote }: { text: string; quote: boolean }) =>
      quote || /["\r\n,;\t]/.test(text) || /^[ \uFEFF]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    const body = rows.map((row) => row.map(field).join(delimiter)).join(lineBreak) + (trailingBreak ? lineBreak : '');
    return { text: (hint ? `sep=${delimiter}\n` : '') + body, body, delimiter, rows };
  });

describe('readCsv equals papaparse', () => {
  it('on well-formed files: every cell back, no error', () => {
    fc.assert(
      fc.property(wellFormed, ({ body, delimiter, rows }) => {
        const mine = readCsv(body, delimiter);
        expect(mine).toEqual(papa(body, delimiter));
        expect(mine.errors).toEqual([]);
        if (body !== '') expect(mine.rows.slice(0, rows.length)).toEqual(rows.map((row) => row.map((c) => c.text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('on any text: the same rows and the same syntax errors', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...DELIMITERS), (text, delimiter) => {
        expect(readCsv(text, delimiter)).toEqual(papa(text, delimiter));
      }),
      { numRuns: 20000 },
    );
  });

  it('through the table step (sep= hint, separator detection, trimming, row numbers, messages)', () => {
    fc.assert(
      fc.property(fc.oneof(wellFormed.map((f) => f.text), anyText), (text) => {
        expect(readCsvTable(text)).toEqual(papaTable(text));
      }),
      { numRuns: 10000 },
    );
  });
});
