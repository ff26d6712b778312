import * as z from 'zod/mini';
import '../text/zod-english';

/** Field schemas that the export's parts share (export-schema.ts, export-units-schema.ts). */

/**
 * Bounds that make a hostile or corrupt file cheap to reject. Far above anything real: titles are
 * cut at 300 characters (utils/text/clean-text.ts) and the city has hundreds of hosts, not thousands.
 */
export const EXPORT_LIMITS = {
  hosts: 50_000,
  text: 4_096,
  url: 8_192,
  findings: 100,
  collectors: 10_000,
  redirects: 20,
  software: 50,
  proposals: 10_000,
  units: 5_000,
} as const;

export const text = z.string().check(z.maxLength(EXPORT_LIMITS.text));
export const isoTime = z.iso.datetime().check(z.describe('ISO 8601 time in UTC, as Date.prototype.toISOString() writes it.'));
export const hostnameField = z
  .string()
  .check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9_.-]+$/), z.describe('Normalised hostname: lower case, punycode, no port.'));
