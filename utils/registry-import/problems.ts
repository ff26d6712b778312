/**
 * What a registry import reports: problems that stop it and warnings that do not. Each carries a
 * stable English code for code to match on, the row as the user sees it in Excel (header = row 1;
 * null for the file as a whole), the registry field, and ready text in Indonesian and English so the
 * UI can show either.
 */

import type { LocalText } from '../text/local-text';

export type { LocalText };

/** Why an import is refused. Stable: the UI and tests match on these, never on the text. */
export type ProblemReason =
  | 'file-empty'
  | 'file-too-large'
  | 'unknown-format'
  | 'invalid-json'
  | 'invalid-registry'
  | 'csv-syntax'
  | 'too-many-rows'
  | 'missing-column'
  | 'duplicate-column'
  | 'empty-name'
  | 'no-host'
  | 'bad-url'
  | 'duplicate-host'
  | 'host-outside-domains'
  | 'unknown-status'
  | 'unknown-platform'
  | 'unknown-category'
  | 'unknown-unit-kind'
  | 'bad-source'
  | 'bad-id'
  | 'duplicate-id'
  | 'text-too-long'
  | 'too-many-problems';

/** What an import did on its own that the user should know about before confirming. */
export type WarningReason =
  | 'decoded-as-windows-1252'
  | 'column-ignored'
  | 'source-added'
  | 'opd-not-in-list'
  | 'category-defaulted'
  | 'platform-defaulted'
  | 'url-kept'
  | 'id-kept-from-current'
  | 'host-on-unwatched-domain';

/** One problem or warning. `field` is the registry field; `column` the header as written in the file. */
export interface ImportNotice<Reason extends string> {
  row: number | null;
  field: string | null;
  column?: string;
  reason: Reason;
  message: LocalText;
}

export type Problem = ImportNotice<ProblemReason>;
export type ImportWarning = ImportNotice<WarningReason>;

/** More problems than this means the file is not what the user thinks; listing them all helps no one. */
export const MAX_PROBLEMS = 200;

/** A value from the file as shown in a message: quoted, escaped and cut, since it may be hostile or huge. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(shown);
}

/** Builds a notice; `where` is prefixed to both texts ("Baris 4: …" / "Row 4: …"). */
export function notice<Reason extends string>(
  reason: Reason,
  at: { row: number | null; field: string | null; column?: string },
  message: LocalText,
): ImportNotice<Reason> {
  const prefix: LocalText =
    at.row === null ? { id: '', en: '' } : { id: `Baris ${at.row}: `, en: `Row ${at.row}: ` };
  return {
    row: at.row,
    field: at.field,
    ...(at.column === undefined ? {} : { column: at.column }),
    reason,
    message: { id: `${prefix.id}${message.id}`, en: `${prefix.en}${message.en}` },
  };
}

/** Keeps the first MAX_PROBLEMS problems and says how many more there were. */
export function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    notice('too-many-problems', { row: null, field: null }, {
      id: `…dan ${more} masalah lain.`,
      en: `…and ${more} more problems.`,
    }),
  ];
}
