/**
 * The CSV reader of the registry import, in the worker and the dashboard alike: RFC 4180 fields
 * (quoted or not, `""` for a quote inside quotes, line breaks inside quotes), one separator given
 * by the caller, one line break for the whole file as papaparse guessed it (CRLF, LF or CR), which
 * the import used before; tests/unit/registry-import/csv-reader.property.test.ts holds it equal
 * to papaparse on every input. Its leniencies are papaparse's, so a file accepted before is still
 * accepted: a quote inside an unquoted field is text, and blanks between a closing quote and the
 * separator or line break are dropped. The worker carries this instead of papaparse's 19 kB.
 */

export interface CsvSyntaxError {
  /** The row the broken field is in, counted from 0 (the header). */
  row: number;
  code: 'MissingQuotes' | 'InvalidQuotes';
  message: string;
}

export interface CsvReading {
  rows: string[][];
  errors: CsvSyntaxError[];
}

const MISSING_QUOTES = 'Quoted field unterminated';
const INVALID_QUOTES = 'Trailing quote on quoted field is malformed';

/**
 * The line break of a file: quoted stretches aside, LF when there is no CR or an LF comes first,
 * else CRLF when at least half the CRs are followed by LF, else CR. Read from the first MiB.
 */
export function guessLineBreak(text: string): '\n' | '\r\n' | '\r' {
  const head = text.slice(0, 1024 * 1024).replace(/"[^]*?"/g, '');
  const byCr = head.split('\r');
  const byLf = head.split('\n');
  if (byCr.length === 1 || (byLf.length > 1 && byLf[0]!.length < byCr[0]!.length)) return '\n';
  const crlf = byCr.filter((part) => part.startsWith('\n')).length;
  return crlf >= byCr.length / 2 ? '\r\n' : '\r';
}

/** Where the next separator or line break at or after `from` is, or -1. */
function nextBreak(text: string, from: number, delimiter: string, lineBreak: string): number {
  const d = text.indexOf(delimiter, from);
  const n = text.indexOf(lineBreak, from);
  return d === -1 ? n : n === -1 ? d : Math.min(d, n);
}

/**
 * Reads `text` into rows of raw cells. A leading byte-order mark is dropped; text that ends without
 * a line break still ends a row; empty text has none.
 */
export function readCsv(input: string, delimiter: string): CsvReading {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const lineBreak = guessLineBreak(text);
  const rows: string[][] = [];
  const errors: CsvSyntaxError[] = [];
  if (text === '') return { rows, errors };
  let row: string[] = [];
  let at = 0;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  for (;;) {
    if (text[at] === '"') {
      const start = at + 1;
      let search = start;
      for (;;) {
        const quote = text.indexOf('"', search);
        if (quote === -1) {
          errors.push({ row: rows.length, code: 'MissingQuotes', message: MISSING_QUOTES });
          row.push(text.slice(start));
          endRow();
          return { rows, errors };
        }
        const value = () => text.slice(start, quote).replaceAll('""', '"');
        if (quote === text.length - 1) {
          row.push(value());
          endRow();
          return { rows, errors };
        }
        if (text[quote + 1] === '"') {
          search = quote + 2;
          continue;
        }
        // A closing quote: blanks, then the next separator or line break.
        const end = nextBreak(text, quote + 1, delimiter, lineBreak);
        if (end !== -1 && text.slice(quote + 1, end).trim() === '') {
          row.push(value());
          if (text.startsWith(delimiter, end)) {
            at = end + delimiter.length;
          } else {
            at = end + lineBreak.length;
            endRow();
          }
          break;
        }
        errors.push({ row: rows.length, code: 'InvalidQuotes', message: INVALID_QUOTES });
        search = quote + 1;
      }
      continue;
    }
    const end = nextBreak(text, at, delimiter, lineBreak);
    if (end === -1) {
      row.push(text.slice(at));
      endRow();
      return { rows, errors };
    }
    row.push(text.slice(at, end));
    if (text.startsWith(delimiter, end)) {
      at = end + delimiter.length;
    } else {
      at = end + lineBreak.length;
      endRow();
    }
  }
}
