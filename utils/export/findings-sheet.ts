import type { Cell } from 'write-excel-file/universal';
import { findingLabel, type Severity } from '../findings/finding-definitions';
import { SEVERITY_WORDS, text } from './xlsx-cells';
import { tableSheet, type WorkbookSheet } from './xlsx-workbook';

/** A finding as exports and the rekap carry it. */
export interface SheetFinding {
  code: string;
  severity: Severity;
  message: string;
}

/** One host's findings, with the app it belongs to when it is registered. */
export interface HostFindings {
  host: string;
  appName: string | null | undefined;
  opd: string | null | undefined;
  findings: readonly SheetFinding[];
}

/** A host's findings in words, their short names ("Galat HTTP; Tanpa HTTPS"); a code this Pantau does not know, as itself. */
export const findingWords = (findings: readonly SheetFinding[]): Cell => text(findings.map((finding) => findingLabel(finding.code, 'id')).join('; '));

/** The same findings' stable codes, for filtering and for matching across releases. */
export const findingCodes = (findings: readonly SheetFinding[]): Cell => text(findings.map((finding) => finding.code).join('; '));

/** "Temuan": one row per finding of every host, in words with the code beside them. */
export function findingsSheet(hosts: Iterable<HostFindings>): WorkbookSheet {
  const rows = [];
  for (const host of hosts) {
    for (const finding of host.findings) {
      rows.push([text(host.host), text(host.appName), text(host.opd), text(finding.code), text(SEVERITY_WORDS[finding.severity]), text(finding.message)]);
    }
  }
  return tableSheet('Temuan', [['Host', 34], ['Nama aplikasi', 30], ['OPD', 34], ['Kode temuan', 22], ['Tingkat', 10], ['Keterangan', 70]], rows);
}
