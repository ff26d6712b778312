/** Registry entry fields (utils/registry/schema.ts) in words, for the import's diff and problem list. */
const FIELD_LABELS: Readonly<Record<string, { id: string; en: string }>> = {
  id: { id: 'ID', en: 'ID' },
  name: { id: 'Nama aplikasi', en: 'App name' },
  abbreviation: { id: 'Singkatan', en: 'Abbreviation' },
  hosts: { id: 'Host (alamat situs)', en: 'Hosts (site addresses)' },
  opd: { id: 'OPD pemilik', en: 'Owning unit' },
  unitKind: { id: 'Jenis unit', en: 'Unit kind' },
  category: { id: 'Kategori', en: 'Category' },
  platforms: { id: 'Platform', en: 'Platforms' },
  status: { id: 'Status', en: 'Status' },
  description: { id: 'Keterangan', en: 'Description' },
  androidPackage: { id: 'Paket Android', en: 'Android package' },
  url: { id: 'Alamat (URL)', en: 'Address (URL)' },
  source: { id: 'Sumber', en: 'Source' },
};

/** A registry field's name in words; a field this Pantau does not know, as written. */
export function registryFieldLabel(field: string, lang: 'id' | 'en'): string {
  return Object.hasOwn(FIELD_LABELS, field) ? (FIELD_LABELS[field]?.[lang] ?? field) : field;
}
