import type { Row } from 'write-excel-file/universal';
import { APP_KIND_LABELS, DEVELOPER_KIND_LABELS, FIELD_LABELS, PLATFORM_LABELS } from '../proposals/proposal-labels';
import type { LocalText } from '../text/local-text';
import type { ExportProposalV1 } from './export-schema';
import { isoDate, num, STATUS_WORDS, text, wordFor } from './xlsx-cells';
import { tableSheet, type TableColumn, type WorkbookSheet } from './xlsx-workbook';

/**
 * "Usulan": the "Laporkan aplikasi" proposals, one row each, in the form's own words (its field
 * labels as headers, its choices in Indonesian), for the rekap workbook and a collector's alike.
 * Without proposals it is the header alone: an auditor sees that none were made, rather than
 * wondering whether the sheet was forgotten.
 */

export const PROPOSALS_SHEET = 'Usulan';

/** The Indonesian word for a choice; a value a newer Pantau added, as itself. */
const inWords = (labels: Readonly<Record<string, LocalText>>, value: string): string => (Object.hasOwn(labels, value) ? labels[value]!.id : value);

const COLUMNS: readonly TableColumn[] = [
  [FIELD_LABELS.host.id, 34],
  [FIELD_LABELS.name.id, 30],
  [FIELD_LABELS.abbreviation.id, 14],
  [FIELD_LABELS.opd.id, 34],
  [FIELD_LABELS.appKind.id, 30],
  [FIELD_LABELS.platforms.id, 18],
  [FIELD_LABELS.status.id, 16],
  [FIELD_LABELS.yearLaunched.id, 12],
  [FIELD_LABELS['developer.kind'].id, 26],
  [FIELD_LABELS['developer.vendorName'].id, 24],
  [FIELD_LABELS['personInCharge.name'].id, 24],
  [FIELD_LABELS['personInCharge.contact'].id, 24],
  [FIELD_LABELS.description.id, 50],
  ['Pengusul', 24],
  ['Unit pengusul', 30],
  ['Disimpan (WITA)', 18],
];

function row(proposal: ExportProposalV1): Row {
  return [
    text(proposal.host),
    text(proposal.name),
    text(proposal.abbreviation),
    text(proposal.opd),
    text(inWords(APP_KIND_LABELS, proposal.appKind)),
    text(proposal.platforms.map((platform) => inWords(PLATFORM_LABELS, platform)).join(', ')),
    text(wordFor(STATUS_WORDS, proposal.status)),
    num(proposal.yearLaunched),
    text(proposal.developer === undefined ? undefined : inWords(DEVELOPER_KIND_LABELS, proposal.developer.kind)),
    text(proposal.developer?.vendorName),
    text(proposal.personInCharge?.name),
    text(proposal.personInCharge?.contact),
    text(proposal.description),
    text(proposal.collector.name),
    text(proposal.collector.unit),
    isoDate(proposal.createdAt),
  ];
}

export function proposalsSheet(proposals: readonly ExportProposalV1[]): WorkbookSheet {
  return tableSheet(PROPOSALS_SHEET, COLUMNS, proposals.map(row));
}
