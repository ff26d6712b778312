import { EXPORT_FORMAT, EXPORT_LIMITS, EXPORT_VERSION, exportV1Schema, type ExportV1 } from './export-schema';
import { describeValue, formatPath } from '../text/zod-issues';

/** Result of {@link parseExport}: the data, or readable errors (`path: reason`). */
export type ParseExportResult = { ok: true; data: ExportV1 } | { ok: false; errors: string[] };

/** How many problems to list before summarising: a broken 50 000-host file must not make 50 000 lines. */
const MAX_ERRORS = 20;

/** The checks that deserve a specific message, done before zod so they stay cheap on huge input. */
function precheck(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return `not a Pantau export: expected a JSON object, got ${describeValue(json)}`;
  }
  const { format, version, hosts } = json as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) {
    return `not a Pantau export: "format" is ${format === undefined ? 'missing' : describeValue(format)}, expected "${EXPORT_FORMAT}"`;
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return `export version ${version} is newer than this Pantau understands (it reads version ${EXPORT_VERSION}); update Pantau`;
  }
  if (version !== EXPORT_VERSION) {
    return `version: ${version === undefined ? 'missing' : `${describeValue(version)} is not a valid export version`}, expected ${EXPORT_VERSION}`;
  }
  if (Array.isArray(hosts) && hosts.length > EXPORT_LIMITS.hosts) {
    return `hosts: ${hosts.length} hosts is more than the limit of ${EXPORT_LIMITS.hosts}`;
  }
  return null;
}

/**
 * Validates an already-parsed JSON value as a version 1 export. Never throws, whatever the input
 * (including proxies or getters that throw); errors read `path: reason`, at most 20 of them plus
 * a count of the rest.
 */
export function parseExport(json: unknown): ParseExportResult {
  try {
    const early = precheck(json);
    if (early !== null) return { ok: false, errors: [early] };
    const result = exportV1Schema.safeParse(json);
    if (result.success) return { ok: true, data: result.data };
    const issues = result.error.issues;
    const errors = issues.slice(0, MAX_ERRORS).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    if (issues.length > MAX_ERRORS) errors.push(`…and ${issues.length - MAX_ERRORS} more problems`);
    return { ok: false, errors };
  } catch (error) {
    return { ok: false, errors: [`could not read the export: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`] };
  }
}

/** {@link parseExport} for file contents: also reports text that is not JSON at all. */
export function parseExportText(text: string): ParseExportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['not a Pantau export: the file is not valid JSON'] };
  }
  return parseExport(json);
}
