import { readCsv } from './csv-reader';

/**
 * A CSV file as a table of trimmed cells, each row numbered as Excel shows it (header = row 1), so
 * a problem "row 7" is the row the user sees as 7. Excel in an Indonesian locale saves with `;`
 * (the comma is the decimal separator there), elsewhere with `,`: the separator is detected from
 * the header line, or taken from Excel's own `sep=;` hint line.
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** The row number in Excel: the header is 1, the first data row 2. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: Delimiter;
  headers: string[];
  rows: CsvRow[];
  /** Syntax errors (an unclosed quote, say) with the row they start in. */
  errors: Array<{ row: number; message: string }>;
}

/** The separator used most in the first line outside quotes; a tie or none means `,`. */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  const best = (Object.entries(counts) as Array<[Delimiter, number]>).sort((a, b) => b[1] - a[1])[0];
  return best !== undefined && best[1] > counts[','] ? best[0] : ',';
}

/** The first line, without quoted line breaks counting as an end. */
function firstLineOf(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return text.slice(0, i);
  }
  return text;
}

/** Parses CSV text (BOM already removed). Rows whose cells are all empty are skipped but still counted. */
export function readCsvTable(text: string): CsvTable {
  let body = text;
  let hinted: Delimiter | null = null;
  const hint = /^sep=(.)\r?\n/i.exec(body);
  if (hint !== null && (hint[1] === ',' || hint[1] === ';' || hint[1] === '\t')) {
    hinted = hint[1];
    // Excel reads the hint line and does not show it, so the header is still row 1 there.
    body = body.slice(hint[0].length);
  }
  const delimiter = hinted ?? detectDelimiter(firstLineOf(body));
  const parsed = readCsv(body, delimiter);
  const [headerCells = [], ...dataRows] = parsed.rows;
  const rows: CsvRow[] = [];
  dataRows.forEach((cells, index) => {
    const trimmed = cells.map((cell) => cell.trim());
    if (trimmed.some((cell) => cell !== '')) rows.push({ row: index + 2, cells: trimmed });
  });
  const errors = parsed.errors.map((error) => ({
    row: error.row + 1,
    message: `${error.code}: ${error.message}`,
  }));
  return { delimiter, headers: headerCells.map((cell) => cell.trim()), rows, errors };
}
