import type { Row } from 'write-excel-file/universal';
import type { ExportV1 } from './export-schema';
import { hostsSheet } from './export-xlsx-hosts';
import { findingsSheet } from './findings-sheet';
import { proposalsSheet } from './proposals-sheet';
import { header, isoDate, num, text } from './xlsx-cells';
import { writeWorkbook, type WorkbookSheet } from './xlsx-workbook';

/**
 * A collector's export as an Excel workbook, for the office that reads it in a spreadsheet:
 * "Host" (what the CSV holds, in words and typed cells), "Temuan" (one row per finding), "Usulan"
 * (the proposals, when there are any: the rekap's own sheet) and "Tentang" (who, when, which
 * registry). The table sheets have a sticky, filterable header. Like the CSV it is for reading;
 * the JSON export stays the file a rekap merges (docs/export-format.md).
 */

export const EXPORT_XLSX_SHEETS = ['Host', 'Temuan', 'Usulan', 'Tentang'] as const;

function aboutSheet(data: ExportV1): WorkbookSheet {
  const rows: Row[] = [
    header('Uraian', 'Nilai'),
    [text('Nama pengumpul'), text(data.collector.name)],
    [text('Unit'), text(data.collector.unit)],
    [text('Waktu ekspor (WITA)'), isoDate(data.exportedAt)],
    [text('Domain yang dipantau'), text(data.domain)],
    [text('Versi registri'), text(data.registry.version)],
    [text('Entri registri'), num(data.registry.entries)],
    [text('Versi Pantau'), text(data.extension.version)],
    [text('Browser'), text(data.extension.browser)],
    [text('Format ekspor'), text(data.format)],
    [text('Versi format ekspor'), num(data.version)],
    [text('Jumlah host'), num(data.hosts.length)],
    [text('Jumlah usulan'), num(data.proposals?.length ?? 0)],
  ];
  return { sheet: 'Tentang', data: rows, columns: [{ width: 28 }, { width: 40 }] };
}

export async function exportToXlsx(data: ExportV1): Promise<Uint8Array<ArrayBuffer>> {
  const findings = data.hosts.map((host) => ({ host: host.host, appName: host.app?.name, opd: host.app?.opd, findings: host.findings }));
  const proposals = data.proposals ?? [];
  return writeWorkbook([
    hostsSheet(data.hosts),
    findingsSheet(findings),
    ...(proposals.length === 0 ? [] : [proposalsSheet(proposals)]),
    aboutSheet(data),
  ]);
}
