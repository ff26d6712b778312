// Indonesian display names for apps whose research name reads as an English note (rules: scripts/build-registry.ts).
import { withResearchName } from '../../utils/registry/research-name';

/**
 * Keyed by apps.csv `name`. Each new name is built only from the row's own words, the data's unit
 * names, a cited source that was read, or plain Indonesian for an English phrase the researchers
 * wrote; nothing here names an app or a fact the data does not hold. The research name stays in the
 * entry's description (see utils/registry/research-name.ts), where registry search still finds it.
 * A key matching no app is reported as a warning, like APP_OVERRIDES.
 */
export const INDONESIAN_NAMES: Readonly<Record<string, string>> = {
  // "layanan administrasi kependudukan … lewat website": the cited unhas.tv article; "adminduk",
  // "Online" and "Dukcapil" are the row's own words.
  'Online adminduk (Dukcapil web)': 'Layanan Adminduk Online (Dukcapil)',
  // The name quoted in the host's own note in hosts.csv (a developer portfolio's link text).
  'Intern attendance Diskominfo': 'Sistem Absensi Diskominfo Makassar',
  // "Satu Data" is already Indonesian; "data portal" → "portal data".
  'Satu Data / data portal': 'Satu Data / Portal Data',
  // "audit app" → "aplikasi audit"; PTA and apipta are the row's own words.
  'PTA audit app (apipta)': 'Aplikasi Audit PTA (apipta)',
  // "Email Server" → "Server Email"; "Makassar Gov" is the city government, Pemkot Makassar in
  // the data's own owner names (hosts.csv, opd.csv). Mailcow is the software's name.
  'Email Server Makassar Gov (Mailcow)': 'Server Email Pemkot Makassar (Mailcow)',
  // "formerly" → "dahulu".
  'SPMB Kota Makassar (formerly PPDB)': 'SPMB Kota Makassar (dahulu PPDB)',
  // "web / dashboards" → "situs web dan dasbor"; "Makassar Superapps" is the app's own name.
  'Makassar Superapps web / dashboards': 'Makassar Superapps (situs web dan dasbor)',
  // "Emergency" → "Layanan Darurat"; "Call Center 112" and "Command Center" are the service's
  // own terms as written in the row.
  'Call Center 112 / Emergency (Command Center)': 'Call Center 112 / Layanan Darurat (Command Center)',
};

/** The name an app's entry shows, and the description lead that keeps its research name. */
export function displayName(researchName: string, used: Set<string>): { name: string; lead: string[] } {
  const name = INDONESIAN_NAMES[researchName];
  if (name === undefined) return { name: researchName, lead: [] };
  used.add(researchName);
  return { name, lead: [withResearchName(researchName)] };
}

/** Warnings for table keys that matched no app (a renamed or removed row in apps.csv). */
export function unusedNameWarnings(used: ReadonlySet<string>): string[] {
  return Object.keys(INDONESIAN_NAMES)
    .filter((key) => !used.has(key))
    .map((key) => `INDONESIAN_NAMES: no app named "${key}" became an entry.`);
}
