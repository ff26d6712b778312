/**
 * Neutralising spreadsheet formulas in CSV text cells, whatever separator the spreadsheet applies.
 *
 * Excel splits a CSV on the list separator of the regional settings (`;` with Indonesian settings,
 * `,` in English, tab for pasted text), and it treats quotes only at the start of a cell. A cell
 * written for `,` can therefore be cut by Excel at any `,` `;` tab, CR or LF inside it, and every
 * piece becomes a cell of its own: `Dinas;=cmd|' /C calc'!A0` gives a formula cell under `;`
 * (issue 10, fault 1). So the neutralising `'` goes in front of every place a cell could start: the
 * start of the text, and right after each of those characters (after any quotes there, which Excel
 * strips when it opens a cell).
 */

/** Characters that start a formula (OWASP), plus LF and NUL (ASVS 5.0 1.2.10). */
const DANGEROUS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\0']);
/** Characters where Excel may end one cell and start another: every separator it can apply, and line ends. */
const CELL_BREAKS = new Set([',', ';', '\t', '\r', '\n']);

/** `text` with a `'` in front of every formula character that could start a cell. */
export function neutraliseCell(text: string): string {
  let out = '';
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // CR LF is one line break, not a CR followed by a cell that starts with LF.
    const lineFeedOfCrLf = ch === '\n' && text[i - 1] === '\r';
    if (cellStart && DANGEROUS.has(ch) && !lineFeedOfCrLf) out += "'";
    out += ch;
    // Quotes opening a cell keep it "at the start": Excel drops them and reads on.
    cellStart = CELL_BREAKS.has(ch) || (cellStart && ch === '"');
  }
  return out;
}
