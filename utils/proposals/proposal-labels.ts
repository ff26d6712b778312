import type { LocalText } from '../registry-import/problems';

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
