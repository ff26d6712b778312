import type { ExportInspectionV1 } from './export-schema';

/** An exported inspection's lists as one line of text, the same in the CSV and the workbook. */

/** "301 http://x/; 302 https://x/masuk": each hop's status and where it redirected from. */
export const redirectsText = (redirects: ExportInspectionV1['redirects']): string =>
  redirects.map((hop) => `${hop.status} ${hop.url ?? ''}`.trim()).join('; ');

/** "WordPress 6.4; nginx": each recognised software with its version when known. */
export const softwareText = (software: ExportInspectionV1['software']): string =>
  software.map((item) => (item.version === null ? item.name : `${item.name} ${item.version}`)).join('; ');
