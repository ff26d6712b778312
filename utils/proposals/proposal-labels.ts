import type { LocalText } from '../registry-import/problems';
import type { Platform } from '../registry/schema';
import type { APP_KINDS, DEVELOPER_KINDS } from './proposal-schema';

/** The proposal form's fields, as problems name them (nested ones with a dot). `form` is the whole value. */
export type ProposalField =
  | 'form'
  | 'host'
  | 'name'
  | 'abbreviation'
  | 'opd'
  | 'appKind'
  | 'platforms'
  | 'status'
  | 'yearLaunched'
  | 'developer.kind'
  | 'developer.vendorName'
  | 'personInCharge.name'
  | 'personInCharge.contact'
  | 'description';

/** Field names in the words of an SPBE inventory form, for messages. */
export const FIELD_LABELS: Readonly<Record<ProposalField, LocalText>> = {
  form: { id: 'Formulir', en: 'The form' },
  host: { id: 'Host', en: 'Host' },
  name: { id: 'Nama aplikasi', en: 'App name' },
  abbreviation: { id: 'Singkatan', en: 'Abbreviation' },
  opd: { id: 'OPD pemilik', en: 'Owning unit (OPD)' },
  appKind: { id: 'Jenis aplikasi (umum/khusus)', en: 'App kind (general/specific)' },
  platforms: { id: 'Basis aplikasi', en: 'Platforms' },
  status: { id: 'Status', en: 'Status' },
  yearLaunched: { id: 'Tahun mulai digunakan', en: 'Year launched' },
  'developer.kind': { id: 'Pengembang', en: 'Developer' },
  'developer.vendorName': { id: 'Nama vendor', en: 'Vendor name' },
  'personInCharge.name': { id: 'Nama penanggung jawab', en: 'Person in charge' },
  'personInCharge.contact': { id: 'Kontak penanggung jawab', en: 'Contact of the person in charge' },
  description: { id: 'Deskripsi singkat', en: 'Short description' },
};

/**
 * The choices of the form in words, shared by the form and the workbooks' "Usulan" sheet
 * (utils/export/proposals-sheet.ts), so a proposal reads the same wherever it is shown.
 */
export const APP_KIND_LABELS: Readonly<Record<(typeof APP_KINDS)[number], LocalText>> = {
  umum: { id: 'Aplikasi umum (dipakai bersama lintas instansi)', en: 'General app (shared across government)' },
  khusus: { id: 'Aplikasi khusus (untuk tugas unit sendiri)', en: "Specific app (for the unit's own task)" },
};

export const DEVELOPER_KIND_LABELS: Readonly<Record<(typeof DEVELOPER_KINDS)[number], LocalText>> = {
  'in-house': { id: 'Dikembangkan sendiri (swakelola)', en: 'Built in-house' },
  vendor: { id: 'Vendor / pihak ketiga', en: 'Vendor / third party' },
};

export const PLATFORM_LABELS: Readonly<Record<Platform, LocalText>> = {
  web: { id: 'Web', en: 'Web' },
  android: { id: 'Android', en: 'Android' },
  ios: { id: 'iOS', en: 'iOS' },
};
