import * as z from 'zod/mini';
import '../text/zod-english';
import { EXPORT_LIMITS, hostnameField, isoTime, text } from './export-fields';
import { exportUnitSchema } from './export-units-schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-marker';

export { EXPORT_LIMITS } from './export-fields';

/**
 * The Pantau export, version 1: the interchange format auditors merge (docs/export-format.md).
 *
 * Compatibility promise: version 1 only ever GAINS OPTIONAL fields. Every object is therefore a
 * `looseObject`: unknown fields from a newer Pantau are kept (and passed through) instead of
 * rejected, while the fields listed here stay required and strictly typed. Changing or removing
 * one of them, or adding a required one, means version 2.
 */

export { EXPORT_FORMAT, EXPORT_VERSION } from './export-marker';


/** REGISTRY_STATUSES of utils/registry/schema.ts, copied so the export contract is explicit; build-export.ts checks they match. */
export const EXPORT_APP_STATUSES = ['aktif', 'tidak-aktif', 'pengembangan', 'tidak-diketahui'] as const;


const appSchema = z
  .looseObject({
    id: text.check(z.minLength(1)),
    name: text,
    opd: text.check(z.describe('Owning unit (Organisasi Perangkat Daerah).')),
    status: z.enum(EXPORT_APP_STATUSES),
  })
  .check(z.describe('The registry entry the host belongs to, or null when it is not in the registry.'));

const findingSchema = z.looseObject({
  // An open pattern rather than an enum: findings.ts only ever ADDS codes, and an older Pantau
  // must still read an export that carries a code it does not know yet.
  code: z
    .string()
    .check(z.maxLength(64), z.regex(/^[a-z][a-z0-9-]*$/), z.describe('Stable key of the finding (e.g. "unregistered"); match on this, never on the message.')),
  severity: z.enum(['high', 'medium', 'low']),
  message: text.check(z.describe('Indonesian message for people; wording may change between releases.')),
  detail: z
    .optional(text)
    .check(
      z.describe('Machine-readable specifics: error name, HTTP status, placeholder kind, version sources, newest date, or the cause of registry-active-down.'),
    ),
});

/** Who collected: a person's name and unit as they entered them (either may be empty). */
const collectorRefSchema = z.looseObject({ name: text, unit: text });

/** One export that went into a rekap (utils/rekap/): identified by its collector and exportedAt. */
const rekapSourceSchema = z.looseObject({
  name: text,
  unit: text,
  exportedAt: isoTime,
  registryVersion: text.check(z.describe('Registry version the source export was made with.')),
  hosts: z.int().check(z.nonnegative(), z.describe('How many hosts the source export listed.')),
});
// Origin + path only, like lastUrl: a query string or fragment (personal data) is invalid.
const pageUrl = z.string().check(z.maxLength(EXPORT_LIMITS.url), z.regex(/^https?:\/\/[^?#\s]+$/));

const inspectionSchema = z
  .looseObject({
    checkedAt: isoTime.check(z.describe('When the newest of the response and page observations was made.')),
    status: z.nullable(z.int().check(z.gte(100), z.lte(999))).check(z.describe('HTTP status of the final response; null when the load failed.')),
    finalUrl: z.nullable(pageUrl).check(z.describe('Where the load ended, origin and path only.')),
    redirects: z
      .array(z.looseObject({ url: z.nullable(pageUrl), status: z.int().check(z.gte(0), z.lte(999)) }))
      .check(
        z.maxLength(EXPORT_LIMITS.redirects),
        z.describe('Each redirect on the way to finalUrl, in order: the URL that redirected and its status.'),
      ),
    https: z.nullable(z.boolean()),
    hsts: z.nullable(z.boolean()).check(z.describe('A Strict-Transport-Security header with max-age > 0 on an HTTPS response.')),
    server: z.nullable(text).check(z.describe('The Server header, cleaned.')),
    poweredBy: z.nullable(text).check(z.describe('The X-Powered-By header, cleaned.')),
    software: z
      .array(z.looseObject({ name: text.check(z.minLength(1)), version: z.nullable(text) }))
      .check(z.maxLength(EXPORT_LIMITS.software), z.describe('Software recognised from the page and the headers.')),
    title: z.nullable(text).check(z.describe('Page title read by the content script; page-controlled text.')),
    // An open pattern rather than an enum, like finding codes: kinds are only ever added.
    placeholder: z
      .nullable(z.string().check(z.maxLength(64), z.regex(/^[a-z][a-z0-9-]*$/)))
      .check(z.describe('server-default, suspended, directory-listing, coming-soon, maintenance or empty; null for a real page.')),
    passwordField: z.nullable(z.boolean()),
    newestDate: z
      .nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))
      .check(z.describe('Newest date written on the page that is not in the future (YYYY-MM-DD).')),
    copyrightYear: z.nullable(z.int().check(z.gte(1000), z.lte(9999))),
    error: z
      .optional(z.nullable(text))
      .check(z.describe('Browser error name when the load failed (e.g. net::ERR_CERT_AUTHORITY_INVALID).')),
    lastModified: z.optional(z.nullable(isoTime)).check(z.describe('The Last-Modified header of the final response.')),
    // Issue 5, additive: an open pattern like placeholder, so later sources stay readable.
    source: z
      .optional(z.string().check(z.maxLength(32), z.regex(/^[a-z][a-z0-9-]*$/)))
      .check(
        z.describe(
          '"sweep" when the census sweep ("Periksa semua") fetched the site itself; absent when a visit made the inspection. A sweep records redirect hops with status 0 (not known).',
        ),
      ),
  })
  .check(z.describe('What the last load of this host showed (issue 3); absent when Pantau has not inspected it.'));

/** APP_KINDS, DEVELOPER_KINDS and PLATFORMS of utils/proposals and utils/registry, copied like the statuses (closed lists of version 1). */
export const EXPORT_APP_KINDS = ['umum', 'khusus'] as const;
export const EXPORT_DEVELOPER_KINDS = ['in-house', 'vendor'] as const;
export const EXPORT_PLATFORMS = ['web', 'android', 'ios'] as const;

/** One "Laporkan aplikasi" proposal: an unregistered host proposed for the registry, with SPBE inventory fields. */
const proposalSchema = z
  .looseObject({
    host: hostnameField,
    name: text.check(z.minLength(1), z.describe('App name (nama aplikasi).')),
    abbreviation: z.optional(text),
    opd: text.check(z.minLength(1), z.describe('Owning unit, from the OPD list or typed.')),
    appKind: z.enum(EXPORT_APP_KINDS).check(z.describe('SPBE kind: aplikasi umum (shared) or khusus (a unit\'s own).')),
    platforms: z.array(z.enum(EXPORT_PLATFORMS)).check(z.minLength(1), z.maxLength(EXPORT_PLATFORMS.length)),
    status: z.enum(EXPORT_APP_STATUSES),
    yearLaunched: z.optional(z.int().check(z.gte(1990), z.lte(9999))),
    developer: z.optional(z.looseObject({ kind: z.enum(EXPORT_DEVELOPER_KINDS), vendorName: z.optional(text) })),
    personInCharge: z
      .optional(z.looseObject({ name: z.optional(text), contact: z.optional(text) }))
      .check(z.describe('Person in charge (personal data: never copied into a registry file).')),
    description: z.optional(text),
    collector: collectorRefSchema.check(z.describe('Who proposed it (their settings when they saved it).')),
    createdAt: isoTime.check(z.describe('When the proposal was last saved.')),
  })
  .check(z.describe('A proposed registry entry for an unregistered host.'));

const hostSchema = z
  .looseObject({
    host: hostnameField,
    registered: z.boolean(),
    app: z.nullable(appSchema),
    firstSeen: isoTime,
    lastSeen: isoTime,
    visits: z.int().check(z.nonnegative()),
    // Origin + path only. The pattern makes a query string or fragment (personal data) invalid,
    // so a tampered file cannot smuggle one into a merge.
    lastUrl: z.nullable(z.string().check(z.maxLength(EXPORT_LIMITS.url), z.regex(/^https?:\/\/[^?#\s]+$/))),
    lastTitle: z.nullable(text),
    lastOutcome: z.enum(['ok', 'error']),
    lastError: z.nullable(text),
    findings: z.array(findingSchema).check(z.maxLength(EXPORT_LIMITS.findings)),
    collectors: z
      .optional(z.array(collectorRefSchema).check(z.maxLength(EXPORT_LIMITS.collectors)))
      .check(z.describe('Rekap only: every collector who saw this host. Absent in a single collector\'s export.')),
    inspection: z.optional(inspectionSchema),
    // Additive: an open pattern like finding codes, so a later way of seeing a host stays readable.
    seenBy: z.optional(z.array(z.string().check(z.maxLength(32), z.regex(/^[a-z][a-z0-9-]*$/))).check(z.maxLength(8))).check(
      z.describe(
        'How the host was seen: "visit" (visited in a browser), "sweep" (answered the census sweep, "Periksa semua"), or both. A host only the sweep answered has visits 0 and firstSeen = lastSeen = the sweep\'s answer. Absent in older exports: read it as ["visit"].',
      ),
    ),
  })
  .check(
    z.superRefine((host, ctx) => {
      if (host.registered !== (host.app !== null)) {
        ctx.addIssue({ code: 'custom', path: ['app'], message: '"app" must be an object exactly when "registered" is true' });
      }
    }),
    // The same rule for JSON Schema readers (refinements do not appear in z.toJSONSchema output).
    z.meta({
      if: { properties: { registered: { const: true } } },
      then: { properties: { app: { type: 'object' } } },
      else: { properties: { app: { type: 'null' } } },
    }),
  );

/** Zod schema of a version 1 export. Parse untrusted input with {@link parseExport}, not directly. */
export const exportV1Schema = z.looseObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoTime,
  domain: z.string().check(z.minLength(1), z.maxLength(253), z.describe('The watched city domain, e.g. "makassarkota.go.id".')),
  collector: z.looseObject({ name: text, unit: text }).check(z.describe('Who collected the data (may be empty strings).')),
  extension: z.looseObject({ version: text, browser: text }),
  registry: z
    .looseObject({ version: text, entries: z.int().check(z.nonnegative()) })
    .check(z.describe('The app registry in force: its version and how many entries it had.')),
  hosts: z
    .array(hostSchema)
    .check(z.maxLength(EXPORT_LIMITS.hosts), z.describe('One item per city host seen (visited, or answered the census sweep), sorted by host.')),
  collectors: z
    .optional(z.array(rekapSourceSchema).check(z.maxLength(EXPORT_LIMITS.collectors)))
    .check(z.describe('Rekap only: the exports merged into this file, one item per collector + exportedAt.')),
  proposals: z
    .optional(z.array(proposalSchema).check(z.maxLength(EXPORT_LIMITS.proposals)))
    .check(z.describe('Proposals ("Laporkan aplikasi") made in this browser; in a rekap, the newest per host and collector.')),
  units: z
    .optional(z.array(exportUnitSchema).check(z.maxLength(EXPORT_LIMITS.units)))
    .check(z.describe('Rekap only: the rollout of unit sites, one item per unit of the expected-unit plan ("Cakupan unit").')),
});

/** A version 1 export (future optional fields appear as unknown extra keys). */
export type ExportV1 = z.infer<typeof exportV1Schema>;
/** One host of a version 1 export. */
export type ExportHostV1 = ExportV1['hosts'][number];
/** The inspection of one host in a version 1 export. */
export type ExportInspectionV1 = NonNullable<ExportHostV1['inspection']>;
/** One proposal of a version 1 export. */
export type ExportProposalV1 = NonNullable<ExportV1['proposals']>[number];
