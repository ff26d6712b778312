#!/usr/bin/env node
// Compiled from scripts/cli/ by scripts/build-cli.mjs (npm run build:cli); do not edit.

// utils/settings/settings.ts
var DEFAULT_PREFERENCES = { language: "auto", recentDays: 90 };
var RECENT_DAYS_RANGE = { min: 1, max: 3650 };

// scripts/cli/rekap-command.ts
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";

// utils/text/i18n.ts
function createTranslator(getMessage) {
  return (key, substitutions) => {
    const args = substitutions === void 0 ? void 0 : typeof substitutions === "string" ? [substitutions] : [...substitutions];
    try {
      const text3 = getMessage(key, args);
      return text3 === void 0 || text3 === "" ? key : text3;
    } catch {
      return key;
    }
  };
}
function translatorFromMessages(messages) {
  return createTranslator((key, substitutions = []) => {
    const entry = Object.hasOwn(messages, key) ? messages[key] : void 0;
    if (entry === void 0) return void 0;
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content])
    );
    const withContent = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (match, name) => {
      return placeholders.get(name.toLowerCase()) ?? match;
    });
    return withContent.replace(
      /\$(\$|[1-9])/g,
      (_match, what) => what === "$" ? "$" : substitutions[Number(what) - 1] ?? ""
    );
  });
}
function languageFromLocale(locale) {
  return locale !== void 0 && /^en(?:$|[-_])/i.test(locale) ? "en" : "id";
}

// utils/export/export-schema.ts
import { z } from "zod";
var EXPORT_FORMAT = "pantau.export";
var EXPORT_VERSION = 1;
var EXPORT_LIMITS = {
  hosts: 5e4,
  text: 4096,
  url: 8192,
  findings: 100,
  collectors: 1e4,
  redirects: 20,
  software: 50,
  proposals: 1e4
};
var EXPORT_APP_STATUSES = ["aktif", "tidak-aktif", "pengembangan", "tidak-diketahui"];
var text = z.string().max(EXPORT_LIMITS.text);
var isoTime = z.iso.datetime().describe("ISO 8601 time in UTC, as Date.prototype.toISOString() writes it.");
var appSchema = z.looseObject({
  id: text.min(1),
  name: text,
  opd: text.describe("Owning unit (Organisasi Perangkat Daerah)."),
  status: z.enum(EXPORT_APP_STATUSES)
}).describe("The registry entry the host belongs to, or null when it is not in the registry.");
var findingSchema = z.looseObject({
  // An open pattern rather than an enum: findings.ts only ever ADDS codes, and an older Pantau
  // must still read an export that carries a code it does not know yet.
  code: z.string().max(64).regex(/^[a-z][a-z0-9-]*$/).describe('Stable key of the finding (e.g. "unregistered"); match on this, never on the message.'),
  severity: z.enum(["high", "medium", "low"]),
  message: text.describe("Indonesian message for people; wording may change between releases."),
  detail: text.optional().describe("Machine-readable specifics: error name, HTTP status, placeholder kind, version sources, newest date, or the cause of registry-active-down.")
});
var collectorRefSchema = z.looseObject({ name: text, unit: text });
var rekapSourceSchema = z.looseObject({
  name: text,
  unit: text,
  exportedAt: isoTime,
  registryVersion: text.describe("Registry version the source export was made with."),
  hosts: z.int().nonnegative().describe("How many hosts the source export listed.")
});
var pageUrl = z.string().max(EXPORT_LIMITS.url).regex(/^https?:\/\/[^?#\s]+$/);
var inspectionSchema = z.looseObject({
  checkedAt: isoTime.describe("When the newest of the response and page observations was made."),
  status: z.int().min(100).max(999).nullable().describe("HTTP status of the final response; null when the load failed."),
  finalUrl: pageUrl.nullable().describe("Where the load ended, origin and path only."),
  redirects: z.array(z.looseObject({ url: pageUrl.nullable(), status: z.int().min(0).max(999) })).max(EXPORT_LIMITS.redirects).describe("Each redirect on the way to finalUrl, in order: the URL that redirected and its status."),
  https: z.boolean().nullable(),
  hsts: z.boolean().nullable().describe("A Strict-Transport-Security header with max-age > 0 on an HTTPS response."),
  server: text.nullable().describe("The Server header, cleaned."),
  poweredBy: text.nullable().describe("The X-Powered-By header, cleaned."),
  software: z.array(z.looseObject({ name: text.min(1), version: text.nullable() })).max(EXPORT_LIMITS.software).describe("Software recognised from the page and the headers."),
  title: text.nullable().describe("Page title read by the content script; page-controlled text."),
  // An open pattern rather than an enum, like finding codes: kinds are only ever added.
  placeholder: z.string().max(64).regex(/^[a-z][a-z0-9-]*$/).nullable().describe("server-default, suspended, directory-listing, coming-soon, maintenance or empty; null for a real page."),
  passwordField: z.boolean().nullable(),
  newestDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe("Newest date written on the page that is not in the future (YYYY-MM-DD)."),
  copyrightYear: z.int().min(1e3).max(9999).nullable(),
  error: text.nullable().optional().describe("Browser error name when the load failed (e.g. net::ERR_CERT_AUTHORITY_INVALID)."),
  lastModified: isoTime.nullable().optional().describe("The Last-Modified header of the final response."),
  // Issue 5, additive: an open pattern like placeholder, so later sources stay readable.
  source: z.string().max(32).regex(/^[a-z][a-z0-9-]*$/).optional().describe('"sweep" when the census sweep ("Periksa semua") fetched the site itself; absent when a visit made the inspection. A sweep records redirect hops with status 0 (not known).')
}).describe("What the last load of this host showed (issue 3); absent when Pantau has not inspected it.");
var EXPORT_APP_KINDS = ["umum", "khusus"];
var EXPORT_DEVELOPER_KINDS = ["in-house", "vendor"];
var EXPORT_PLATFORMS = ["web", "android", "ios"];
var hostnameField = z.string().min(1).max(253).regex(/^[a-z0-9_.-]+$/).describe("Normalised hostname: lower case, punycode, no port.");
var proposalSchema = z.looseObject({
  host: hostnameField,
  name: text.min(1).describe("App name (nama aplikasi)."),
  abbreviation: text.optional(),
  opd: text.min(1).describe("Owning unit, from the OPD list or typed."),
  appKind: z.enum(EXPORT_APP_KINDS).describe("SPBE kind: aplikasi umum (shared) or khusus (a unit's own)."),
  platforms: z.array(z.enum(EXPORT_PLATFORMS)).min(1).max(EXPORT_PLATFORMS.length),
  status: z.enum(EXPORT_APP_STATUSES),
  yearLaunched: z.int().min(1990).max(9999).optional(),
  developer: z.looseObject({ kind: z.enum(EXPORT_DEVELOPER_KINDS), vendorName: text.optional() }).optional(),
  personInCharge: z.looseObject({ name: text.optional(), contact: text.optional() }).optional().describe("Person in charge (personal data: never copied into a registry file)."),
  description: text.optional(),
  collector: collectorRefSchema.describe("Who proposed it (their settings when they saved it)."),
  createdAt: isoTime.describe("When the proposal was last saved.")
}).describe("A proposed registry entry for an unregistered host.");
var hostSchema = z.looseObject({
  host: hostnameField,
  registered: z.boolean(),
  app: appSchema.nullable(),
  firstSeen: isoTime,
  lastSeen: isoTime,
  visits: z.int().nonnegative(),
  // Origin + path only. The pattern makes a query string or fragment (personal data) invalid,
  // so a tampered file cannot smuggle one into a merge.
  lastUrl: z.string().max(EXPORT_LIMITS.url).regex(/^https?:\/\/[^?#\s]+$/).nullable(),
  lastTitle: text.nullable(),
  lastOutcome: z.enum(["ok", "error"]),
  lastError: text.nullable(),
  findings: z.array(findingSchema).max(EXPORT_LIMITS.findings),
  collectors: z.array(collectorRefSchema).max(EXPORT_LIMITS.collectors).optional().describe("Rekap only: every collector who saw this host. Absent in a single collector's export."),
  inspection: inspectionSchema.optional()
}).superRefine((host, ctx) => {
  if (host.registered !== (host.app !== null)) {
    ctx.addIssue({ code: "custom", path: ["app"], message: '"app" must be an object exactly when "registered" is true' });
  }
}).meta({
  if: { properties: { registered: { const: true } } },
  then: { properties: { app: { type: "object" } } },
  else: { properties: { app: { type: "null" } } }
});
var exportV1Schema = z.looseObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoTime,
  domain: z.string().min(1).max(253).describe('The watched city domain, e.g. "makassarkota.go.id".'),
  collector: z.looseObject({ name: text, unit: text }).describe("Who collected the data (may be empty strings)."),
  extension: z.looseObject({ version: text, browser: text }),
  registry: z.looseObject({ version: text, entries: z.int().nonnegative() }).describe("The app registry in force: its version and how many entries it had."),
  hosts: z.array(hostSchema).max(EXPORT_LIMITS.hosts).describe("One item per visited city host, sorted by host."),
  collectors: z.array(rekapSourceSchema).max(EXPORT_LIMITS.collectors).optional().describe("Rekap only: the exports merged into this file, one item per collector + exportedAt."),
  proposals: z.array(proposalSchema).max(EXPORT_LIMITS.proposals).optional().describe('Proposals ("Laporkan aplikasi") made in this browser; in a rekap, the newest per host and collector.')
});

// utils/text/zod-issues.ts
function valueAt(root, path) {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return void 0;
    value = value[key];
  }
  return value;
}
function formatPath(path) {
  if (path.length === 0) return "(root)";
  return path.map((key, i) => typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`).join("");
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}

// utils/export/parse-export.ts
var MAX_ERRORS = 20;
function precheck(json) {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return `not a Pantau export: expected a JSON object, got ${describeValue(json)}`;
  }
  const { format, version, hosts } = json;
  if (format !== EXPORT_FORMAT) {
    return `not a Pantau export: "format" is ${format === void 0 ? "missing" : describeValue(format)}, expected "${EXPORT_FORMAT}"`;
  }
  if (typeof version === "number" && Number.isInteger(version) && version > EXPORT_VERSION) {
    return `export version ${version} is newer than this Pantau understands (it reads version ${EXPORT_VERSION}); update Pantau`;
  }
  if (version !== EXPORT_VERSION) {
    return `version: ${version === void 0 ? "missing" : `${describeValue(version)} is not a valid export version`}, expected ${EXPORT_VERSION}`;
  }
  if (Array.isArray(hosts) && hosts.length > EXPORT_LIMITS.hosts) {
    return `hosts: ${hosts.length} hosts is more than the limit of ${EXPORT_LIMITS.hosts}`;
  }
  return null;
}
function parseExport(json) {
  try {
    const early = precheck(json);
    if (early !== null) return { ok: false, errors: [early] };
    const result = exportV1Schema.safeParse(json);
    if (result.success) return { ok: true, data: result.data };
    const issues = result.error.issues;
    const errors = issues.slice(0, MAX_ERRORS).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    if (issues.length > MAX_ERRORS) errors.push(`\u2026and ${issues.length - MAX_ERRORS} more problems`);
    return { ok: false, errors };
  } catch (error) {
    return { ok: false, errors: [`could not read the export: ${error instanceof Error ? error.message.slice(0, 200) : "unknown error"}`] };
  }
}

// utils/rekap/read-export-file.ts
var MAX_EXPORT_BYTES = 64 * 1024 * 1024;
function checkFileSize(bytes) {
  if (bytes > MAX_EXPORT_BYTES) {
    return { ok: false, problem: "too-large", details: [`${bytes} bytes; the limit is ${MAX_EXPORT_BYTES} bytes`] };
  }
  return null;
}
function readExportText(text3) {
  const size = checkFileSize(text3.length);
  if (size !== null) return size;
  const body = text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;
  if (body.trim() === "") return { ok: false, problem: "empty", details: ["the file is empty"] };
  let json;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, problem: "not-json", details: [error instanceof Error ? error.message.slice(0, 200) : "not JSON"] };
  }
  const top = typeof json === "object" && json !== null && !Array.isArray(json) ? json : null;
  if (top === null || top.format !== EXPORT_FORMAT) {
    return { ok: false, problem: "not-pantau", details: [`"format" is not "${EXPORT_FORMAT}"`] };
  }
  if (typeof top.version === "number" && Number.isInteger(top.version) && top.version > EXPORT_VERSION) {
    return { ok: false, problem: "newer-version", details: [`version ${top.version}; this Pantau reads version ${EXPORT_VERSION}`] };
  }
  const parsed = parseExport(json);
  return parsed.ok ? { ok: true, data: parsed.data } : { ok: false, problem: "invalid", details: parsed.errors };
}

// utils/export/export-csv.ts
import Papa from "papaparse";
var CSV_COLUMNS = [
  "host",
  "registered",
  "app_id",
  "app_name",
  "opd",
  "registry_status",
  "first_seen",
  "last_seen",
  "visits",
  "last_url",
  "last_title",
  "last_outcome",
  "last_error",
  "findings",
  // Since issue 3 (inspection); empty when the host was not inspected.
  "checked_at",
  "http_status",
  "final_url",
  "redirects",
  "https",
  "hsts",
  "server",
  "powered_by",
  "software",
  "page_title",
  "placeholder",
  "password_field",
  "newest_date",
  "copyright_year",
  "load_error",
  "last_modified"
];
var FORMULA_START = /^[=+\-@\t\r\n\0]/;
var INSPECTION_COLUMNS = CSV_COLUMNS.length - CSV_COLUMNS.indexOf("checked_at");
function row(host) {
  return [
    host.host,
    host.registered,
    host.app?.id ?? null,
    host.app?.name ?? null,
    host.app?.opd ?? null,
    host.app?.status ?? null,
    host.firstSeen,
    host.lastSeen,
    host.visits,
    host.lastUrl,
    host.lastTitle,
    host.lastOutcome,
    host.lastError,
    host.findings.map((finding) => finding.code).join("; "),
    ...inspectionCells(host.inspection)
  ];
}
function inspectionCells(inspection) {
  if (inspection === void 0) return Array(INSPECTION_COLUMNS).fill(null);
  return [
    inspection.checkedAt,
    inspection.status,
    inspection.finalUrl,
    // "301 http://x/; 302 https://x/masuk": each hop's status and where it redirected from.
    inspection.redirects.map((hop) => `${hop.status} ${hop.url ?? ""}`.trim()).join("; "),
    inspection.https,
    inspection.hsts,
    inspection.server,
    inspection.poweredBy,
    inspection.software.map((item) => item.version === null ? item.name : `${item.name} ${item.version}`).join("; "),
    inspection.title,
    inspection.placeholder,
    inspection.passwordField,
    inspection.newestDate,
    inspection.copyrightYear,
    inspection.error ?? null,
    inspection.lastModified ?? null
  ];
}
function exportToCsv(data) {
  const rows = [[...CSV_COLUMNS], ...data.hosts.map(row)];
  const body = Papa.unparse(rows, { newline: "\r\n", escapeFormulae: FORMULA_START });
  return `\uFEFF${body}\r
`;
}

// utils/export/export-json.ts
function exportToJson(data) {
  return `${JSON.stringify(data, null, 2)}
`;
}

// utils/registry/schema.ts
import { z as z2 } from "zod";

// utils/domains/host-match.ts
var LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
function normaliseHost(raw) {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 300) return null;
  if (/[\s/\\?#@:%]/.test(raw)) return null;
  let host;
  try {
    host = new URL(`http://${raw}/`).hostname;
  } catch {
    return null;
  }
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (host.length === 0 || host.length > 253) return null;
  const labels = host.split(".");
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  if (labels.every((label) => /^\d+$/.test(label))) return null;
  return host;
}
function isUnderDomain(host, domain) {
  return host === domain || host.endsWith(`.${domain}`);
}

// utils/registry/schema.ts
var REGISTRY_STATUSES = ["aktif", "tidak-aktif", "pengembangan", "tidak-diketahui"];
var UNIT_KINDS = [
  "sekretariat",
  "inspektorat",
  "bagian",
  "dinas",
  "satpol",
  "badan",
  "rsud",
  "lembaga",
  "kecamatan",
  "kelurahan",
  "pemkot",
  "tidak-diketahui"
];
var CATEGORIES = ["public-service", "unit-profile", "internal"];
var PLATFORMS = ["web", "android", "ios"];
var ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var GITHUB_SOURCE = /^github:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/[^@\n]+@[0-9a-f]{7,40}$/;
var HTTPS_SOURCE = /^https:\/\/[^\s/]+\.[^\s/]+(?:\/\S*)?$/;
var FILE_SOURCE = /^file:[^\n\r@]{1,200}@\d{4}-\d{2}-\d{2}$/;
var PROPOSAL_SOURCE = /^proposal:[^\n\r@]{1,200}@\d{4}-\d{2}-\d{2}$/;
var hostnameSchema = z2.string().refine((host) => normaliseHost(host) === host, {
  message: "is not a normalised hostname (expected lower case, no scheme, port, path or trailing dot)"
});
function isPublicSource(source) {
  return GITHUB_SOURCE.test(source) || HTTPS_SOURCE.test(source);
}
var sourceSchema = z2.string().refine((source) => isPublicSource(source) || FILE_SOURCE.test(source) || PROPOSAL_SOURCE.test(source), {
  message: 'must be "github:OWNER/REPO/PATH@COMMIT", an https:// address, "file:NAME@YYYY-MM-DD" or "proposal:COLLECTOR@YYYY-MM-DD"'
});
var registryEntrySchema = z2.object({
  id: z2.string().regex(ID_PATTERN, { message: 'must be a kebab-case slug such as "lontara-plus"' }),
  name: z2.string().trim().min(1, { message: "must not be empty" }),
  abbreviation: z2.string().trim().min(1, { message: "must not be empty when present" }).optional(),
  hosts: z2.array(hostnameSchema).min(1, { message: "must list at least one host" }),
  /** Owning unit as named in opd.csv; empty when no source names an owner (unitKind `tidak-diketahui`). */
  opd: z2.string(),
  unitKind: z2.enum(UNIT_KINDS),
  category: z2.enum(CATEGORIES),
  platforms: z2.array(z2.enum(PLATFORMS)),
  status: z2.enum(REGISTRY_STATUSES),
  description: z2.string().optional(),
  androidPackage: z2.string().regex(/^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+$/, { message: "must be a Java package name" }).optional(),
  url: z2.httpUrl({ message: "must be an http:// or https:// URL" }).optional(),
  source: z2.array(sourceSchema).min(1, { message: "must cite at least one source" })
}).strict();
var registrySchema = z2.object({
  format: z2.literal("pantau.registry"),
  version: z2.string().regex(/^(?:\d{4}\.\d{2}\.\d{2}|\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)$/, {
    message: 'must be a calendar version like "2026.11.27" or a semver like "1.2.0"'
  }),
  domains: z2.array(hostnameSchema).min(1, { message: "must list at least one domain" }),
  generatedAt: z2.iso.datetime({ message: 'must be an ISO date-time such as "2025-09-24T00:00:00.000Z"' }),
  entries: z2.array(registryEntrySchema)
}).strict();

// utils/findings/finding-definitions.ts
var FINDINGS = {
  unregistered: {
    severity: "high",
    id: "Host kota ini tidak ada di registri aplikasi. OPD pemiliknya perlu melaporkannya.",
    en: "This city host is not in the app registry. Its owning unit needs to report it.",
    advice: {
      id: "Cari OPD pemiliknya dan daftarkan aplikasinya di registri, atau matikan host ini bila tidak dipakai.",
      en: "Find the owning unit and add the app to the registry, or switch the host off if it is not used."
    }
  },
  "registry-not-active": {
    severity: "medium",
    id: "Registri mencatat aplikasi ini tidak aktif atau masih dikembangkan, tetapi situsnya dapat dibuka.",
    en: "The registry lists this app as inactive or in development, but the site loaded.",
    advice: {
      id: "Perbarui statusnya di registri, atau matikan situsnya bila memang tidak dipakai lagi.",
      en: "Update its status in the registry, or switch the site off if it really is no longer used."
    }
  },
  unreachable: {
    severity: "high",
    id: "Kunjungan terakhir gagal karena galat jaringan.",
    en: "The last visit failed with a network error.",
    advice: { id: "Catat kode galatnya dan teruskan ke pengelola server.", en: "Note the error code and pass it to the server administrator." }
  },
  "registry-active-down": {
    severity: "high",
    id: "Registri mencatat aplikasi ini AKTIF, tetapi situsnya tidak berfungsi.",
    en: "The registry lists this app as ACTIVE, but its site is not working.",
    advice: {
      id: "Prioritas utama: warga dan pegawai mengandalkan layanan ini. Hubungi OPD pemiliknya dan pengelola server hari ini; bila aplikasinya memang dihentikan, ubah statusnya di registri.",
      en: "Top priority: residents and staff rely on this service. Contact its owning unit and the server administrator today; if the app was retired, change its registry status."
    }
  },
  "http-error": {
    severity: "high",
    id: "Server menjawab dengan status galat HTTP.",
    en: "The server answered with an HTTP error status.",
    advice: {
      id: "Status 4xx: halaman atau aplikasinya hilang atau ditolak; periksa apakah aplikasi dipindah atau dihapus. Status 5xx: aplikasi atau server rusak; periksa log galat server.",
      en: "A 4xx status: the page or app is gone or refused; check whether it was moved or removed. A 5xx status: the app or server is broken; check the server\u2019s error log."
    }
  },
  placeholder: {
    severity: "high",
    id: "Yang tampil bukan aplikasi, melainkan halaman pengganti",
    en: "What loads is not an app but a placeholder page",
    advice: {
      id: "Pasang atau pulihkan aplikasinya, atau matikan host ini dan perbarui registri bila aplikasinya sudah tidak ada.",
      en: "Install or restore the app, or switch this host off and update the registry if the app is gone."
    }
  },
  "no-https": {
    severity: "medium",
    id: "Halaman ini dilayani lewat HTTP biasa, tanpa enkripsi.",
    en: "This page is served over plain HTTP, without encryption.",
    advice: {
      id: "Pasang sertifikat TLS (gratis dengan Let\u2019s Encrypt) dan alihkan semua HTTP ke HTTPS.",
      en: "Install a TLS certificate (free with Let\u2019s Encrypt) and redirect all HTTP to HTTPS."
    }
  },
  "login-over-http": {
    severity: "high",
    id: "Ada kolom kata sandi di halaman HTTP atau formulir yang mengirim ke HTTP: kata sandi terkirim tanpa enkripsi.",
    en: "A password field sits on an HTTP page or in a form posting to HTTP: passwords travel unencrypted.",
    advice: {
      id: "Segera aktifkan HTTPS untuk halaman login dan tujuan formulirnya; sampai selesai, anggap kata sandi yang dipakai di sini bocor dan ganti.",
      en: "Switch the login page and its form target to HTTPS now; until then, treat passwords used here as leaked and change them."
    }
  },
  "no-hsts": {
    severity: "low",
    id: "Situs HTTPS ini tidak mengirim header Strict-Transport-Security (HSTS).",
    en: "This HTTPS site sends no Strict-Transport-Security (HSTS) header.",
    advice: {
      id: 'Tambahkan header "Strict-Transport-Security: max-age=31536000" agar peramban selalu memakai HTTPS.',
      en: 'Add the header "Strict-Transport-Security: max-age=31536000" so browsers always use HTTPS.'
    }
  },
  "version-exposed": {
    severity: "low",
    id: "Server atau halaman menyebutkan nomor versi perangkat lunaknya",
    en: "The server or page reveals its software version number",
    advice: {
      id: "Sembunyikan versi (Apache: ServerTokens Prod; nginx: server_tokens off; PHP: expose_php = Off; hapus tag generator) dan pastikan perangkat lunaknya mutakhir.",
      en: "Hide versions (Apache: ServerTokens Prod; nginx: server_tokens off; PHP: expose_php = Off; remove the generator tag) and keep the software up to date."
    }
  },
  "stale-content": {
    severity: "medium",
    id: "Konten terbaru di halaman ini lebih tua dari batas kesegaran; tanggal terbarunya",
    en: "The newest content on this page is older than the freshness limit; its newest date is",
    advice: {
      id: "Tanyakan ke OPD pemilik apakah situs ini masih dikelola; perbarui isinya, atau ubah statusnya di registri.",
      en: "Ask the owning unit whether the site is still maintained; update its content, or change its registry status."
    }
  }
};
var PLACEHOLDER_TEXT = {
  "server-default": {
    label: { id: "halaman bawaan server web", en: "the web server\u2019s default page" },
    advice: { id: "Server web terpasang, tetapi aplikasinya tidak terpasang atau tidak terhubung.", en: "The web server is installed, but the app is not installed or not connected." }
  },
  suspended: {
    label: { id: "akun hosting ditangguhkan", en: "a suspended hosting account" },
    advice: { id: "Hubungi penyedia hosting (biasanya soal tagihan); pertimbangkan memindahkannya ke server Pemkot.", en: "Contact the hosting provider (usually about billing); consider moving it to a city server." }
  },
  "directory-listing": {
    label: { id: "daftar isi direktori", en: "a directory listing" },
    advice: { id: "Daftar berkas bisa membocorkan berkas internal: matikan directory listing (Options -Indexes / autoindex off).", en: "A file listing can leak internal files: turn directory listing off (Options -Indexes / autoindex off)." }
  },
  "coming-soon": {
    label: { id: 'halaman "segera hadir"', en: 'a "coming soon" page' },
    advice: { id: "Pastikan jadwal peluncurannya, atau catat statusnya sebagai pengembangan di registri.", en: "Confirm its launch date, or record it as in development in the registry." }
  },
  maintenance: {
    label: { id: 'halaman "sedang dalam perbaikan"', en: "a maintenance page" },
    advice: { id: "Bila berlangsung lama, tanyakan jadwal pemulihannya ke OPD pemilik.", en: "If it lasts, ask the owning unit when it will be back." }
  },
  empty: {
    label: { id: "halaman (hampir) kosong", en: "an (almost) empty page" },
    advice: { id: "Aplikasi mungkin galat tanpa pesan: periksa log server dan aplikasi.", en: "The app may be failing silently: check the server and app logs." }
  }
};
var ACTIVE_DOWN_CAUSE = {
  unreachable: { id: "tidak dapat dibuka", en: "it does not load" },
  "http-error": { id: "galat HTTP", en: "an HTTP error" },
  placeholder: { id: "hanya halaman pengganti", en: "only a placeholder page" }
};

// utils/inspection/dates.ts
var MONTHS = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12
};
var MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|")})(?![a-z])\\.?`;
var MIN_YEAR = 1995;
var PATTERNS = [
  // 2025-11-27, 2025/11/27, 2025-11-27T10:00:00+08:00
  { regex: /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/g, toDate: (m) => ymd(m[1], m[2], m[3]) },
  // 27/11/2025, 27-11-2025, 27.11.2025: day first, as Indonesia writes; 11/27/2025 is read month first.
  { regex: /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g, toDate: (m) => ymd(m[4], m[3], m[1]) ?? ymd(m[4], m[1], m[3]) },
  // 27 November 2025, Kamis, 27 Nov. 2025, 5th May 2024
  { regex: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})(?!\\d)`, "gi"), toDate: (m) => ymd(m[3], month(m[2]), m[1]) },
  // November 27, 2025 (WordPress's English default)
  { regex: new RegExp(`(?<![a-z])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "gi"), toDate: (m) => ymd(m[3], month(m[1]), m[2]) }
];
var UNIT_MS = {
  detik: 1e3,
  second: 1e3,
  sec: 1e3,
  menit: 6e4,
  minute: 6e4,
  min: 6e4,
  jam: 36e5,
  hour: 36e5,
  hr: 36e5,
  hari: 864e5,
  day: 864e5,
  minggu: 7 * 864e5,
  pekan: 7 * 864e5,
  week: 7 * 864e5,
  bulan: 30.44 * 864e5,
  month: 30.44 * 864e5,
  tahun: 365.25 * 864e5,
  year: 365.25 * 864e5
};
function month(name) {
  const number = name === void 0 ? void 0 : MONTHS[name.toLowerCase()];
  return number === void 0 ? void 0 : String(number);
}
function ymd(year, monthText, day) {
  const y = Number(year);
  const m = Number(monthText);
  const d = Number(day);
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < MIN_YEAR || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
function localDate(time) {
  const date2 = new Date(time);
  const pad = (n) => String(n).padStart(2, "0");
  return `${date2.getFullYear()}-${pad(date2.getMonth() + 1)}-${pad(date2.getDate())}`;
}
function olderThanMonths(date2, months, reference) {
  const ref = new Date(reference);
  const limit = new Date(ref.getFullYear(), ref.getMonth() - months, ref.getDate());
  return date2 < localDate(limit.getTime());
}

// utils/inspection/response-facts.ts
var VERSION_IN_BANNER = /(?:\/|\bv|\s)\d+(?:\.\d+)*(?=$|[\s;,()])/i;
function versionSources(server, poweredBy, generators) {
  const sources = [];
  if (server !== null && VERSION_IN_BANNER.test(server)) sources.push("Server");
  if (poweredBy !== null && VERSION_IN_BANNER.test(poweredBy)) sources.push("X-Powered-By");
  if (generators.some((generator) => VERSION_IN_BANNER.test(generator))) sources.push("generator");
  return sources;
}

// utils/inspection/types.ts
var PLACEHOLDER_KINDS = [
  "server-default",
  "suspended",
  "directory-listing",
  "coming-soon",
  "maintenance",
  "empty"
];

// utils/visits/firefox-error-codes.ts
var OTHER_FAILURES = {
  2147500036: "NS_ERROR_ABORT",
  2147500037: "NS_ERROR_FAILURE",
  // SECURITY module: 0x805A0000 + (-NSS error). NSS numbers its errors up from a negative base:
  // SEC_ERROR_ -0x2000, SSL_ERROR_ -0x3000, mozilla::pkix's -0x4000.
  [2153381888 + 8192 - 13]: "SEC_ERROR_UNKNOWN_ISSUER",
  [2153381888 + 8192 - 11]: "SEC_ERROR_EXPIRED_CERTIFICATE",
  [2153381888 + 12288 - 12]: "SSL_ERROR_BAD_CERT_DOMAIN",
  [2153381888 + 16384 - 14]: "MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT"
};

// utils/findings/findings.ts
var DEFAULT_FINDING_OPTIONS = { staleMonths: 12 };
var PROMINENT = "registry-active-down";
var SEVERITY_RANK = { high: 3, medium: 2, low: 1 };
var isNotActive = (entry) => entry.status === "tidak-aktif" || entry.status === "pengembangan";
function computeFindings(entry, record, inspection = null, options = DEFAULT_FINDING_OPTIONS) {
  const findings = [];
  const add = (code, detail) => findings.push(detail === void 0 || detail === null ? { code, severity: FINDINGS[code].severity } : { code, severity: FINDINGS[code].severity, detail });
  if (record === null) return [];
  const failed = record.lastOutcome === "error" || inspection !== null && inspection.error !== null;
  if (entry === null) add("unregistered");
  if (failed) add("unreachable", record.lastOutcome === "error" ? record.lastError : inspection?.error);
  const live = inspection !== null && !failed ? inspection : null;
  const httpError = live !== null && live.status !== null && live.status >= 400;
  const placeholder = live !== null && !httpError ? live.placeholder : null;
  if (httpError) add("http-error", String(live.status));
  if (placeholder !== null) add("placeholder", placeholder);
  if (live !== null) {
    if (live.https === false) add("no-https");
    if (live.passwordOverHttp === true) add("login-over-http");
    if (live.https === true && live.hsts === false) add("no-hsts");
    const sources = versionSources(live.server, live.poweredBy, live.generators);
    if (sources.length > 0) add("version-exposed", sources.join(", "));
    if (!httpError && placeholder === null && live.newestDate !== null && live.pageCheckedAt !== null && olderThanMonths(live.newestDate, options.staleMonths, live.pageCheckedAt)) {
      add("stale-content", live.newestDate);
    }
  }
  const alive = !failed && placeholder === null && (live === null || live.status === null || live.status >= 200 && live.status < 300);
  if (entry !== null && alive && isNotActive(entry)) add("registry-not-active");
  if (entry !== null && entry.status === "aktif") {
    const cause = failed ? "unreachable" : httpError ? "http-error" : placeholder !== null ? "placeholder" : null;
    if (cause !== null) add("registry-active-down", cause);
  }
  return findings.sort(
    (a, b) => Number(b.code === PROMINENT) - Number(a.code === PROMINENT) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.code.localeCompare(b.code)
  );
}
var isPlaceholderKind = (value) => PLACEHOLDER_KINDS.includes(value ?? "");
function detailText(code, detail, lang) {
  if (detail === void 0 || detail === "") return null;
  if (code === "placeholder") return isPlaceholderKind(detail) ? PLACEHOLDER_TEXT[detail].label[lang] : null;
  if (code === "registry-active-down") {
    return detail === "unreachable" || detail === "http-error" || detail === "placeholder" ? ACTIVE_DOWN_CAUSE[detail][lang] : null;
  }
  if (code === "http-error") return `HTTP ${detail}`;
  if (code === "unreachable") return null;
  return detail;
}
function findingMessage(code, lang, detail) {
  const base = FINDINGS[code][lang];
  const extra = detailText(code, detail, lang);
  return extra === null ? base : `${base.replace(/[.:]$/, "")}: ${extra}`;
}

// utils/inspection/fingerprints.ts
var V = String.raw`(\d+(?:\.\d+){0,3})`;
var re = (source, flags = "i") => new RegExp(source, flags);
var FINGERPRINTS = [
  {
    name: "WordPress",
    kind: "cms",
    generator: [re(`^WordPress(?:\\s+${V})?`)],
    script: [re("/wp-(?:includes|content)/")],
    stylesheet: [re("/wp-(?:includes|content)/")],
    // WordPress announces its REST API on every page.
    selector: ['link[rel="https://api.w.org/"]']
  },
  {
    name: "Joomla",
    kind: "cms",
    // Joomla 1.5 still wrote its version ("Joomla! 1.5 - Open Source…"); later ones do not.
    generator: [re(`^Joomla!?(?:\\s+${V})?`)],
    script: [re("/media/(?:system|jui|vendor/joomla)[^?#]*\\.js")],
    selector: ["script.joomla-script-options"]
  },
  {
    name: "Drupal",
    kind: "cms",
    generator: [re(`^Drupal(?:\\s+${V})?`)],
    script: [re("/(?:core/)?misc/drupal\\.js")],
    stylesheet: [re("/sites/(?:default|all)/")],
    // Drupal 8+ marks its settings script and its form elements.
    selector: ["script[data-drupal-selector]", "form[data-drupal-selector]", "input[data-drupal-selector]"]
  },
  {
    name: "Laravel",
    kind: "framework",
    script: [re("/vendor/livewire/livewire(?:\\.min)?\\.js")],
    // Blade's @csrf writes a hidden `_token` input; the framework sets an XSRF-TOKEN cookie.
    selector: ['input[type="hidden"][name="_token"]'],
    cookie: [re("^(?:laravel_session|XSRF-TOKEN)$", "")]
  },
  {
    name: "CodeIgniter",
    kind: "framework",
    // `csrf_test_name` is the default CSRF field of CodeIgniter 3 and 4; `ci_session` its session cookie.
    selector: ['input[name="csrf_test_name"]'],
    cookie: [re("^ci_session$", "")]
  },
  {
    name: "Yii",
    kind: "framework",
    script: [re("/yii(?:\\.activeForm|\\.validation|\\.gridView)?\\.js")],
    // Yii 2's csrfMetaTags names its parameter `_csrf` (`_csrf-frontend` in the advanced template);
    // Yii 1 posts YII_CSRF_TOKEN.
    selector: ['meta[name="csrf-param"][content^="_csrf"]', 'input[name="YII_CSRF_TOKEN"]'],
    cookie: [re("^(?:YII_CSRF_TOKEN|_csrf(?:-frontend|-backend)?)$", "")]
  },
  {
    name: "Moodle",
    kind: "cms",
    script: [re("/lib/(?:javascript|requirejs)\\.php/"), re("/theme/yui_combo\\.php")],
    stylesheet: [re("/theme/styles\\.php/")],
    // Moodle's page head always starts its keywords with "moodle".
    selector: ['meta[name="keywords"][content^="moodle"]'],
    cookie: [re("^MoodleSession", "")]
  },
  {
    name: "Open Journal Systems",
    kind: "cms",
    generator: [re(`^Open Journal Systems(?:\\s+${V})?`)],
    script: [re("/lib/pkp/")],
    stylesheet: [re("/lib/pkp/")],
    // PKP's web feed plugin announces the journal's feeds on every page.
    selector: ['link[href*="WebFeedGatewayPlugin"]']
  },
  {
    name: "jQuery",
    kind: "library",
    script: [
      // jquery-3.6.0.min.js, jquery.3.6.0.js
      re(`/jquery[.-]${V}(?:\\.slim)?(?:\\.min)?\\.js`),
      // cdnjs / Google: …/jquery/3.6.0/jquery.min.js; jsDelivr / unpkg: …/jquery@3.6.0/…
      re(`/jquery[/@]${V}/`),
      // WordPress: wp-includes/js/jquery/jquery.min.js?ver=3.7.1
      re(`/jquery(?:\\.min)?\\.js\\?ver=${V}`),
      re("/jquery(?:\\.slim)?(?:\\.min)?\\.js")
    ]
  },
  {
    name: "Bootstrap",
    kind: "library",
    script: [re(`/(?:twitter-)?bootstrap[/@-]v?${V}(?:-dist)?/`), re("/bootstrap(?:\\.bundle)?(?:\\.min)?\\.js")],
    stylesheet: [re(`/(?:twitter-)?bootstrap[/@-]v?${V}(?:-dist)?/`), re("/bootstrap(?:\\.min)?\\.css")]
  },
  { name: "Apache", kind: "server", server: [re(`^Apache(?![\\w-])(?:/${V})?`)] },
  { name: "nginx", kind: "server", server: [re(`^nginx(?![\\w-])(?:/${V})?`)] },
  { name: "IIS", kind: "server", server: [re(`^Microsoft-IIS(?:/${V})?`)] },
  { name: "LiteSpeed", kind: "server", server: [re("^(?:Open)?LiteSpeed")] },
  {
    name: "PHP",
    kind: "language",
    poweredBy: [re(`PHP(?:/${V})?`)],
    // Some Apache builds append the PHP module to the banner: "Apache/2.4.29 (Ubuntu) PHP/7.2.24".
    server: [re(`\\bPHP/${V}`)]
  }
];
var FINGERPRINT_NAMES = FINGERPRINTS.map((fingerprint) => fingerprint.name);
var SELECTOR_TAGS = /* @__PURE__ */ new Set(["meta", "link", "script", "input", "form"]);
var FINGERPRINT_SELECTORS = (() => {
  const byTag = /* @__PURE__ */ new Map();
  for (const selector of new Set(FINGERPRINTS.flatMap((f) => f.selector ?? []))) {
    const tag = /^[a-z]+/.exec(selector)?.[0] ?? "";
    if (!SELECTOR_TAGS.has(tag)) throw new Error(`fingerprint selector "${selector}" must start with one of ${[...SELECTOR_TAGS].join(", ")}`);
    byTag.set(tag, [...byTag.get(tag) ?? [], selector]);
  }
  return byTag;
})();

// utils/export/export-host.ts
var iso = (epochMs) => new Date(epochMs).toISOString();
function exportApp(entry) {
  return entry === null ? null : { id: entry.id, name: entry.name, opd: entry.opd, status: entry.status };
}
var isPlaceholderKind2 = (value) => value !== null && PLACEHOLDER_KINDS.includes(value);
var epochOrNull = (value) => {
  const time = value === null || value === void 0 ? NaN : Date.parse(value);
  return Number.isNaN(time) ? null : time;
};
function inspectionFromExport(exported) {
  const checkedAt = epochOrNull(exported.checkedAt) ?? 0;
  const pageRead = exported.title !== null || exported.newestDate !== null || exported.passwordField !== null;
  return {
    checkedAt,
    status: exported.status,
    error: exported.error ?? null,
    finalUrl: exported.finalUrl,
    redirects: exported.redirects.map((hop) => ({ url: hop.url, status: hop.status })),
    https: exported.https,
    hsts: exported.hsts,
    server: exported.server,
    poweredBy: exported.poweredBy,
    lastModified: epochOrNull(exported.lastModified),
    software: exported.software.map((item) => ({ name: item.name, version: item.version })),
    title: exported.title,
    generators: [],
    lang: null,
    placeholder: isPlaceholderKind2(exported.placeholder) ? exported.placeholder : null,
    passwordField: exported.passwordField,
    passwordOverHttp: exported.passwordField === true && exported.https === false ? true : null,
    newestDate: exported.newestDate,
    copyrightYear: exported.copyrightYear,
    pageCheckedAt: pageRead ? checkedAt : null,
    scanMs: null,
    ...exported.source === "sweep" ? { source: "sweep" } : {}
  };
}

// utils/rekap/host-findings.ts
var SEVERITY_RANK2 = { high: 3, medium: 2, low: 1 };
function asHostRecord(host) {
  return {
    host: host.host,
    firstSeen: host.firstSeen,
    lastSeen: host.lastSeen,
    visits: host.visits,
    lastUrl: host.lastUrl,
    lastTitle: host.lastTitle,
    lastOutcome: host.lastOutcome,
    lastError: host.lastError,
    days: {}
  };
}
function findingsForHost(entry, host, options = { staleMonths: 12 }) {
  const inspection = host.inspection === null ? null : inspectionFromExport(host.inspection);
  const computed = computeFindings(entry, asHostRecord(host), inspection, options).map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    message: findingMessage(finding.code, "id", finding.detail),
    ...finding.detail === void 0 ? {} : { detail: finding.detail }
  }));
  const codes = new Set(computed.map((finding) => finding.code));
  const carried = host.foreignFindings.filter((finding) => !codes.has(finding.code));
  return [...computed, ...carried].sort(
    (a, b) => SEVERITY_RANK2[b.severity] - SEVERITY_RANK2[a.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
function observedState(host) {
  if (host === null) return "never-seen";
  if (host.lastOutcome === "error") return "down";
  const inspection = host.inspection;
  if (inspection !== null) {
    if (typeof inspection.placeholder === "string" && inspection.placeholder !== "") return "placeholder";
    if (typeof inspection.status === "number" && inspection.status >= 400) return "down";
  }
  return "live";
}

// utils/rekap/rekap-sources.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function canonicalTime(iso2) {
  const time = Date.parse(iso2);
  return Number.isNaN(time) ? iso2 : new Date(time).toISOString();
}
function identityOfSource(source) {
  return JSON.stringify([source.name, source.unit, canonicalTime(source.exportedAt)]);
}
function exportIdentity(data) {
  return identityOfSource({ name: data.collector.name, unit: data.collector.unit, exportedAt: data.exportedAt });
}
function sourcesOf(data) {
  const listed = data.collectors !== void 0 && data.collectors.length > 0 ? data.collectors.map((c) => ({
    name: c.name,
    unit: c.unit,
    exportedAt: canonicalTime(c.exportedAt),
    registryVersion: c.registryVersion,
    hosts: c.hosts
  })) : [
    {
      name: data.collector.name,
      unit: data.collector.unit,
      exportedAt: canonicalTime(data.exportedAt),
      registryVersion: data.registry.version,
      hosts: data.hosts.length
    }
  ];
  const unique = new Map(listed.map((source) => [identityOfSource(source), source]));
  return [...unique.entries()].sort(([a], [b]) => compareText(a, b)).map(([, source]) => source);
}

// utils/rekap/census.ts
var DAY = 864e5;
var STALE_CONTENT = "stale-content";
function hostRow(host, entry) {
  return {
    key: host.host,
    host: host.host,
    entry,
    status: entry === null ? "unregistered" : entry.status,
    state: observedState(host),
    lastSeen: host.lastSeen,
    visits: host.visits,
    findings: findingsForHost(entry, host),
    merged: host
  };
}
function unseenRow(entry) {
  return {
    key: `entry:${entry.id}`,
    host: entry.hosts.join(", "),
    entry,
    status: entry.status,
    state: "never-seen",
    lastSeen: null,
    visits: 0,
    findings: [],
    merged: null
  };
}
function buildCensus(rekap, registry, options) {
  const asOf = rekap.asOf ?? options.now;
  const since = asOf - Math.max(0, options.recentDays) * DAY;
  const byEntry = /* @__PURE__ */ new Map();
  const rows = [];
  for (const host of rekap.hosts) {
    const row2 = hostRow(host, registry.lookup(host.host));
    rows.push(row2);
    if (row2.entry !== null) byEntry.set(row2.entry.id, [...byEntry.get(row2.entry.id) ?? [], row2]);
  }
  const neverSeen = [];
  const toReview = [];
  const perOpd = /* @__PURE__ */ new Map();
  let registeredSeen = 0;
  let registeredAlive = 0;
  let aktifAlive = 0;
  for (const entry of registry.entries) {
    const seen = byEntry.get(entry.id) ?? [];
    if (seen.length === 0) {
      neverSeen.push(entry);
      rows.push(unseenRow(entry));
    }
    const recent = seen.some((row2) => (row2.lastSeen ?? -Infinity) >= since);
    const alive = seen.some((row2) => row2.state === "live" && (row2.lastSeen ?? -Infinity) >= since);
    const state = seen.length === 0 ? "never-seen" : alive ? "alive" : "problem";
    if (recent) registeredSeen += 1;
    if (alive) registeredAlive += 1;
    if (alive && entry.status === "aktif") aktifAlive += 1;
    const opd = perOpd.get(entry.opd) ?? { opd: entry.opd, alive: 0, problem: 0, neverSeen: 0 };
    if (state === "alive") opd.alive += 1;
    else if (state === "problem") opd.problem += 1;
    else opd.neverSeen += 1;
    perOpd.set(entry.opd, opd);
    const reasons = reviewReasons(entry, seen, alive, recent);
    if (reasons.length > 0) toReview.push({ entry, reasons, rows: seen });
  }
  const findingsBySeverity = { high: 0, medium: 0, low: 0 };
  for (const row2 of rows) for (const finding of row2.findings) findingsBySeverity[finding.severity] += 1;
  const unregistered = rows.filter((row2) => row2.status === "unregistered");
  const registryByStatus = Object.fromEntries(REGISTRY_STATUSES.map((s) => [s, 0]));
  for (const entry of registry.entries) registryByStatus[entry.status] += 1;
  return {
    rows,
    summary: {
      registryEntries: registry.entries.length,
      registryByStatus,
      registeredSeen,
      registeredAlive,
      aktifEntries: registryByStatus.aktif,
      aktifAlive,
      neverSeen: neverSeen.length,
      hostsSeen: rekap.hosts.length,
      unregisteredHosts: unregistered.length,
      unregisteredLive: unregistered.filter((row2) => row2.state === "live").length,
      findingsBySeverity,
      sources: rekap.sources.length,
      recentDays: options.recentDays,
      asOf
    },
    perOpd: [...perOpd.values()].sort(
      (a, b) => b.alive + b.problem + b.neverSeen - (a.alive + a.problem + a.neverSeen) || compareText(a.opd, b.opd)
    ),
    toAdd: unregistered.filter((row2) => row2.state === "live"),
    toReview,
    neverSeen
  };
}
function reviewReasons(entry, seen, alive, recent) {
  if (seen.length === 0) return [];
  const reasons = /* @__PURE__ */ new Set();
  if (entry.status === "aktif") {
    if (!alive) {
      for (const row2 of seen) if (row2.state === "down" || row2.state === "placeholder") reasons.add(row2.state);
    }
    if (!recent || seen.some((row2) => row2.findings.some((finding) => finding.code === STALE_CONTENT))) reasons.add("stale");
  }
  if (entry.status === "tidak-aktif" && seen.some((row2) => row2.state === "live")) reasons.add("inactive-but-live");
  const order = ["down", "placeholder", "stale", "inactive-but-live"];
  return order.filter((reason) => reasons.has(reason));
}

// utils/rekap/merge-exports.ts
function mergeExports(exports, domains) {
  const inputs = canonicalOrder(exports);
  const covered = /* @__PURE__ */ new Map();
  const merging = /* @__PURE__ */ new Map();
  let outside = 0;
  let overlapping = false;
  let duplicates = 0;
  for (const { data, sources: sources2 } of inputs) {
    const fresh = sources2.filter((source) => !covered.has(identityOfSource(source)));
    if (fresh.length === 0) {
      duplicates += 1;
      continue;
    }
    if (fresh.length < sources2.length) overlapping = true;
    for (const source of fresh) covered.set(identityOfSource(source), source);
    const fallbackCollectors = [{ name: data.collector.name, unit: data.collector.unit }];
    for (const host of data.hosts) {
      if (!domains.some((domain) => isUnderDomain(host.host, domain))) {
        outside += 1;
        continue;
      }
      const accumulator = merging.get(host.host);
      if (accumulator === void 0) merging.set(host.host, startHost(host, fallbackCollectors));
      else addCopy(accumulator, host, fallbackCollectors);
    }
  }
  const sources = [...covered.values()].sort(compareSources);
  const hosts = [...merging.values()].map(finishHost).sort((a, b) => compareText(a.host, b.host));
  const asOf = sources.filter((source) => source.hosts > 0).reduce((latest, s) => Math.max(latest ?? -Infinity, Date.parse(s.exportedAt)), null);
  const proposals = mergeProposals(exports.flatMap((data) => data.proposals ?? []), domains);
  return { sources, hosts, duplicates, asOf, warnings: warningsFor(sources, outside, overlapping), proposals };
}
function mergeProposals(proposals, domains) {
  const newest = /* @__PURE__ */ new Map();
  for (const proposal of proposals) {
    if (!domains.some((domain) => isUnderDomain(proposal.host, domain))) continue;
    const key = JSON.stringify([proposal.host, proposal.collector.name, proposal.collector.unit]);
    const time = Date.parse(proposal.createdAt);
    const text3 = JSON.stringify(proposal);
    const kept = newest.get(key);
    if (kept === void 0 || time > kept.time || time === kept.time && compareText(text3, kept.text) > 0) newest.set(key, { proposal, time, text: text3 });
  }
  return [...newest.values()].map(({ proposal }) => proposal).sort((a, b) => compareText(a.host, b.host) || compareCollectors(a.collector, b.collector));
}
function canonicalOrder(exports) {
  const inputs = exports.map((data) => ({ data, sources: sourcesOf(data), key: exportIdentity(data) }));
  const content = /* @__PURE__ */ new Map();
  const contentOf = (data) => {
    let text3 = content.get(data);
    if (text3 === void 0) content.set(data, text3 = JSON.stringify(data));
    return text3;
  };
  return inputs.sort(
    (a, b) => b.sources.length - a.sources.length || compareText(a.key, b.key) || // Only reached for two different files claiming the same identity: rare, so the cost is fine.
    compareText(contentOf(a.data), contentOf(b.data))
  );
}
function collectorsOf(host, fallback) {
  return host.collectors === void 0 ? fallback : host.collectors.map((c) => ({ name: c.name, unit: c.unit }));
}
function inspectionOf(host) {
  const value = host.inspection;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const checkedAt = value.checkedAt;
  const time = typeof checkedAt === "string" ? Date.parse(checkedAt) : Number.NaN;
  return Number.isNaN(time) ? null : { value, time, from: host };
}
function startHost(host, fallback) {
  const accumulator = {
    host: host.host,
    firstSeen: Date.parse(host.firstSeen),
    lastSeen: Date.parse(host.lastSeen),
    visits: host.visits,
    latest: host,
    collectors: /* @__PURE__ */ new Map(),
    inspection: inspectionOf(host)
  };
  for (const collector of collectorsOf(host, fallback)) accumulator.collectors.set(collectorKey(collector), collector);
  return accumulator;
}
function addCopy(into, host, fallback) {
  const firstSeen = Date.parse(host.firstSeen);
  const lastSeen = Date.parse(host.lastSeen);
  into.firstSeen = Math.min(into.firstSeen, firstSeen);
  into.visits += host.visits;
  if (lastSeen > into.lastSeen || lastSeen === into.lastSeen && compareText(lastVisitKey(host), lastVisitKey(into.latest)) > 0) {
    into.latest = host;
  }
  into.lastSeen = Math.max(into.lastSeen, lastSeen);
  for (const collector of collectorsOf(host, fallback)) into.collectors.set(collectorKey(collector), collector);
  const inspection = inspectionOf(host);
  if (inspection !== null && (into.inspection === null || isLater(inspection, into.inspection))) into.inspection = inspection;
}
function isLater(a, b) {
  return a.time > b.time || a.time === b.time && compareText(JSON.stringify(a.value), JSON.stringify(b.value)) > 0;
}
var lastVisitKey = (host) => JSON.stringify([host.lastOutcome, host.lastError, host.lastUrl, host.lastTitle]);
var collectorKey = (collector) => JSON.stringify([collector.name, collector.unit]);
var CARRIED_CODES = /* @__PURE__ */ new Set(["login-over-http", "version-exposed"]);
var RECOMPUTED_CODES = new Set(Object.keys(FINDINGS).filter((code) => !CARRIED_CODES.has(code)));
function finishHost(accumulator) {
  const { latest } = accumulator;
  const findingsFrom = accumulator.inspection?.from ?? latest;
  const foreignFindings = findingsFrom.findings.filter((finding) => !RECOMPUTED_CODES.has(finding.code)).map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    ...typeof finding.detail === "string" ? { detail: finding.detail } : {}
  }));
  return {
    host: accumulator.host,
    firstSeen: accumulator.firstSeen,
    lastSeen: accumulator.lastSeen,
    visits: accumulator.visits,
    lastUrl: latest.lastUrl,
    lastTitle: latest.lastTitle,
    lastOutcome: latest.lastOutcome,
    lastError: latest.lastError,
    collectors: [...accumulator.collectors.values()].sort(compareCollectors),
    inspection: accumulator.inspection?.value ?? null,
    foreignFindings
  };
}
function compareCollectors(a, b) {
  return compareText(a.name, b.name) || compareText(a.unit, b.unit);
}
function compareSources(a, b) {
  return compareText(a.exportedAt, b.exportedAt) || compareCollectors(a, b);
}
function warningsFor(sources, outside, overlapping) {
  const warnings = [];
  const versions = [...new Set(sources.map((source) => source.registryVersion))].sort(compareText);
  if (versions.length > 1) warnings.push({ code: "registry-versions", params: [versions.join(", ")] });
  if (outside > 0) warnings.push({ code: "outside-domains", params: [String(outside)] });
  if (overlapping) warnings.push({ code: "overlap", params: [] });
  const perCollector = /* @__PURE__ */ new Map();
  for (const source of sources) {
    const key = collectorKey(source);
    const seen = perCollector.get(key) ?? { collector: source, count: 0 };
    seen.count += 1;
    perCollector.set(key, seen);
  }
  for (const { collector, count } of perCollector.values()) {
    if (count > 1) warnings.push({ code: "same-collector", params: [collectorLabel(collector), String(count)] });
  }
  return warnings;
}
function collectorLabel(collector) {
  const name = collector.name.trim();
  const unit = collector.unit.trim();
  if (name !== "" && unit !== "") return `${name} (${unit})`;
  return name !== "" ? name : unit !== "" ? unit : "?";
}

// utils/export/build-export.ts
function exportEnvelope(meta, registryEntries) {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: meta.now.toISOString(),
    domain: meta.domain,
    collector: { name: meta.collector.name, unit: meta.collector.unit },
    extension: { version: meta.extension.version, browser: meta.extension.browser },
    registry: { version: meta.registryVersion, entries: registryEntries }
  };
}

// utils/rekap/rekap-to-export.ts
function rekapToExport(rekap, registry, meta) {
  const hosts = rekap.hosts.map((host) => {
    const entry = registry.lookup(host.host);
    const item = {
      host: host.host,
      registered: entry !== null,
      app: exportApp(entry),
      firstSeen: iso(host.firstSeen),
      lastSeen: iso(host.lastSeen),
      visits: host.visits,
      lastUrl: host.lastUrl,
      lastTitle: host.lastTitle,
      lastOutcome: host.lastOutcome,
      lastError: host.lastError,
      findings: findingsForHost(entry, host),
      collectors: host.collectors.map((c) => ({ name: c.name, unit: c.unit }))
    };
    return host.inspection === null ? item : { ...item, inspection: host.inspection };
  });
  return {
    ...exportEnvelope(meta, registry.entries.length),
    hosts,
    collectors: rekap.sources.map((s) => ({
      name: s.name,
      unit: s.unit,
      exportedAt: s.exportedAt,
      registryVersion: s.registryVersion,
      hosts: s.hosts
    })),
    proposals: rekap.proposals
  };
}

// utils/rekap/rekap-xlsx.ts
import writeXlsxFile from "write-excel-file/universal";
var WITA_OFFSET_MS = 8 * 60 * 60 * 1e3;
var DATE_FORMAT = "dd/mm/yyyy hh:mm";
var STATUS = {
  aktif: "Aktif",
  "tidak-aktif": "Tidak aktif",
  pengembangan: "Pengembangan",
  "tidak-diketahui": "Tidak diketahui",
  unregistered: "Tidak terdaftar"
};
var STATE = {
  live: "Hidup",
  down: "Mati / gagal dibuka",
  placeholder: "Halaman sementara",
  "never-seen": "Tidak pernah terlihat"
};
var REASON = {
  down: "tidak dapat dibuka",
  placeholder: "halaman sementara",
  stale: "tidak terlihat baru-baru ini atau kontennya usang",
  "inactive-but-live": "tercatat tidak aktif tetapi hidup"
};
var SEVERITY = { high: "Tinggi", medium: "Sedang", low: "Rendah" };
function text2(value) {
  if (value === null || value === void 0 || value === "") return null;
  return { value, type: String };
}
var num = (value) => ({ value, type: Number });
var header = (...labels) => labels.map((label) => ({ value: label, type: String, fontWeight: "bold" }));
function date(epochMs) {
  if (epochMs === null) return null;
  return { value: new Date(epochMs + WITA_OFFSET_MS), type: Date, format: DATE_FORMAT };
}
function summarySheet(census, rekap) {
  const s = census.summary;
  const rows = [
    header("Uraian", "Nilai"),
    [text2("Data per (WITA)"), date(s.asOf)],
    [text2("Jumlah ekspor yang digabung"), num(s.sources)],
    [text2("Entri registri"), num(s.registryEntries)],
    [text2("\u2026 berstatus aktif"), num(s.registryByStatus.aktif)],
    [text2("\u2026 tidak aktif"), num(s.registryByStatus["tidak-aktif"])],
    [text2("\u2026 pengembangan"), num(s.registryByStatus.pengembangan)],
    [text2("\u2026 tidak diketahui"), num(s.registryByStatus["tidak-diketahui"])],
    [text2(`Aplikasi terdaftar terlihat dalam ${s.recentDays} hari terakhir`), num(s.registeredSeen)],
    [text2(`Aplikasi terdaftar hidup dalam ${s.recentDays} hari terakhir`), num(s.registeredAlive)],
    [text2("Aplikasi berstatus aktif yang benar-benar hidup"), num(s.aktifAlive)],
    [text2("Aplikasi terdaftar yang tidak pernah terlihat"), num(s.neverSeen)],
    [text2("Host terlihat"), num(s.hostsSeen)],
    [text2("Host tidak terdaftar"), num(s.unregisteredHosts)],
    [text2("\u2026 di antaranya hidup"), num(s.unregisteredLive)],
    [text2("Temuan tingkat tinggi"), num(s.findingsBySeverity.high)],
    [text2("Temuan tingkat sedang"), num(s.findingsBySeverity.medium)],
    [text2("Temuan tingkat rendah"), num(s.findingsBySeverity.low)],
    [],
    header("Pengumpul", "Unit", "Waktu ekspor (WITA)", "Versi registri", "Jumlah host"),
    ...rekap.sources.map((source) => [
      text2(source.name),
      text2(source.unit),
      date(Date.parse(source.exportedAt)),
      text2(source.registryVersion),
      num(source.hosts)
    ])
  ];
  return { sheet: "Ringkasan", data: rows, columns: [{ width: 52 }, { width: 28 }, { width: 20 }, { width: 14 }, { width: 12 }] };
}
function opdSheet(census) {
  const rows = [
    header("OPD", "Hidup", "Bermasalah", "Tidak pernah terlihat", "Jumlah aplikasi"),
    ...census.perOpd.map((opd) => [
      text2(opd.opd === "" ? "(OPD tidak diketahui)" : opd.opd),
      num(opd.alive),
      num(opd.problem),
      num(opd.neverSeen),
      num(opd.alive + opd.problem + opd.neverSeen)
    ])
  ];
  return { sheet: "Per OPD", data: rows, stickyRowsCount: 1, columns: [{ width: 50 }, { width: 10 }, { width: 12 }, { width: 20 }, { width: 16 }] };
}
function hostSheet(census) {
  const rows = [
    header(
      "Host",
      "Terdaftar",
      "ID aplikasi",
      "Nama aplikasi",
      "OPD",
      "Status registri",
      "Keadaan teramati",
      "Pertama terlihat (WITA)",
      "Terakhir terlihat (WITA)",
      "Kunjungan",
      "URL terakhir",
      "Judul terakhir",
      "Galat terakhir",
      "Temuan",
      "Jumlah pengumpul",
      "Pengumpul"
    ),
    ...census.rows.map((row2) => [
      text2(row2.host),
      text2(row2.entry === null ? "Tidak" : "Ya"),
      text2(row2.entry?.id),
      text2(row2.entry?.name),
      text2(row2.entry?.opd),
      text2(STATUS[row2.status]),
      text2(STATE[row2.state]),
      date(row2.merged?.firstSeen ?? null),
      date(row2.lastSeen),
      num(row2.visits),
      text2(row2.merged?.lastUrl),
      text2(row2.merged?.lastTitle),
      text2(row2.merged?.lastError),
      text2(row2.findings.map((finding) => finding.code).join("; ")),
      num(row2.merged?.collectors.length ?? 0),
      text2(row2.merged?.collectors.map(collectorLabel).join("; "))
    ])
  ];
  const widths = [34, 10, 22, 30, 34, 16, 20, 18, 18, 10, 40, 40, 28, 30, 10, 40];
  return { sheet: "Host", data: rows, stickyRowsCount: 1, columns: widths.map((width) => ({ width })) };
}
function findingSheet(census) {
  const rows = [header("Host", "Nama aplikasi", "OPD", "Kode temuan", "Tingkat", "Keterangan")];
  for (const row2 of census.rows) {
    for (const finding of row2.findings) {
      rows.push([text2(row2.host), text2(row2.entry?.name), text2(row2.entry?.opd), text2(finding.code), text2(SEVERITY[finding.severity]), text2(finding.message)]);
    }
  }
  return { sheet: "Temuan", data: rows, stickyRowsCount: 1, columns: [34, 30, 34, 22, 10, 70].map((width) => ({ width })) };
}
function actionSheet(census) {
  const line = (list, row2, entryName, opd, status, reason, lastSeen, host) => [
    text2(list),
    text2(entryName),
    text2(host),
    text2(opd),
    text2(STATUS[status]),
    text2(reason),
    date(lastSeen),
    num(row2?.visits ?? 0)
  ];
  const rows = [header("Daftar", "Nama aplikasi", "Host", "OPD", "Status registri", "Alasan", "Terakhir terlihat (WITA)", "Kunjungan")];
  for (const row2 of census.toAdd) rows.push(line("Kandidat ditambahkan ke registri", row2, void 0, void 0, row2.status, "host tidak terdaftar yang hidup", row2.lastSeen, row2.host));
  for (const item of census.toReview) {
    const lastSeen = item.rows.reduce((latest, row2) => Math.max(latest ?? -Infinity, row2.lastSeen ?? -Infinity), null);
    const visits = item.rows.reduce((sum, row2) => sum + row2.visits, 0);
    const reasons = item.reasons.map((reason) => REASON[reason]).join("; ");
    const hosts = item.rows.map((row2) => row2.host).join(", ");
    const cells = line("Kandidat ditinjau", null, item.entry.name, item.entry.opd, item.entry.status, reasons, lastSeen, hosts);
    cells[7] = num(visits);
    rows.push(cells);
  }
  for (const entry of census.neverSeen) {
    rows.push(line("Tidak pernah terlihat", null, entry.name, entry.opd, entry.status, "tidak ada pengumpul yang mengunjunginya", null, entry.hosts.join(", ")));
  }
  return { sheet: "Tindak lanjut", data: rows, stickyRowsCount: 1, columns: [30, 30, 34, 34, 16, 40, 18, 10].map((width) => ({ width })) };
}
async function rekapToXlsx(census, rekap) {
  const sheets = [summarySheet(census, rekap), opdSheet(census), hostSheet(census), findingSheet(census), actionSheet(census)];
  const blob = await writeXlsxFile(sheets, { fontFamily: "Calibri", fontSize: 11 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

// utils/rekap/rekap-output.ts
var REKAP_FORMATS = ["json", "csv", "xlsx"];
function formatFromFilename(filename) {
  const match = /\.([a-z]+)$/i.exec(filename);
  const ext = match?.[1]?.toLowerCase();
  return REKAP_FORMATS.find((format) => format === ext) ?? null;
}
async function rekapFileBytes(format, rekap, census, registry, meta) {
  if (format === "xlsx") return rekapToXlsx(census, rekap);
  const data = rekapToExport(rekap, registry, meta);
  return new TextEncoder().encode(format === "json" ? exportToJson(data) : exportToCsv(data));
}
function rekapWithCensus(exports, registry, options) {
  const rekap = mergeExports(exports, options.domains);
  return { rekap, census: buildCensus(rekap, registry, { recentDays: options.recentDays, now: options.now }) };
}

// utils/rekap/rekap-text.ts
function summaryLines(s, t) {
  const n = String;
  const by = s.registryByStatus;
  return [
    t("summaryRegistry", [n(s.registryEntries), n(by.aktif), n(by["tidak-aktif"]), n(by.pengembangan), n(by["tidak-diketahui"])]),
    t("summarySeen", [n(s.registeredSeen), n(s.registryEntries), n(s.recentDays)]),
    t("summaryAlive", [n(s.registeredAlive), n(s.registryEntries), n(s.recentDays)]),
    t("summaryAktifAlive", [n(s.aktifAlive), n(s.aktifEntries)]),
    t("summaryNeverSeen", [n(s.neverSeen), n(s.registryEntries)]),
    t("summaryUnregistered", [n(s.unregisteredHosts), n(s.unregisteredLive)]),
    t("summaryFindings", [n(s.findingsBySeverity.high), n(s.findingsBySeverity.medium), n(s.findingsBySeverity.low)])
  ];
}
function rekapResultLines(rekap, census, t) {
  return [
    t("rekapMerged", [String(rekap.sources.length), String(rekap.duplicates), String(rekap.hosts.length)]),
    ...summaryLines(census.summary, t),
    t("rekapActions", [String(census.toAdd.length), String(census.toReview.length), String(census.neverSeen.length)])
  ];
}
var PROBLEM = {
  "too-large": "rekapProblemTooLarge",
  empty: "rekapProblemEmpty",
  "not-json": "rekapProblemNotJson",
  "not-pantau": "rekapProblemNotPantau",
  "newer-version": "rekapProblemNewer",
  invalid: "rekapProblemInvalid",
  unreadable: "rekapProblemUnreadable"
};
function fileProblemText(problem, t) {
  return t(PROBLEM[problem]);
}
function fileRejectedText(file, problem, t) {
  return t("rekapFileRejected", [file, fileProblemText(problem, t)]);
}
function nothingWrittenText(t) {
  return t("rekapNothingWritten");
}
function writtenText(file, format, bytes, t) {
  return t("rekapWritten", [file, format, String(bytes)]);
}
var WARNING = {
  "registry-versions": "rekapWarningRegistryVersions",
  "outside-domains": "rekapWarningOutsideDomains",
  overlap: "rekapWarningOverlap",
  "same-collector": "rekapWarningSameCollector"
};
function warningText(warning, t) {
  return t(WARNING[warning.code], warning.params);
}

// utils/registry/bundled-registry.json
import { readFileSync } from "node:fs";
var bundled_registry_default = JSON.parse(readFileSync(new URL("../utils/registry/bundled-registry.json", import.meta.url), "utf8"));

// utils/registry/parse-registry.ts
var MAX_ERRORS2 = 200;
function parseRegistry(json) {
  try {
    if (json === null || typeof json !== "object" || Array.isArray(json)) {
      return { ok: false, errors: [describeNonObject(json)] };
    }
    const parsed = registrySchema.safeParse(json);
    const shapeErrors = parsed.success ? [] : parsed.error.issues.map((issue) => formatIssue(issue, json));
    const errors = [...shapeErrors, ...crossEntryErrors(looseView(json))];
    if (parsed.success && errors.length === 0) return { ok: true, registry: parsed.data };
    return { ok: false, errors: cap(errors) };
  } catch (error) {
    return { ok: false, errors: [`The registry could not be read: ${describeThrown(error)}`] };
  }
}
function describeThrown(error) {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "unreadable value";
  }
}
function foldWww(host) {
  return host.startsWith("www.") && host.indexOf(".", 4) !== -1 ? host.slice(4) : host;
}
function describeNonObject(json) {
  const what = json === null ? "null" : Array.isArray(json) ? "an array" : `a ${typeof json}`;
  return `The registry must be a JSON object, but it is ${what}.`;
}
function looseView(json) {
  const strings = (value) => Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
  const { domains, entries } = json;
  return {
    domains: strings(domains),
    entries: (Array.isArray(entries) ? entries : []).map(
      (entry) => entry !== null && typeof entry === "object" ? { id: entry.id, hosts: strings(entry.hosts) } : { id: void 0, hosts: [] }
    )
  };
}
function crossEntryErrors(registry) {
  const errors = [];
  const idOwner = /* @__PURE__ */ new Map();
  const hostOwner = /* @__PURE__ */ new Map();
  registry.entries.forEach((entry, index) => {
    const label = entryLabel(index, entry.id);
    if (typeof entry.id === "string") {
      const firstWithId = idOwner.get(entry.id);
      if (firstWithId === void 0) idOwner.set(entry.id, index);
      else errors.push(`${label}: id ${quote(entry.id)} is already used by entry ${firstWithId}.`);
    }
    for (const host of entry.hosts) {
      if (registry.domains.length > 0 && !registry.domains.some((domain) => isUnderDomain(host, domain))) {
        const domains = registry.domains.map(quoteBare).join(", ");
        errors.push(`${label}: host ${quote(host)} is not under any of the registry's domains (${domains}).`);
      }
      const key = foldWww(host);
      const owner = hostOwner.get(key);
      if (owner === void 0) {
        hostOwner.set(key, { index, host });
      } else if (owner.index !== index) {
        const other = registry.entries[owner.index];
        const same = owner.host === host ? "" : ` as ${quote(owner.host)} (a leading "www." counts as the same host)`;
        const by = entryLabel(owner.index, other?.id).replace(/^Entry/, "entry");
        errors.push(`${label}: host ${quote(host)} is already listed by ${by}${same}.`);
      } else if (owner.host === host) {
        errors.push(`${label}: host ${quote(host)} is listed twice.`);
      }
    }
  });
  return errors;
}
function entryLabel(index, id) {
  return typeof id === "string" && id.length > 0 ? `Entry ${index} (${quote(id)})` : `Entry ${index}`;
}
function quote(text3) {
  return text3.length > 80 ? `${JSON.stringify(text3.slice(0, 80)).slice(0, -1)}\u2026"` : JSON.stringify(text3);
}
function quoteBare(text3) {
  return quote(text3).slice(1, -1);
}
function formatIssue(issue, root) {
  const path = issue.path;
  let where;
  let fieldPath;
  if (path[0] === "entries" && typeof path[1] === "number") {
    const entries = root.entries;
    const entry = Array.isArray(entries) ? entries[path[1]] : void 0;
    const id = entry !== null && typeof entry === "object" ? entry.id : void 0;
    where = entryLabel(path[1], id);
    fieldPath = path.slice(2);
  } else {
    where = "The registry";
    fieldPath = path;
  }
  const field = renderPath(fieldPath);
  return `${where}${field === "" ? "" : `, field "${field}"`}: ${describeIssue(issue, valueAt(root, path))}.`;
}
function renderPath(path) {
  return path.reduce((text3, key) => {
    if (typeof key === "number") return `${text3}[${key}]`;
    return text3 === "" ? String(key) : `${text3}.${String(key)}`;
  }, "");
}
function describeIssue(issue, value) {
  switch (issue.code) {
    case "unrecognized_keys":
      return `has unknown field${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map(quote).join(", ")}`;
    case "invalid_type":
      if (value === void 0) return `is missing (expected ${issue.expected})`;
      return `has the wrong type: expected ${issue.expected}, got ${value === null ? "null" : Array.isArray(value) ? "array" : typeof value}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return issue.message.replace(/\.$/, "");
  }
}
function cap(errors) {
  if (errors.length <= MAX_ERRORS2) return errors;
  return [...errors.slice(0, MAX_ERRORS2), `\u2026and ${errors.length - MAX_ERRORS2} more problems.`];
}

// utils/registry/bundled.ts
function loadBundled() {
  const result = parseRegistry(bundled_registry_default);
  if (!result.ok) throw new Error(`The bundled app registry is invalid:
- ${result.errors.join("\n- ")}`);
  return result.registry;
}
var BUNDLED_REGISTRY = loadBundled();

// utils/registry/registry-index.ts
function createRegistryIndex(registry, watchedDomains) {
  const domains = watchedDomains.map(normaliseHost).filter((domain) => domain !== null);
  const isWatched = (host) => domains.some((domain) => isUnderDomain(host, domain));
  const byHost = /* @__PURE__ */ new Map();
  const entries = [];
  for (const entry of registry.entries) {
    const watchedHosts = entry.hosts.filter(isWatched);
    if (watchedHosts.length === 0) continue;
    entries.push(entry);
    for (const host of watchedHosts) {
      const key = foldWww(host);
      if (!byHost.has(key)) byHost.set(key, entry);
    }
  }
  const counts = Object.fromEntries(REGISTRY_STATUSES.map((status) => [status, 0]));
  for (const entry of entries) counts[entry.status] += 1;
  return {
    entries,
    lookup(host) {
      const normalised = normaliseHost(host);
      if (normalised === null || !isWatched(normalised)) return null;
      return byHost.get(foldWww(normalised)) ?? null;
    },
    countsByStatus: () => ({ ...counts })
  };
}

// utils/domains/allowed-domains.ts
var WATCHED_DOMAIN = "makassarkota.go.id";
var OPTIONAL_DOMAINS = ["makassar.go.id"];
var ALLOWED_DOMAINS = [WATCHED_DOMAIN, ...OPTIONAL_DOMAINS];

// public/_locales/en/messages.json
import { readFileSync as readFileSync2 } from "node:fs";
var messages_default = JSON.parse(readFileSync2(new URL("../public/_locales/en/messages.json", import.meta.url), "utf8"));

// public/_locales/id/messages.json
import { readFileSync as readFileSync3 } from "node:fs";
var messages_default2 = JSON.parse(readFileSync3(new URL("../public/_locales/id/messages.json", import.meta.url), "utf8"));

// package.json
import { readFileSync as readFileSync4 } from "node:fs";
var package_default = JSON.parse(readFileSync4(new URL("../package.json", import.meta.url), "utf8"));

// scripts/cli/rekap-command.ts
async function readInput(path) {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, problem: "unreadable", details: ["not a regular file"] };
    const tooLarge = checkFileSize(info.size);
    if (tooLarge !== null) return tooLarge;
    return readExportText(await readFile(path, "utf8"));
  } catch (error) {
    const code = error.code;
    return { ok: false, problem: "unreadable", details: [code ?? (error instanceof Error ? error.message : String(error))] };
  }
}
async function writeAtomically(path, bytes) {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
function translatorFor(lang, env) {
  const chosen = lang ?? languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
  if (chosen !== "id" && chosen !== "en") return null;
  return translatorFromMessages(chosen === "en" ? messages_default : messages_default2);
}
async function runRekap(argv, io, usage) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        format: { type: "string" },
        days: { type: "string" },
        name: { type: "string" },
        unit: { type: "string" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    io.err(`pantau rekap: ${error instanceof Error ? error.message : String(error)}

${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(usage);
    return 0;
  }
  const usageError = (message) => {
    io.err(`pantau rekap: ${message}

${usage}`);
    return 2;
  };
  if (positionals.length === 0) return usageError("give at least one export file");
  if (values.out === void 0 || values.out === "") return usageError("--out <file> is required");
  const format = values.format?.toLowerCase() ?? formatFromFilename(values.out);
  if (format === null || !REKAP_FORMATS.includes(format)) {
    return usageError(`cannot tell the output format: use --format ${REKAP_FORMATS.join("|")} or an --out ending in .json, .csv or .xlsx`);
  }
  const days = values.days === void 0 ? DEFAULT_PREFERENCES.recentDays : Number(values.days);
  if (!Number.isInteger(days) || days < RECENT_DAYS_RANGE.min || days > RECENT_DAYS_RANGE.max) {
    return usageError(`--days must be a whole number from ${RECENT_DAYS_RANGE.min} to ${RECENT_DAYS_RANGE.max}`);
  }
  const t = translatorFor(values.lang, io.env);
  if (t === null) return usageError("--lang must be id or en");
  const outPath = resolve(io.cwd, values.out);
  const inputs = positionals.map((file) => ({ file, path: resolve(io.cwd, file) }));
  if (inputs.some((input) => input.path === outPath)) return usageError(`--out ${values.out} is also an input; it would be overwritten`);
  const exports = [];
  let bad = 0;
  for (const input of inputs) {
    const result = await readInput(input.path);
    if (result.ok) {
      exports.push(result.data);
      continue;
    }
    bad += 1;
    io.err(fileRejectedText(input.file, result.problem, t));
    for (const detail of result.details) io.err(`  ${detail}`);
  }
  if (bad > 0) {
    io.err(nothingWrittenText(t));
    return 1;
  }
  const domains = [WATCHED_DOMAIN];
  const registry = createRegistryIndex(BUNDLED_REGISTRY, domains);
  const now = io.now();
  const { rekap, census } = rekapWithCensus(exports, registry, { domains, recentDays: days, now: now.getTime() });
  const bytes = await rekapFileBytes(format, rekap, census, registry, {
    now,
    domain: WATCHED_DOMAIN,
    collector: { name: values.name ?? "", unit: values.unit ?? "" },
    extension: { version: package_default.version, browser: "cli" },
    registryVersion: BUNDLED_REGISTRY.version
  });
  try {
    await writeAtomically(outPath, bytes);
  } catch (error) {
    io.err(`pantau rekap: cannot write ${values.out}: ${error.code ?? String(error)}`);
    io.err(nothingWrittenText(t));
    return 1;
  }
  for (const line of rekapResultLines(rekap, census, t)) io.out(line);
  for (const warning of rekap.warnings) io.out(`! ${warningText(warning, t)}`);
  io.out(writtenText(values.out, format, bytes.length, t));
  return 0;
}

// scripts/cli/main.ts
var USAGE = `Usage:
  pantau rekap <export.json>... --out <file> [options]

Merges Pantau JSON exports (from many collectors) into one rekap, recomputing registration and
findings against the registry bundled with this Pantau.

Options:
  --out, -o <file>     where to write the rekap (required)
  --format <fmt>       json, csv or xlsx (default: from the --out extension)
  --days <n>           "seen recently" window in days for the summary (default ${DEFAULT_PREFERENCES.recentDays})
  --name <text>        your name, written as the rekap's collector
  --unit <text>        your unit, written as the rekap's collector
  --lang <id|en>       language of the summary (default: Indonesian unless LANG is English)
  --help, -h           show this help

Any unreadable or invalid input stops the command with exit code 1 and writes nothing.`;
var defaultIo = {
  out: (line) => process.stdout.write(`${line}
`),
  err: (line) => process.stderr.write(`${line}
`),
  cwd: process.cwd(),
  env: process.env,
  now: () => /* @__PURE__ */ new Date()
};
async function main(argv, io = defaultIo) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE);
    return command === void 0 ? 2 : 0;
  }
  if (command !== "rekap") {
    io.err(`pantau: unknown command "${command}"

${USAGE}`);
    return 2;
  }
  return runRekap(rest, io, USAGE);
}

// scripts/cli/bin.ts
process.exitCode = await main(process.argv.slice(2));
