#!/usr/bin/env node
// Compiled from scripts/cli/ by scripts/build-cli.mjs (npm run build:cli); do not edit.

// package.json
import { readFileSync } from "node:fs";
var package_default = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

// utils/text/clean-text.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c]/g;
var INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g;
function removeInvisible(text5) {
  return text5.replace(INVISIBLE, "");
}
function cleanText(text5) {
  return removeInvisible(text5).replace(UNSAFE, " ");
}

// utils/settings/settings.ts
var DEFAULT_PREFERENCES = { language: "auto", recentDays: 90 };
var RECENT_DAYS_RANGE = { min: 1, max: 3650 };

// utils/text/format-number.ts
function formatNumber(value, lang, fractionDigits = 0) {
  return new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-GB", { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

// scripts/cli/cli-text.ts
var HELP = {
  id: `Pemakaian:
  pantau rekap <ekspor>... --out <berkas|folder/> [opsi]
  pantau --version

Menggabungkan ekspor JSON Pantau (dari banyak pengumpul) menjadi satu rekap; status terdaftar dan
temuan dihitung ulang terhadap registri bawaan Pantau ini. <ekspor> boleh berupa berkas .json atau
.json.gz, folder (dibaca rekursif) atau pola glob ('ekspor/**/*.json.gz'). Berkas dibaca satu per satu.

Opsi:
  --out, -o <tujuan>   rekap.json, rekap.csv, rekap.xlsx, sensus.duckdb (ditambah pada run berikutnya)
                       atau folder/ (satu berkas Parquet per tabel); wajib
  --format <fmt>       json, csv, xlsx, duckdb atau parquet (bawaan: dari nama --out)
  --strict             berkas yang rusak menggagalkan seluruh run dan tidak ada yang ditulis
                       (tanpa --strict berkas rusak dilewati dan disebutkan di akhir)
  --days <n>           jendela "terlihat baru-baru ini" dalam hari untuk ringkasan (bawaan ${DEFAULT_PREFERENCES.recentDays})
  --name <teks>        nama Anda, ditulis sebagai pengumpul rekap
  --unit <teks>        unit Anda, ditulis sebagai pengumpul rekap
  --lang <id|en>       bahasa keluaran (bawaan: Indonesia kecuali LANG berbahasa Inggris)
  --version            versi Pantau
  --help, -h           bantuan ini

Kode keluar: 0 berhasil, 1 masukan atau penulisan gagal, 2 pemakaian salah.`,
  en: `Usage:
  pantau rekap <export>... --out <file|folder/> [options]
  pantau --version

Merges Pantau JSON exports (from many collectors) into one rekap, recomputing registration and
findings against the registry bundled with this Pantau. An <export> is a .json or .json.gz file, a
folder (read recursively) or a glob ('exports/**/*.json.gz'). Files are read one at a time.

Options:
  --out, -o <target>   rekap.json, rekap.csv, rekap.xlsx, census.duckdb (later runs add to it)
                       or folder/ (one Parquet file per table); required
  --format <fmt>       json, csv, xlsx, duckdb or parquet (default: from the --out name)
  --strict             any bad file fails the whole run and nothing is written
                       (without --strict bad files are skipped and listed at the end)
  --days <n>           "seen recently" window in days for the summary (default ${DEFAULT_PREFERENCES.recentDays})
  --name <text>        your name, written as the rekap's collector
  --unit <text>        your unit, written as the rekap's collector
  --lang <id|en>       language of the output (default: Indonesian unless LANG is English)
  --version            Pantau's version
  --help, -h           this help

Exit codes: 0 done, 1 bad input or failed write, 2 usage error.`
};
var countId = (n) => formatNumber(n, "id");
var countEn = (n) => formatNumber(n, "en");
var WORDS = {
  id: {
    hint: "Lihat: pantau --help",
    unknownCommand: (c) => `perintah tidak dikenal "${c}"`,
    noInputs: "berikan sedikitnya satu berkas ekspor",
    outRequired: "--out <berkas> wajib diisi",
    format: (formats) => `format keluaran tidak jelas: pakai --format ${formats} atau --out berakhiran .json, .csv, .xlsx, .duckdb atau /`,
    days: `--days harus bilangan bulat ${RECENT_DAYS_RANGE.min} sampai ${RECENT_DAYS_RANGE.max}`,
    lang: "--lang harus id atau en",
    outIsInput: (out) => `--out ${out} juga merupakan masukan; berkas itu akan tertimpa`,
    noExportsIn: "tidak ada berkas .json atau .json.gz di sini",
    noDuckDb: (reason) => `DuckDB (@duckdb/node-api) tidak tersedia di mesin ini (${reason}); keluaran .duckdb dan folder Parquet memerlukannya. Format yang tetap bisa: json, csv, xlsx. Pasang dengan: npm install @duckdb/node-api`,
    skipped: (n) => `${countId(n)} berkas dilewati (tidak dimuat):`,
    alreadyLoaded: (n) => `${countId(n)} berkas sudah dimuat pada run sebelumnya (checksum sama), dilewati.`,
    nothingMerged: "Tidak ada ekspor yang dapat dibaca.",
    store: (out, format, files, hosts) => `Ditulis: ${out} (${format}: ${countId(files)} berkas baru dimuat, ${countId(hosts)} host dalam sensus).`,
    cannotWrite: (out, why) => `tidak dapat menulis ${out}: ${why}`
  },
  en: {
    hint: "See: pantau --help",
    unknownCommand: (c) => `unknown command "${c}"`,
    noInputs: "give at least one export file",
    outRequired: "--out <file> is required",
    format: (formats) => `cannot tell the output format: use --format ${formats} or an --out ending in .json, .csv, .xlsx, .duckdb or /`,
    days: `--days must be a whole number from ${RECENT_DAYS_RANGE.min} to ${RECENT_DAYS_RANGE.max}`,
    lang: "--lang must be id or en",
    outIsInput: (out) => `--out ${out} is also an input; it would be overwritten`,
    noExportsIn: "no .json or .json.gz file here",
    noDuckDb: (reason) => `DuckDB (@duckdb/node-api) is not available on this machine (${reason}); .duckdb and Parquet folder outputs need it. These formats still work: json, csv, xlsx. Install it with: npm install @duckdb/node-api`,
    skipped: (n) => `${countEn(n)} file(s) skipped (not loaded):`,
    alreadyLoaded: (n) => `${countEn(n)} file(s) already loaded by an earlier run (same checksum), skipped.`,
    nothingMerged: "No export could be read.",
    store: (out, format, files, hosts) => `Written: ${out} (${format}: ${countEn(files)} new file(s) loaded, ${countEn(hosts)} hosts in the census).`,
    cannotWrite: (out, why) => `cannot write ${out}: ${why}`
  }
};
var helpText = (lang) => HELP[lang];
var cliWords = (lang) => WORDS[lang];

// scripts/cli/rekap-args.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// utils/text/i18n.ts
function createTranslator(getMessage) {
  return (key, substitutions) => {
    const args = substitutions === void 0 ? void 0 : typeof substitutions === "string" ? [substitutions] : [...substitutions];
    try {
      const text5 = getMessage(key, args);
      return text5 === void 0 || text5 === "" ? key : text5;
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

// utils/export/export-csv.ts
import Papa from "papaparse";

// utils/export/csv-cell.ts
var DANGEROUS = /* @__PURE__ */ new Set(["=", "+", "-", "@", "	", "\r", "\n", "\0"]);
var CELL_BREAKS = /* @__PURE__ */ new Set([",", ";", "	", "\r", "\n"]);
function neutraliseCell(text5) {
  let out = "";
  let cellStart = true;
  for (let i = 0; i < text5.length; i++) {
    const ch = text5[i];
    const lineFeedOfCrLf = ch === "\n" && text5[i - 1] === "\r";
    if (cellStart && DANGEROUS.has(ch) && !lineFeedOfCrLf) out += "'";
    out += ch;
    cellStart = CELL_BREAKS.has(ch) || cellStart && ch === '"';
  }
  return out;
}

// utils/export/inspection-text.ts
var redirectsText = (redirects) => redirects.map((hop) => `${hop.status} ${hop.url ?? ""}`.trim()).join("; ");
var softwareText = (software) => software.map((item) => item.version === null ? item.name : `${item.name} ${item.version}`).join("; ");

// utils/text/wita.ts
var WITA_OFFSET_MS = 8 * 60 * 60 * 1e3;

// utils/export/export-csv.ts
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
  "last_modified",
  // Appended (issue 13): the same times in WITA as `YYYY-MM-DD HH:MM:SS`, which a spreadsheet reads
  // as a date-time, beside the ISO (UTC) ones; empty when the ISO one is.
  "first_seen_wita",
  "last_seen_wita",
  "checked_at_wita",
  // How the host was seen: "visit", "sweep" (answered the census sweep) or "visit; sweep".
  "seen_by"
];
function witaDateTime(isoTime2) {
  const time = isoTime2 === null || isoTime2 === void 0 ? Number.NaN : Date.parse(isoTime2);
  if (Number.isNaN(time)) return null;
  return new Date(time + WITA_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}
var INSPECTION_COLUMNS = CSV_COLUMNS.indexOf("first_seen_wita") - CSV_COLUMNS.indexOf("checked_at");
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
    ...inspectionCells(host.inspection),
    witaDateTime(host.firstSeen),
    witaDateTime(host.lastSeen),
    witaDateTime(host.inspection?.checkedAt),
    (host.seenBy ?? ["visit"]).join("; ")
  ];
}
function inspectionCells(inspection) {
  if (inspection === void 0) return Array(INSPECTION_COLUMNS).fill(null);
  return [
    inspection.checkedAt,
    inspection.status,
    inspection.finalUrl,
    redirectsText(inspection.redirects),
    inspection.https,
    inspection.hsts,
    inspection.server,
    inspection.poweredBy,
    softwareText(inspection.software),
    inspection.title,
    inspection.placeholder,
    inspection.passwordField,
    inspection.newestDate,
    inspection.copyrightYear,
    inspection.error ?? null,
    inspection.lastModified ?? null
  ];
}
function exportToCsv(data, separator = ",") {
  const neutral = (cell) => typeof cell === "string" ? neutraliseCell(cell) : cell;
  const rows = [[...CSV_COLUMNS], ...data.hosts.map((host) => row(host).map(neutral))];
  const body = Papa.unparse(rows, { newline: "\r\n", delimiter: separator });
  return `\uFEFF${body}\r
`;
}

// utils/export/export-json.ts
function exportToJson(data) {
  return `${JSON.stringify(data, null, 2)}
`;
}

// utils/registry/schema.ts
import * as z2 from "zod/mini";

// utils/text/zod-english.ts
import * as z from "zod/mini";
z.config(z.locales.en());

// utils/domains/host-match.ts
var WEB_SCHEMES = /* @__PURE__ */ new Set(["http:", "https:"]);
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
function parseWebUrl(url) {
  try {
    const parsed = new URL(url);
    return WEB_SCHEMES.has(parsed.protocol) ? parsed : null;
  } catch {
    return null;
  }
}
var SESSION_SEGMENT = /^(?:jsessionid|phpsessid|sid|sessionid|session_id|session|aspsessionid[a-z]*)=/i;
var ASPNET_SESSION_SEGMENT = /^(?:\([A-Za-z]\([^()/]*\)\))+$/;
function stripPathParameters(path) {
  return path.split("/").filter((segment) => !SESSION_SEGMENT.test(segment) && !ASPNET_SESSION_SEGMENT.test(segment)).map((segment) => segment.replace(/(?:;|%3b).*$/i, "")).join("/");
}
function sanitiseUrl(url) {
  const parsed = parseWebUrl(url);
  if (parsed === null) return null;
  const kept = `${parsed.protocol}//${parsed.host}${stripPathParameters(parsed.pathname)}`;
  if (kept.length <= MAX_URL_LENGTH) return kept;
  return kept.slice(0, MAX_URL_LENGTH).replace(/%[0-9A-Fa-f]?$/, "");
}
var MAX_URL_LENGTH = 2048;
function foldWww(host) {
  return host.startsWith("www.") && host.indexOf(".", 4) !== -1 ? host.slice(4) : host;
}

// utils/registry/registry-vocabulary.ts
var REGISTRY_STATUSES = ["aktif", "tidak-aktif", "pengembangan", "tidak-diketahui"];
var SITE_UNIT_KINDS = ["sekretariat", "inspektorat", "bagian", "dinas", "satpol", "badan", "rsud", "lembaga", "kecamatan", "kelurahan"];
var UNIT_KINDS = [...SITE_UNIT_KINDS, "pemkot", "tidak-diketahui"];
var CATEGORIES = ["public-service", "unit-profile", "internal"];
var PLATFORMS = ["web", "android", "ios"];
var REGISTRY_LIMITS = {
  id: 80,
  name: 300,
  abbreviation: 60,
  opd: 300,
  description: 4e3,
  source: 500,
  sources: 50,
  hosts: 100,
  androidPackage: 255,
  url: 2048,
  domains: 20,
  entries: 5e3,
  version: 64
};

// utils/registry/schema.ts
var atMost = (n) => ({ message: `must be at most ${n} characters` });
var listsAtMost = (n, what) => ({ message: `must list at most ${n} ${what}` });
var registryText = (max) => z2.string().check(z2.overwrite(removeInvisible), z2.trim(), z2.maxLength(max, atMost(max)));
var ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var GITHUB_SOURCE = /^github:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/[^@\n]+@[0-9a-f]{7,40}$/;
var HTTPS_SOURCE = /^https:\/\/[^\s/]+\.[^\s/]+(?:\/\S*)?$/;
var FILE_SOURCE = /^file:[^\n\r@]{1,200}@\d{4}-\d{2}-\d{2}$/;
var PROPOSAL_SOURCE = /^proposal:[^\n\r@]{1,200}@\d{4}-\d{2}-\d{2}$/;
var hostnameSchema = z2.string().check(
  z2.refine((host) => normaliseHost(host) === host, {
    message: "is not a normalised hostname (expected lower case, no scheme, port, path or trailing dot)"
  })
);
function isPublicSource(source) {
  return GITHUB_SOURCE.test(source) || HTTPS_SOURCE.test(source);
}
var sourceSchema = z2.string().check(
  z2.maxLength(REGISTRY_LIMITS.source, atMost(REGISTRY_LIMITS.source)),
  z2.refine((source) => isPublicSource(source) || FILE_SOURCE.test(source) || PROPOSAL_SOURCE.test(source), {
    message: 'must be "github:OWNER/REPO/PATH@COMMIT", an https:// address, "file:NAME@YYYY-MM-DD" or "proposal:COLLECTOR@YYYY-MM-DD"'
  })
);
var registryEntrySchema = z2.strictObject({
  id: z2.string().check(z2.regex(ID_PATTERN, { message: 'must be a kebab-case slug such as "lontara-plus"' }), z2.maxLength(REGISTRY_LIMITS.id, atMost(REGISTRY_LIMITS.id))),
  name: registryText(REGISTRY_LIMITS.name).check(z2.minLength(1, { message: "must not be empty" })),
  abbreviation: z2.optional(registryText(REGISTRY_LIMITS.abbreviation).check(z2.minLength(1, { message: "must not be empty when present" }))),
  hosts: z2.array(hostnameSchema).check(z2.minLength(1, { message: "must list at least one host" }), z2.maxLength(REGISTRY_LIMITS.hosts, listsAtMost(REGISTRY_LIMITS.hosts, "hosts"))),
  /** Owning unit as named in opd.csv; empty when no source names an owner (unitKind `tidak-diketahui`). */
  opd: registryText(REGISTRY_LIMITS.opd),
  unitKind: z2.enum(UNIT_KINDS),
  category: z2.enum(CATEGORIES),
  platforms: z2.array(z2.enum(PLATFORMS)),
  status: z2.enum(REGISTRY_STATUSES),
  description: z2.optional(registryText(REGISTRY_LIMITS.description)),
  androidPackage: z2.optional(
    z2.string().check(
      z2.maxLength(REGISTRY_LIMITS.androidPackage, atMost(REGISTRY_LIMITS.androidPackage)),
      z2.regex(/^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+$/, { message: "must be a Java package name" })
    )
  ),
  url: z2.optional(z2.httpUrl({ message: "must be an http:// or https:// URL" }).check(z2.maxLength(REGISTRY_LIMITS.url, atMost(REGISTRY_LIMITS.url)))),
  source: z2.array(sourceSchema).check(z2.minLength(1, { message: "must cite at least one source" }), z2.maxLength(REGISTRY_LIMITS.sources, listsAtMost(REGISTRY_LIMITS.sources, "sources")))
});
var registrySchema = z2.strictObject({
  format: z2.literal("pantau.registry"),
  version: z2.string().check(
    z2.maxLength(REGISTRY_LIMITS.version, atMost(REGISTRY_LIMITS.version)),
    z2.regex(/^(?:\d{4}\.\d{2}\.\d{2}|\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)$/, {
      message: 'must be a calendar version like "2026.11.27" or a semver like "1.2.0"'
    })
  ),
  domains: z2.array(hostnameSchema).check(z2.minLength(1, { message: "must list at least one domain" }), z2.maxLength(REGISTRY_LIMITS.domains, listsAtMost(REGISTRY_LIMITS.domains, "domains"))),
  generatedAt: z2.iso.datetime({ message: 'must be an ISO date-time such as "2025-09-24T00:00:00.000Z"' }),
  entries: z2.array(registryEntrySchema).check(z2.maxLength(REGISTRY_LIMITS.entries, listsAtMost(REGISTRY_LIMITS.entries, "entries")))
});

// utils/findings/finding-definitions.ts
var FINDINGS = {
  unregistered: {
    severity: "high",
    id: "Host kota ini tidak ada di registri aplikasi. OPD pemiliknya perlu melaporkannya.",
    en: "This city host is not in the app registry. Its owning unit needs to report it."
  },
  "registry-not-active": {
    severity: "medium",
    id: "Registri mencatat aplikasi ini tidak aktif atau masih dikembangkan, tetapi situsnya dapat dibuka.",
    en: "The registry lists this app as inactive or in development, but the site loaded."
  },
  unreachable: {
    severity: "high",
    id: "Kunjungan terakhir gagal karena galat jaringan.",
    en: "The last visit failed with a network error."
  },
  "registry-active-down": {
    severity: "high",
    id: "Registri mencatat aplikasi ini AKTIF, tetapi situsnya tidak berfungsi.",
    en: "The registry lists this app as ACTIVE, but its site is not working."
  },
  "http-error": {
    severity: "high",
    id: "Server menjawab dengan status galat HTTP.",
    en: "The server answered with an HTTP error status."
  },
  placeholder: {
    severity: "high",
    id: "Yang tampil bukan aplikasi, melainkan halaman pengganti",
    en: "What loads is not an app but a placeholder page"
  },
  "no-https": {
    severity: "medium",
    id: "Halaman ini dilayani lewat HTTP biasa, tanpa enkripsi.",
    en: "This page is served over plain HTTP, without encryption."
  },
  "login-over-http": {
    severity: "high",
    id: "Ada kolom kata sandi di halaman HTTP atau formulir yang mengirim ke HTTP: kata sandi terkirim tanpa enkripsi.",
    en: "A password field sits on an HTTP page or in a form posting to HTTP: passwords travel unencrypted."
  },
  "no-hsts": {
    severity: "low",
    id: "Situs HTTPS ini tidak mengirim header Strict-Transport-Security (HSTS).",
    en: "This HTTPS site sends no Strict-Transport-Security (HSTS) header."
  },
  "version-exposed": {
    severity: "low",
    id: "Server atau halaman menyebutkan nomor versi perangkat lunaknya",
    en: "The server or page reveals its software version number"
  },
  "stale-content": {
    severity: "medium",
    id: "Konten terbaru di halaman ini lebih tua dari batas kesegaran; tanggal terbarunya",
    en: "The newest content on this page is older than the freshness limit; its newest date is"
  }
};
var PLACEHOLDER_TEXT = {
  "server-default": { label: { id: "halaman bawaan server web", en: "the web server\u2019s default page" } },
  suspended: { label: { id: "akun hosting ditangguhkan", en: "a suspended hosting account" } },
  "directory-listing": { label: { id: "daftar isi direktori", en: "a directory listing" } },
  "coming-soon": { label: { id: 'halaman "segera hadir"', en: 'a "coming soon" page' } },
  maintenance: { label: { id: 'halaman "sedang dalam perbaikan"', en: "a maintenance page" } },
  empty: { label: { id: "halaman (hampir) kosong", en: "an (almost) empty page" } }
};
var ACTIVE_DOWN_CAUSE = {
  unreachable: { id: "tidak dapat dibuka", en: "it does not load" },
  "http-error": { id: "galat HTTP", en: "an HTTP error" },
  placeholder: { id: "hanya halaman pengganti", en: "only a placeholder page" }
};
var FINDING_LABELS = {
  unregistered: { id: "Tidak terdaftar", en: "Not registered" },
  "registry-not-active": { id: "Hidup, tercatat tidak aktif", en: "Live, listed inactive" },
  unreachable: { id: "Tidak dapat dibuka", en: "Does not load" },
  "registry-active-down": { id: "Aplikasi aktif mati", en: "Active app down" },
  "http-error": { id: "Galat HTTP", en: "HTTP error" },
  placeholder: { id: "Halaman pengganti", en: "Placeholder page" },
  "no-https": { id: "Tanpa HTTPS", en: "No HTTPS" },
  "login-over-http": { id: "Login lewat HTTP", en: "Login over HTTP" },
  "no-hsts": { id: "Tanpa HSTS", en: "No HSTS" },
  "version-exposed": { id: "Versi terlihat", en: "Version shown" },
  "stale-content": { id: "Konten usang", en: "Stale content" }
};
function findingLabel(code, lang) {
  return Object.hasOwn(FINDING_LABELS, code) ? FINDING_LABELS[code][lang] : code;
}

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

// utils/findings/finding-text.ts
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

// utils/inspection/fingerprint-selectors.ts
var FINGERPRINT_SELECTORS_BY_NAME = {
  // WordPress announces its REST API on every page.
  WordPress: ['link[rel="https://api.w.org/"]'],
  Joomla: ["script.joomla-script-options"],
  // Drupal 8+ marks its settings script and its form elements.
  Drupal: ["script[data-drupal-selector]", "form[data-drupal-selector]", "input[data-drupal-selector]"],
  // Blade's @csrf writes a hidden `_token` input.
  Laravel: ['input[type="hidden"][name="_token"]'],
  // `csrf_test_name` is the default CSRF field of CodeIgniter 3 and 4.
  CodeIgniter: ['input[name="csrf_test_name"]'],
  // Yii 2's csrfMetaTags names its parameter `_csrf` (`_csrf-frontend` in the advanced template);
  // Yii 1 posts YII_CSRF_TOKEN.
  Yii: ['meta[name="csrf-param"][content^="_csrf"]', 'input[name="YII_CSRF_TOKEN"]'],
  // Moodle's page head always starts its keywords with "moodle".
  Moodle: ['meta[name="keywords"][content^="moodle"]'],
  // PKP's web feed plugin announces the journal's feeds on every page.
  "Open Journal Systems": ['link[href*="WebFeedGatewayPlugin"]']
};
var SELECTOR_TAGS = /* @__PURE__ */ new Set(["meta", "link", "script", "input", "form"]);
var FINGERPRINT_SELECTORS = (() => {
  const byTag = /* @__PURE__ */ new Map();
  for (const selector of new Set(Object.values(FINGERPRINT_SELECTORS_BY_NAME).flat())) {
    const tag = /^[a-z]+/.exec(selector)?.[0] ?? "";
    if (!SELECTOR_TAGS.has(tag)) throw new Error(`fingerprint selector "${selector}" must start with one of ${[...SELECTOR_TAGS].join(", ")}`);
    byTag.set(tag, [...byTag.get(tag) ?? [], selector]);
  }
  return byTag;
})();

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
    selector: FINGERPRINT_SELECTORS_BY_NAME.WordPress
  },
  {
    name: "Joomla",
    kind: "cms",
    // Joomla 1.5 still wrote its version ("Joomla! 1.5 - Open Source…"); later ones do not.
    generator: [re(`^Joomla!?(?:\\s+${V})?`)],
    script: [re("/media/(?:system|jui|vendor/joomla)[^?#]*\\.js")],
    selector: FINGERPRINT_SELECTORS_BY_NAME.Joomla
  },
  {
    name: "Drupal",
    kind: "cms",
    generator: [re(`^Drupal(?:\\s+${V})?`)],
    script: [re("/(?:core/)?misc/drupal\\.js")],
    stylesheet: [re("/sites/(?:default|all)/")],
    selector: FINGERPRINT_SELECTORS_BY_NAME.Drupal
  },
  {
    name: "Laravel",
    kind: "framework",
    script: [re("/vendor/livewire/livewire(?:\\.min)?\\.js")],
    // Blade's @csrf writes a hidden `_token` input; the framework sets an XSRF-TOKEN cookie.
    selector: FINGERPRINT_SELECTORS_BY_NAME.Laravel,
    cookie: [re("^(?:laravel_session|XSRF-TOKEN)$", "")]
  },
  {
    name: "CodeIgniter",
    kind: "framework",
    // `csrf_test_name` is the default CSRF field of CodeIgniter 3 and 4; `ci_session` its session cookie.
    selector: FINGERPRINT_SELECTORS_BY_NAME.CodeIgniter,
    cookie: [re("^ci_session$", "")]
  },
  {
    name: "Yii",
    kind: "framework",
    script: [re("/yii(?:\\.activeForm|\\.validation|\\.gridView)?\\.js")],
    // Yii 2's csrfMetaTags names its parameter `_csrf` (`_csrf-frontend` in the advanced template);
    // Yii 1 posts YII_CSRF_TOKEN.
    selector: FINGERPRINT_SELECTORS_BY_NAME.Yii,
    cookie: [re("^(?:YII_CSRF_TOKEN|_csrf(?:-frontend|-backend)?)$", "")]
  },
  {
    name: "Moodle",
    kind: "cms",
    script: [re("/lib/(?:javascript|requirejs)\\.php/"), re("/theme/yui_combo\\.php")],
    stylesheet: [re("/theme/styles\\.php/")],
    selector: FINGERPRINT_SELECTORS_BY_NAME.Moodle,
    cookie: [re("^MoodleSession", "")]
  },
  {
    name: "Open Journal Systems",
    kind: "cms",
    generator: [re(`^Open Journal Systems(?:\\s+${V})?`)],
    script: [re("/lib/pkp/")],
    stylesheet: [re("/lib/pkp/")],
    selector: FINGERPRINT_SELECTORS_BY_NAME["Open Journal Systems"]
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

// utils/export/seen-by.ts
function sweepAnswered(inspection) {
  if (inspection === null || inspection.source !== "sweep") return false;
  if (inspection.status !== null) return true;
  return (inspection.error ?? null) === null && inspection.finalUrl !== null;
}

// utils/export/export-host.ts
var iso2 = (epochMs) => new Date(epochMs).toISOString();
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
    if (typeof inspection.error === "string" && inspection.error !== "") return "down";
    if (typeof inspection.placeholder === "string" && inspection.placeholder !== "") return "placeholder";
    if (typeof inspection.status === "number" && inspection.status >= 400) return "down";
  }
  return "live";
}

// utils/rekap/rekap-sources.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function canonicalTime(iso6) {
  const time = Date.parse(iso6);
  return Number.isNaN(time) ? iso6 : new Date(time).toISOString();
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
    lastSeen: Math.max(host.lastSeen, host.sweptAt ?? -Infinity),
    visits: host.visits,
    seenBy: host.seenBy,
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
    seenBy: [],
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
    const row3 = hostRow(host, registry.lookup(host.host));
    rows.push(row3);
    if (row3.entry !== null) byEntry.set(row3.entry.id, [...byEntry.get(row3.entry.id) ?? [], row3]);
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
    const recent = seen.some((row3) => (row3.lastSeen ?? -Infinity) >= since);
    const alive = seen.some((row3) => row3.state === "live" && (row3.lastSeen ?? -Infinity) >= since);
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
  for (const row3 of rows) for (const finding of row3.findings) findingsBySeverity[finding.severity] += 1;
  const unregistered = rows.filter((row3) => row3.status === "unregistered");
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
      unregisteredLive: unregistered.filter((row3) => row3.state === "live").length,
      findingsBySeverity,
      sources: rekap.sources.length,
      recentDays: options.recentDays,
      asOf
    },
    perOpd: [...perOpd.values()].sort(
      (a, b) => b.alive + b.problem + b.neverSeen - (a.alive + a.problem + a.neverSeen) || compareText(a.opd, b.opd)
    ),
    toAdd: unregistered.filter((row3) => row3.state === "live"),
    toReview,
    neverSeen
  };
}
function reviewReasons(entry, seen, alive, recent) {
  if (seen.length === 0) return [];
  const reasons = /* @__PURE__ */ new Set();
  if (entry.status === "aktif") {
    if (!alive) {
      for (const row3 of seen) if (row3.state === "down" || row3.state === "placeholder") reasons.add(row3.state);
    }
    if (!recent || seen.some((row3) => row3.findings.some((finding) => finding.code === STALE_CONTENT))) reasons.add("stale");
  }
  if (entry.status === "tidak-aktif" && seen.some((row3) => row3.state === "live")) reasons.add("inactive-but-live");
  const order = ["down", "placeholder", "stale", "inactive-but-live"];
  return order.filter((reason) => reasons.has(reason));
}

// utils/visits/counts.ts
var MAX_COUNT = Number.MAX_SAFE_INTEGER;
function addCounts(a, b) {
  const sum = a + b;
  return sum >= MAX_COUNT ? MAX_COUNT : sum;
}

// utils/rekap/merge-seen-by.ts
function seenByOf(host, inspection) {
  if (Array.isArray(host.seenBy)) return host.seenBy;
  const swept = inspection !== null && sweepAnswered(inspection.value);
  return [...host.visits > 0 || !swept ? ["visit"] : [], ...swept ? ["sweep"] : []];
}
var SEEN_ORDER = ["visit", "sweep"];
var sortSeenBy = (ways) => [...ways].sort((a, b) => (SEEN_ORDER.indexOf(a) + 1 || 99) - (SEEN_ORDER.indexOf(b) + 1 || 99) || compareText(a, b));
function sweptAtOf(inspection) {
  return inspection !== null && sweepAnswered(inspection.value) ? inspection.time : null;
}

// utils/rekap/host-accumulator.ts
var CollectorTable = class {
  ids = /* @__PURE__ */ new Map();
  refs = [];
  /** The same object seen again (a stored census shares one per collector) skips the key. */
  known = /* @__PURE__ */ new WeakMap();
  idOf(collector) {
    const known = this.known.get(collector);
    if (known !== void 0) return known;
    const key = collectorKey(collector);
    let id = this.ids.get(key);
    if (id === void 0) {
      id = this.refs.length;
      this.ids.set(key, id);
      this.refs.push({ name: collector.name, unit: collector.unit });
    }
    this.known.set(collector, id);
    return id;
  }
  refOf(id) {
    return this.refs[id];
  }
};
var collectorKey = (collector) => JSON.stringify([collector.name, collector.unit]);
function collectorsOf(host, fallback, table) {
  return host.collectors === void 0 ? fallback : host.collectors.map((c) => table.idOf(c));
}
function inspectionOf(host) {
  const value = host.inspection;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const checkedAt = value.checkedAt;
  const time = typeof checkedAt === "string" ? Date.parse(checkedAt) : Number.NaN;
  return Number.isNaN(time) ? null : { value, time, from: host };
}
function startHost(host, fallback, table) {
  const inspection = inspectionOf(host);
  return {
    host: host.host,
    firstSeen: Date.parse(host.firstSeen),
    lastSeen: Date.parse(host.lastSeen),
    visits: host.visits,
    capped: false,
    latest: host,
    collectors: new Set(collectorsOf(host, fallback, table)),
    inspection,
    seenBy: new Set(seenByOf(host, inspection))
  };
}
function addCopy(into, host, fallback, table) {
  const firstSeen = Date.parse(host.firstSeen);
  const lastSeen = Date.parse(host.lastSeen);
  into.firstSeen = Math.min(into.firstSeen, firstSeen);
  into.visits = addCounts(into.visits, host.visits);
  if (into.visits === MAX_COUNT) into.capped = true;
  if (lastSeen > into.lastSeen || lastSeen === into.lastSeen && compareText(lastVisitKey(host), lastVisitKey(into.latest)) > 0) {
    into.latest = host;
  }
  into.lastSeen = Math.max(into.lastSeen, lastSeen);
  for (const id of collectorsOf(host, fallback, table)) into.collectors.add(id);
  const inspection = inspectionOf(host);
  for (const way of seenByOf(host, inspection)) into.seenBy.add(way);
  if (inspection !== null && (into.inspection === null || isLater(inspection, into.inspection))) into.inspection = inspection;
}
function isLater(a, b) {
  if (a.time !== b.time) return a.time > b.time;
  return compareText(JSON.stringify([a.value, a.from.findings]), JSON.stringify([b.value, b.from.findings])) > 0;
}
var lastVisitKey = (host) => JSON.stringify([host.lastOutcome, host.lastError, host.lastUrl, host.lastTitle, host.findings]);
var CARRIED_CODES = /* @__PURE__ */ new Set(["login-over-http", "version-exposed"]);
var RECOMPUTED_CODES = new Set(Object.keys(FINDINGS).filter((code) => !CARRIED_CODES.has(code)));
function finishHost(accumulator, table, compare) {
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
    collectors: [...accumulator.collectors].map((id) => table.refOf(id)).sort(compare),
    inspection: accumulator.inspection?.value ?? null,
    foreignFindings,
    seenBy: sortSeenBy(accumulator.seenBy),
    sweptAt: sweptAtOf(accumulator.inspection)
  };
}

// utils/rekap/merge-exports.ts
function createRekapFold(domains) {
  const covered = /* @__PURE__ */ new Map();
  const merging = /* @__PURE__ */ new Map();
  const table = new CollectorTable();
  const proposals = createProposalFold(domains);
  let outside = 0;
  let overlapping = false;
  let duplicates = 0;
  return {
    overlaps: (sources) => sources.some((source) => covered.has(identityOfSource(source))),
    addDuplicate: () => {
      duplicates += 1;
    },
    add(data, sources = sourcesOf(data)) {
      for (const proposal of data.proposals ?? []) proposals.add(proposal);
      const fresh = sources.filter((source) => !covered.has(identityOfSource(source)));
      if (fresh.length === 0) {
        duplicates += 1;
        return "duplicate";
      }
      if (fresh.length < sources.length) overlapping = true;
      for (const source of fresh) covered.set(identityOfSource(source), source);
      const fallback = [table.idOf(data.collector)];
      for (const host of data.hosts) {
        if (!domains.some((domain) => isUnderDomain(host.host, domain))) {
          outside += 1;
          continue;
        }
        const accumulator = merging.get(host.host);
        if (accumulator === void 0) merging.set(host.host, startHost(host, fallback, table));
        else addCopy(accumulator, host, fallback, table);
      }
      return "merged";
    },
    finish() {
      const sources = [...covered.values()].sort(compareSources);
      const hosts = [...merging.values()].map((a) => finishHost(a, table, compareCollectors)).sort((a, b) => compareText(a.host, b.host));
      const capped = [...merging.values()].filter((accumulator) => accumulator.capped).length;
      const asOf = sources.filter((source) => source.hosts > 0).reduce((latest, s) => Math.max(latest ?? -Infinity, Date.parse(s.exportedAt)), null);
      return { sources, hosts, duplicates, asOf, warnings: warningsFor(sources, outside, overlapping, capped), proposals: proposals.finish() };
    }
  };
}
function createProposalFold(domains) {
  const newest = /* @__PURE__ */ new Map();
  return {
    add(proposal) {
      if (!domains.some((domain) => isUnderDomain(proposal.host, domain))) return;
      const key = JSON.stringify([proposal.host, proposal.collector.name, proposal.collector.unit]);
      const time = Date.parse(proposal.createdAt);
      const text5 = JSON.stringify(proposal);
      const kept = newest.get(key);
      if (kept === void 0 || time > kept.time || time === kept.time && compareText(text5, kept.text) > 0) newest.set(key, { proposal, time, text: text5 });
    },
    finish: () => [...newest.values()].map(({ proposal }) => proposal).sort((a, b) => compareText(a.host, b.host) || compareCollectors(a.collector, b.collector))
  };
}
function compareInputs(a, b, content = () => 0) {
  return b.sources.length - a.sources.length || compareText(a.key, b.key) || content();
}
function compareCollectors(a, b) {
  return compareText(a.name, b.name) || compareText(a.unit, b.unit);
}
function compareSources(a, b) {
  return compareText(a.exportedAt, b.exportedAt) || compareCollectors(a, b);
}
function warningsFor(sources, outside, overlapping, capped) {
  const warnings = [];
  if (capped > 0) warnings.push({ code: "visits-capped", params: [String(capped)] });
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

// utils/export/export-marker.ts
var EXPORT_FORMAT = "pantau.export";
var EXPORT_VERSION = 1;

// utils/export/build-export.ts
function exportEnvelope(meta2, registryEntries) {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: meta2.now.toISOString(),
    domain: meta2.domain,
    collector: { name: meta2.collector.name, unit: meta2.collector.unit },
    extension: { version: meta2.extension.version, browser: meta2.extension.browser },
    registry: { version: meta2.registryVersion, entries: registryEntries }
  };
}

// utils/rekap/rekap-to-export.ts
function rekapToExport(rekap, registry, meta2) {
  const hosts = rekap.hosts.map((host) => {
    const entry = registry.lookup(host.host);
    const item = {
      host: host.host,
      registered: entry !== null,
      app: exportApp(entry),
      firstSeen: iso2(host.firstSeen),
      lastSeen: iso2(host.lastSeen),
      visits: host.visits,
      lastUrl: host.lastUrl,
      lastTitle: host.lastTitle,
      lastOutcome: host.lastOutcome,
      lastError: host.lastError,
      findings: findingsForHost(entry, host),
      collectors: host.collectors.map((c) => ({ name: c.name, unit: c.unit })),
      seenBy: [...host.seenBy]
    };
    return host.inspection === null ? item : { ...item, inspection: host.inspection };
  });
  return {
    ...exportEnvelope(meta2, registry.entries.length),
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

// utils/export/xlsx-cells.ts
var WITA_DATE_FORMAT = "dd/mm/yyyy hh:mm";
function text(value) {
  if (value === null || value === void 0 || value === "") return null;
  return { value, type: String };
}
var num = (value) => value === null || value === void 0 ? null : { value, type: Number };
var header = (...labels) => labels.map((label) => ({ value: label, type: String, fontWeight: "bold" }));
function date(epochMs) {
  if (epochMs === null || epochMs === void 0 || !Number.isFinite(epochMs)) return null;
  return { value: new Date(epochMs + WITA_OFFSET_MS), type: Date, format: WITA_DATE_FORMAT };
}
var isoDate = (iso6) => date(iso6 === null || iso6 === void 0 ? null : Date.parse(iso6));
var yesNo = (value) => value === null || value === void 0 ? null : text(value ? "Ya" : "Tidak");
var STATUS_WORDS = {
  aktif: "Aktif",
  "tidak-aktif": "Tidak aktif",
  pengembangan: "Pengembangan",
  "tidak-diketahui": "Tidak diketahui",
  unregistered: "Tidak terdaftar"
};
var SEVERITY_WORDS = { high: "Tinggi", medium: "Sedang", low: "Rendah" };
function wordFor(words, value) {
  return Object.hasOwn(words, value) ? words[value] : value;
}

// utils/export/xlsx-workbook.ts
import writeXlsxFile from "write-excel-file/universal";

// utils/export/xlsx-autofilter.ts
import {
  appendMarkupInsideElement,
  findElement,
  getCellAddress,
  getSelfClosingTagMarkup,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeTextContent
} from "write-excel-file/utility";
var columnLetters = (columnIndex) => getCellAddress(0, columnIndex).replace(/\d+$/, "");
function autoFilterRef(filter) {
  return `${getCellAddress(filter.headerRow, 0)}:${getCellAddress(filter.lastRow, filter.columns - 1)}`;
}
function filterDatabaseRef(filter) {
  const quoted = `'${filter.sheet.replaceAll("'", "''")}'`;
  const last = columnLetters(filter.columns - 1);
  return `${quoted}!$A$${filter.headerRow + 1}:$${last}$${filter.lastRow + 1}`;
}
function filterForTable(sheet, rows, headerRow = 0) {
  const header2 = rows[headerRow];
  if (header2 === void 0 || header2.length === 0) throw new Error(`${sheet}: no header row ${headerRow} to filter on`);
  return { sheet, headerRow, lastRow: Math.max(headerRow, rows.length - 1), columns: header2.length };
}
function autoFilterFeature(filters) {
  const bySheet = new Map(filters.map((filter) => [filter.sheet, filter]));
  return {
    files: {
      transform: {
        "xl/worksheets/sheet{id}.xml": {
          transform(xml, sheetOptions) {
            const filter = sheetOptions.sheet === void 0 ? void 0 : bySheet.get(sheetOptions.sheet);
            if (filter === void 0 || findElement(xml, "autoFilter") !== void 0) return xml;
            const markup = getSelfClosingTagMarkup("autoFilter", { ref: autoFilterRef(filter) });
            return insertElementMarkupAccordingToOrderOfSiblings(xml, markup, WORKSHEET_ORDER, "worksheet");
          }
        },
        "xl/workbook.xml": {
          transform(xml, sheetsOptions) {
            const names = sheetsOptions.map((options, index) => ({ filter: options.sheet === void 0 ? void 0 : bySheet.get(options.sheet), index })).filter((item) => item.filter !== void 0).map(({ filter, index }) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${sanitizeTextContent(filterDatabaseRef(filter))}</definedName>`).join("");
            if (names === "") return xml;
            const definedNames = findElement(xml, "definedNames");
            if (definedNames !== void 0) return appendMarkupInsideElement(xml, definedNames, names);
            return insertElementMarkupAccordingToOrderOfSiblings(xml, `<definedNames>${names}</definedNames>`, WORKBOOK_ORDER, "workbook");
          }
        }
      }
    }
  };
}
var WORKSHEET_ORDER = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
var WORKBOOK_ORDER = ["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

// utils/export/xlsx-workbook.ts
function tableSheet(name, columns, rows) {
  return {
    sheet: name,
    data: [header(...columns.map(([label]) => label)), ...rows],
    columns: columns.map(([, width]) => ({ width })),
    stickyRowsCount: 1,
    filterHeaderRow: 0
  };
}
async function writeWorkbook(sheets) {
  const filters = sheets.flatMap((sheet) => sheet.filterHeaderRow === void 0 ? [] : [filterForTable(sheet.sheet, sheet.data, sheet.filterHeaderRow)]);
  const plain = sheets.map(({ filterHeaderRow: _filterHeaderRow, ...sheet }) => sheet);
  const blob = await writeXlsxFile(plain, { fontFamily: "Calibri", fontSize: 11, features: [autoFilterFeature(filters)] }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

// utils/export/findings-sheet.ts
var findingWords = (findings) => text(findings.map((finding) => findingLabel(finding.code, "id")).join("; "));
var findingCodes = (findings) => text(findings.map((finding) => finding.code).join("; "));
function findingsSheet(hosts) {
  const rows = [];
  for (const host of hosts) {
    for (const finding of host.findings) {
      rows.push([text(host.host), text(host.appName), text(host.opd), text(finding.code), text(SEVERITY_WORDS[finding.severity]), text(finding.message)]);
    }
  }
  return tableSheet("Temuan", [["Host", 34], ["Nama aplikasi", 30], ["OPD", 34], ["Kode temuan", 22], ["Tingkat", 10], ["Keterangan", 70]], rows);
}

// utils/proposals/proposal-labels.ts
var FIELD_LABELS = {
  form: { id: "Formulir", en: "The form" },
  host: { id: "Host", en: "Host" },
  name: { id: "Nama aplikasi", en: "App name" },
  abbreviation: { id: "Singkatan", en: "Abbreviation" },
  opd: { id: "OPD pemilik", en: "Owning unit (OPD)" },
  appKind: { id: "Jenis aplikasi (umum/khusus)", en: "App kind (general/specific)" },
  platforms: { id: "Basis aplikasi", en: "Platforms" },
  status: { id: "Status", en: "Status" },
  yearLaunched: { id: "Tahun mulai digunakan", en: "Year launched" },
  "developer.kind": { id: "Pengembang", en: "Developer" },
  "developer.vendorName": { id: "Nama vendor", en: "Vendor name" },
  "personInCharge.name": { id: "Nama penanggung jawab", en: "Person in charge" },
  "personInCharge.contact": { id: "Kontak penanggung jawab", en: "Contact of the person in charge" },
  description: { id: "Deskripsi singkat", en: "Short description" }
};
var APP_KIND_LABELS = {
  umum: { id: "Aplikasi umum (dipakai bersama lintas instansi)", en: "General app (shared across government)" },
  khusus: { id: "Aplikasi khusus (untuk tugas unit sendiri)", en: "Specific app (for the unit's own task)" }
};
var DEVELOPER_KIND_LABELS = {
  "in-house": { id: "Dikembangkan sendiri (swakelola)", en: "Built in-house" },
  vendor: { id: "Vendor / pihak ketiga", en: "Vendor / third party" }
};
var PLATFORM_LABELS = {
  web: { id: "Web", en: "Web" },
  android: { id: "Android", en: "Android" },
  ios: { id: "iOS", en: "iOS" }
};

// utils/export/proposals-sheet.ts
var PROPOSALS_SHEET = "Usulan";
var inWords = (labels, value) => Object.hasOwn(labels, value) ? labels[value].id : value;
var COLUMNS = [
  [FIELD_LABELS.host.id, 34],
  [FIELD_LABELS.name.id, 30],
  [FIELD_LABELS.abbreviation.id, 14],
  [FIELD_LABELS.opd.id, 34],
  [FIELD_LABELS.appKind.id, 30],
  [FIELD_LABELS.platforms.id, 18],
  [FIELD_LABELS.status.id, 16],
  [FIELD_LABELS.yearLaunched.id, 12],
  [FIELD_LABELS["developer.kind"].id, 26],
  [FIELD_LABELS["developer.vendorName"].id, 24],
  [FIELD_LABELS["personInCharge.name"].id, 24],
  [FIELD_LABELS["personInCharge.contact"].id, 24],
  [FIELD_LABELS.description.id, 50],
  ["Pengusul", 24],
  ["Unit pengusul", 30],
  ["Disimpan (WITA)", 18]
];
function row2(proposal) {
  return [
    text(proposal.host),
    text(proposal.name),
    text(proposal.abbreviation),
    text(proposal.opd),
    text(inWords(APP_KIND_LABELS, proposal.appKind)),
    text(proposal.platforms.map((platform) => inWords(PLATFORM_LABELS, platform)).join(", ")),
    text(wordFor(STATUS_WORDS, proposal.status)),
    num(proposal.yearLaunched),
    text(proposal.developer === void 0 ? void 0 : inWords(DEVELOPER_KIND_LABELS, proposal.developer.kind)),
    text(proposal.developer?.vendorName),
    text(proposal.personInCharge?.name),
    text(proposal.personInCharge?.contact),
    text(proposal.description),
    text(proposal.collector.name),
    text(proposal.collector.unit),
    isoDate(proposal.createdAt)
  ];
}
function proposalsSheet(proposals) {
  return tableSheet(PROPOSALS_SHEET, COLUMNS, proposals.map(row2));
}

// utils/units/coverage-sheet.ts
var COVERAGE_SHEET = "Cakupan unit";
var GROUP = { opd: "OPD", kecamatan: "kecamatan", kelurahan: "kelurahan" };
var STATE = {
  alive: "Hidup",
  failing: "Bermasalah / gagal dibuka",
  "never-seen": "Belum pernah terlihat",
  "no-site": "Belum punya situs yang diketahui"
};
function coverageSheet(coverage) {
  const totals = ["opd", "kecamatan", "kelurahan"].map((group) => {
    const t = coverage.totals[group];
    return [text(`${t.withSite} dari ${t.units} ${GROUP[group]} sudah punya situs`), num(t.withSite), num(t.units), num(t.registered), num(t.alive), num(t.withProblems)];
  });
  const kecamatanName = new Map(coverage.units.filter((u) => u.unit.kind === "kecamatan").map((u) => [u.unit.code, u.unit.name]));
  const rows = [
    header("Ringkasan", "Punya situs", "Jumlah unit", "Situs terdaftar", "Terlihat hidup", "Bermasalah"),
    ...totals,
    [],
    header(
      "Jenis",
      "Unit",
      "Singkatan",
      "Kode",
      "Kecamatan",
      "Punya situs",
      "Host diketahui",
      "Terdaftar",
      "Keadaan",
      "Terakhir terlihat hidup (WITA)",
      "Terakhir terlihat (WITA)",
      "Jumlah temuan",
      "Temuan",
      "Aplikasi terdaftar"
    ),
    ...coverage.units.map((u) => [
      text(u.unit.kind),
      text(u.unit.name),
      text(u.unit.abbreviation),
      text(u.unit.code),
      text(u.unit.kind === "kelurahan" ? kecamatanName.get(u.unit.kecamatan) : void 0),
      yesNo(u.hasSite),
      text(u.hosts.map((h) => h.host).join(", ")),
      yesNo(u.registered),
      text(STATE[u.state]),
      date(u.lastAliveAt),
      date(u.lastSeenAt),
      num(u.problems.length),
      text([...new Set(u.problems.map((p) => `${p.code} (${p.host})`))].join("; ")),
      text(u.apps.map((a) => a.name).join("; "))
    ])
  ];
  const widths = [12, 44, 14, 16, 22, 11, 44, 10, 26, 20, 20, 10, 40, 40];
  return { sheet: COVERAGE_SHEET, data: rows, columns: widths.map((width) => ({ width })), filterHeaderRow: totals.length + 2 };
}

// utils/rekap/rekap-xlsx.ts
var STATE2 = {
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
function summarySheet(census, rekap) {
  const s = census.summary;
  const rows = [
    header("Uraian", "Nilai"),
    [text("Data per (WITA)"), date(s.asOf)],
    [text("Jumlah ekspor yang digabung"), num(s.sources)],
    [text("Entri registri"), num(s.registryEntries)],
    [text("\u2026 berstatus aktif"), num(s.registryByStatus.aktif)],
    [text("\u2026 tidak aktif"), num(s.registryByStatus["tidak-aktif"])],
    [text("\u2026 pengembangan"), num(s.registryByStatus.pengembangan)],
    [text("\u2026 tidak diketahui"), num(s.registryByStatus["tidak-diketahui"])],
    [text(`Aplikasi terdaftar terlihat dalam ${s.recentDays} hari terakhir`), num(s.registeredSeen)],
    [text(`Aplikasi terdaftar hidup dalam ${s.recentDays} hari terakhir`), num(s.registeredAlive)],
    [text("Aplikasi berstatus aktif yang benar-benar hidup"), num(s.aktifAlive)],
    [text("Aplikasi terdaftar yang tidak pernah terlihat"), num(s.neverSeen)],
    [text("Host terlihat"), num(s.hostsSeen)],
    [text("Host tidak terdaftar"), num(s.unregisteredHosts)],
    [text("\u2026 di antaranya hidup"), num(s.unregisteredLive)],
    [text("Temuan tingkat tinggi"), num(s.findingsBySeverity.high)],
    [text("Temuan tingkat sedang"), num(s.findingsBySeverity.medium)],
    [text("Temuan tingkat rendah"), num(s.findingsBySeverity.low)],
    [],
    header("Pengumpul", "Unit", "Waktu ekspor (WITA)", "Versi registri", "Jumlah host"),
    ...rekap.sources.map((source) => [
      text(source.name),
      text(source.unit),
      date(Date.parse(source.exportedAt)),
      text(source.registryVersion),
      num(source.hosts)
    ])
  ];
  const collectorsHeader = rows.length - rekap.sources.length - 1;
  return { sheet: "Ringkasan", data: rows, columns: [52, 28, 20, 14, 12].map((width) => ({ width })), filterHeaderRow: collectorsHeader };
}
function opdSheet(census) {
  const rows = census.perOpd.map((opd) => [
    text(opd.opd === "" ? "(OPD tidak diketahui)" : opd.opd),
    num(opd.alive),
    num(opd.problem),
    num(opd.neverSeen),
    num(opd.alive + opd.problem + opd.neverSeen)
  ]);
  return tableSheet("Per OPD", [["OPD", 50], ["Hidup", 10], ["Bermasalah", 12], ["Tidak pernah terlihat", 20], ["Jumlah aplikasi", 16]], rows);
}
function hostSheet(census) {
  const rows = census.rows.map((row3) => [
    text(row3.host),
    text(row3.entry === null ? "Tidak" : "Ya"),
    text(row3.entry?.id),
    text(row3.entry?.name),
    text(row3.entry?.opd),
    text(STATUS_WORDS[row3.status]),
    text(STATE2[row3.state]),
    date(row3.merged?.firstSeen ?? null),
    date(row3.lastSeen),
    num(row3.visits),
    text(row3.merged?.lastUrl),
    text(row3.merged?.lastTitle),
    text(row3.merged?.lastError),
    findingWords(row3.findings),
    findingCodes(row3.findings),
    num(row3.merged?.collectors.length ?? 0),
    text(row3.merged?.collectors.map(collectorLabel).join("; "))
  ]);
  return tableSheet("Host", [
    ["Host", 34],
    ["Terdaftar", 10],
    ["ID aplikasi", 22],
    ["Nama aplikasi", 30],
    ["OPD", 34],
    ["Status registri", 16],
    ["Keadaan teramati", 20],
    ["Pertama terlihat (WITA)", 18],
    ["Terakhir terlihat (WITA)", 18],
    ["Kunjungan", 10],
    ["URL terakhir", 40],
    ["Judul terakhir", 40],
    ["Galat terakhir", 28],
    ["Temuan", 30],
    ["Kode temuan", 24],
    ["Jumlah pengumpul", 10],
    ["Pengumpul", 40]
  ], rows);
}
function actionSheet(census) {
  const line = (list, row3, entryName, opd, status, reason, lastSeen, host) => [
    text(list),
    text(entryName),
    text(host),
    text(opd),
    text(STATUS_WORDS[status]),
    text(reason),
    date(lastSeen),
    num(row3?.visits ?? 0)
  ];
  const rows = [];
  for (const row3 of census.toAdd) rows.push(line("Kandidat ditambahkan ke registri", row3, void 0, void 0, row3.status, "host tidak terdaftar yang hidup", row3.lastSeen, row3.host));
  for (const item of census.toReview) {
    const lastSeen = item.rows.reduce((latest, row3) => Math.max(latest ?? -Infinity, row3.lastSeen ?? -Infinity), null);
    const visits = item.rows.reduce((sum, row3) => addCounts(sum, row3.visits), 0);
    const reasons = item.reasons.map((reason) => REASON[reason]).join("; ");
    const hosts = item.rows.map((row3) => row3.host).join(", ");
    const cells = line("Kandidat ditinjau", null, item.entry.name, item.entry.opd, item.entry.status, reasons, lastSeen, hosts);
    cells[7] = num(visits);
    rows.push(cells);
  }
  for (const entry of census.neverSeen) {
    rows.push(line("Tidak pernah terlihat", null, entry.name, entry.opd, entry.status, "tidak ada pengumpul yang mengunjunginya", null, entry.hosts.join(", ")));
  }
  return tableSheet("Tindak lanjut", [
    ["Daftar", 30],
    ["Nama aplikasi", 30],
    ["Host", 34],
    ["OPD", 34],
    ["Status registri", 16],
    ["Alasan", 40],
    ["Terakhir terlihat (WITA)", 18],
    ["Kunjungan", 10]
  ], rows);
}
async function rekapToXlsx(census, rekap, coverage) {
  const findings = census.rows.map((row3) => ({ host: row3.host, appName: row3.entry?.name, opd: row3.entry?.opd, findings: row3.findings }));
  const sheets = [summarySheet(census, rekap), opdSheet(census), hostSheet(census), findingsSheet(findings), actionSheet(census), proposalsSheet(rekap.proposals)];
  if (coverage !== void 0) sheets.push(coverageSheet(coverage));
  return writeWorkbook(sheets);
}

// utils/units/coverage-export.ts
var iso3 = (ms) => ms === null ? null : new Date(ms).toISOString();
function coverageToExport(coverage) {
  return coverage.units.map((u) => ({
    id: u.unit.id,
    kind: u.unit.kind,
    name: u.unit.name,
    ...u.unit.code === void 0 ? {} : { code: u.unit.code },
    ...u.unit.kecamatan === void 0 ? {} : { kecamatan: u.unit.kecamatan },
    state: u.state,
    hosts: u.hosts.map((h) => ({ host: h.host, registered: h.registered, state: h.state, lastSeen: iso3(h.seenAt), lastAlive: iso3(h.aliveAt) })),
    lastSeen: iso3(u.lastSeenAt),
    lastAlive: iso3(u.lastAliveAt),
    findings: u.problems.length,
    apps: u.apps.map((a) => a.id)
  }));
}

// utils/rekap/rekap-output.ts
var REKAP_FORMATS = ["json", "csv", "xlsx"];
function formatFromFilename(filename) {
  const match = /\.([a-z]+)$/i.exec(filename);
  const ext = match?.[1]?.toLowerCase();
  return REKAP_FORMATS.find((format) => format === ext) ?? null;
}
async function rekapFileBytes(format, rekap, census, registry, meta2, extras = {}) {
  const { coverage, csvSeparator = "," } = extras;
  if (format === "xlsx") return rekapToXlsx(census, rekap, coverage);
  const base = rekapToExport(rekap, registry, meta2);
  const data = coverage === void 0 || format === "csv" ? base : { ...base, units: coverageToExport(coverage) };
  return new TextEncoder().encode(format === "json" ? exportToJson(data) : exportToCsv(data, csvSeparator));
}

// scripts/cli/rekap-args.ts
var OUTPUT_FORMATS = [...REKAP_FORMATS, "duckdb", "parquet"];
function chooseLanguage(lang, env) {
  const chosen = lang ?? languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
  return chosen === "id" || chosen === "en" ? chosen : null;
}
function languageOfArgv(argv, env) {
  const at = argv.indexOf("--lang");
  const inline = argv.find((arg) => arg.startsWith("--lang="))?.slice("--lang=".length);
  return chooseLanguage(inline ?? (at >= 0 ? argv[at + 1] : void 0), env) ?? chooseLanguage(void 0, env) ?? "id";
}
function formatOfOut(out, cwdStat) {
  if (/[\\/]$/.test(out) || cwdStat(out)) return "parquet";
  if (/\.duckdb$/i.test(out)) return "duckdb";
  return formatFromFilename(out);
}
function parseRekapArgs(argv, env, cwd) {
  const fallbackLang = languageOfArgv(argv, env);
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
        strict: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error2) {
    return { kind: "usage-error", lang: fallbackLang, message: error2 instanceof Error ? error2.message : String(error2) };
  }
  const { values, positionals } = parsed;
  const lang = chooseLanguage(values.lang, env);
  if (lang === null) return { kind: "usage-error", lang: fallbackLang, message: cliWords(fallbackLang).lang };
  const words = cliWords(lang);
  if (values.help === true) return { kind: "help", lang };
  const error = (message) => ({ kind: "usage-error", lang, message });
  if (positionals.length === 0) return error(words.noInputs);
  if (values.out === void 0 || values.out === "") return error(words.outRequired);
  const isFolder = (path) => {
    try {
      return statSync(resolve(cwd, path)).isDirectory();
    } catch {
      return false;
    }
  };
  const asked = values.format?.toLowerCase();
  const format = asked !== void 0 ? OUTPUT_FORMATS.includes(asked) ? asked : null : formatOfOut(values.out, isFolder);
  if (format === null) return error(words.format(OUTPUT_FORMATS.join("|")));
  const days = values.days === void 0 ? DEFAULT_PREFERENCES.recentDays : Number(values.days);
  if (!Number.isInteger(days) || days < RECENT_DAYS_RANGE.min || days > RECENT_DAYS_RANGE.max) return error(words.days);
  return {
    kind: "run",
    args: { inputs: positionals, out: values.out, format, days, name: values.name ?? "", unit: values.unit ?? "", strict: values.strict === true, lang }
  };
}

// scripts/cli/rekap-command.ts
import { rename as rename2, rm as rm2, writeFile } from "node:fs/promises";
import { basename, dirname as dirname2, join as join3, resolve as resolve4 } from "node:path";

// utils/rekap/rekap-text.ts
function summaryLines(s, t, lang) {
  const n = (value) => formatNumber(value, lang);
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
function rekapResultLines(rekap, census, t, lang) {
  const n = (value) => formatNumber(value, lang);
  return [
    t("rekapMerged", [n(rekap.sources.length), n(rekap.duplicates), n(rekap.hosts.length)]),
    ...summaryLines(census.summary, t, lang),
    t("rekapActions", [n(census.toAdd.length), n(census.toReview.length), n(census.neverSeen.length)])
  ];
}
var PROBLEM = {
  "too-large": "rekapProblemTooLarge",
  empty: "rekapProblemEmpty",
  "not-json": "rekapProblemNotJson",
  "not-pantau": "rekapProblemNotPantau",
  "newer-version": "rekapProblemNewer",
  invalid: "rekapProblemInvalid",
  csv: "rekapProblemCsv",
  "repeated-host": "rekapProblemRepeatedHost",
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
function writtenText(file, format, bytes, t, lang) {
  return t("rekapWritten", [file, format, formatNumber(bytes, lang)]);
}
var WARNING = {
  "registry-versions": "rekapWarningRegistryVersions",
  "outside-domains": "rekapWarningOutsideDomains",
  overlap: "rekapWarningOverlap",
  "same-collector": "rekapWarningSameCollector",
  "visits-capped": "rekapWarningVisitsCapped"
};
function warningText(warning, t) {
  return t(WARNING[warning.code], warning.params);
}

// utils/registry/bundled-registry.json
import { readFileSync as readFileSync2 } from "node:fs";
var bundled_registry_default = JSON.parse(readFileSync2(new URL("../utils/registry/bundled-registry.json", import.meta.url), "utf8"));

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

// utils/registry/parse-registry.ts
var MAX_ERRORS = 200;
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
function quote(text5) {
  return text5.length > 80 ? `${JSON.stringify(text5.slice(0, 80)).slice(0, -1)}\u2026"` : JSON.stringify(text5);
}
function quoteBare(text5) {
  return quote(text5).slice(1, -1);
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
  return path.reduce((text5, key) => {
    if (typeof key === "number") return `${text5}[${key}]`;
    return text5 === "" ? String(key) : `${text5}.${String(key)}`;
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
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `\u2026and ${errors.length - MAX_ERRORS} more problems.`];
}

// utils/registry/bundled-check.ts
function checkBundledRegistry(data) {
  const result = parseRegistry(data);
  if (!result.ok) throw new Error(`The bundled app registry is invalid:
- ${result.errors.join("\n- ")}`);
  return result.registry;
}

// utils/registry/bundled.ts
var BUNDLED_REGISTRY = checkBundledRegistry(bundled_registry_default);

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

// utils/units/unit-plan.json
import { readFileSync as readFileSync3 } from "node:fs";
var unit_plan_default = JSON.parse(readFileSync3(new URL("../utils/units/unit-plan.json", import.meta.url), "utf8"));

// utils/units/unit-plan-schema.ts
import * as z3 from "zod/mini";
var UNIT_PLAN_FORMAT = "pantau.unit-plan";
var PLAN_UNIT_KINDS = SITE_UNIT_KINDS;
var KECAMATAN_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
var KELURAHAN_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
var ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
var planUnitSchema = z3.strictObject({
  /** Stable key: the Kemendagri code for kecamatan and kelurahan, else a slug of the name. */
  id: z3.string().check(z3.regex(ID, { message: 'must be a code such as "73.71.01" or a slug such as "dinas-sosial"' })),
  kind: z3.enum(PLAN_UNIT_KINDS),
  name: z3.string().check(z3.trim(), z3.minLength(1), z3.maxLength(200)),
  abbreviation: z3.optional(z3.string().check(z3.trim(), z3.minLength(1), z3.maxLength(60))),
  /** Kemendagri code (kecamatan and kelurahan only). */
  code: z3.optional(z3.string()),
  /** A kelurahan's kecamatan, by code (the kelurahan code's prefix). */
  kecamatan: z3.optional(z3.string()),
  /** Hosts known for the unit (its website and its apps); empty when no source names one. */
  hosts: z3.array(hostnameSchema).check(z3.maxLength(50)),
  /** Evidence for the unit and its hosts; empty only where the data has none (said in `note`). */
  source: z3.array(sourceSchema).check(z3.maxLength(50)),
  note: z3.optional(z3.string().check(z3.maxLength(500)))
}).check(
  z3.superRefine((unit, ctx) => {
    const issue = (path, message) => ctx.addIssue({ code: "custom", path: [path], message });
    const wilayah = unit.kind === "kecamatan" || unit.kind === "kelurahan";
    if (wilayah && unit.code === void 0) issue("code", `a ${unit.kind} needs its Kemendagri code`);
    if (!wilayah && unit.code !== void 0) issue("code", "only kecamatan and kelurahan have a code");
    if (unit.kind === "kecamatan" && unit.code !== void 0 && !KECAMATAN_CODE.test(unit.code)) issue("code", 'must look like "73.71.01"');
    if (unit.kind === "kelurahan") {
      if (unit.code !== void 0 && !KELURAHAN_CODE.test(unit.code)) issue("code", 'must look like "73.71.01.1001"');
      if (unit.kecamatan === void 0 || unit.code?.startsWith(`${unit.kecamatan}.`) !== true) {
        issue("kecamatan", "must be the kecamatan code that the kelurahan's code starts with");
      }
    } else if (unit.kecamatan !== void 0) issue("kecamatan", "only a kelurahan belongs to a kecamatan");
    if (unit.source.length === 0 && unit.note === void 0) issue("source", 'a unit without a source must say why in "note"');
  })
);
var unitPlanSchema = z3.strictObject({
  format: z3.literal(UNIT_PLAN_FORMAT),
  /** `YYYY.MM.DD`: the date of the newest dated fact in the data it was built from. */
  version: z3.string().check(z3.regex(/^\d{4}\.\d{2}\.\d{2}$|^\d+\.\d+\.\d+$/, { message: 'must look like "2026.03.27" or "1.2.0"' })),
  /** The data files it was built from (for the bundled plan) or the administrator's file. */
  from: z3.array(z3.string().check(z3.minLength(1), z3.maxLength(300))).check(z3.minLength(1)),
  units: z3.array(planUnitSchema).check(z3.minLength(1), z3.maxLength(5e3))
}).check(
  z3.superRefine((plan, ctx) => {
    const ids = /* @__PURE__ */ new Set();
    const kecamatan = new Set(plan.units.filter((u) => u.kind === "kecamatan").map((u) => u.code));
    const owner = /* @__PURE__ */ new Map();
    plan.units.forEach((unit, i) => {
      if (ids.has(unit.id)) ctx.addIssue({ code: "custom", path: ["units", i, "id"], message: `"${unit.id}" is used twice` });
      ids.add(unit.id);
      if (unit.kind === "kelurahan" && unit.kecamatan !== void 0 && !kecamatan.has(unit.kecamatan)) {
        ctx.addIssue({ code: "custom", path: ["units", i, "kecamatan"], message: `no kecamatan with code ${unit.kecamatan} in the plan` });
      }
      for (const host of unit.hosts) {
        const other = owner.get(host);
        if (other !== void 0 && other !== unit.id) {
          ctx.addIssue({ code: "custom", path: ["units", i, "hosts"], message: `${host} is also a host of "${other}"` });
        }
        owner.set(host, unit.id);
      }
    });
  })
);
function parseUnitPlan(json) {
  const result = unitPlanSchema.safeParse(json);
  if (result.success) return { ok: true, plan: result.data };
  const errors = result.error.issues.slice(0, 50).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  return { ok: false, errors };
}

// utils/units/bundled-plan-check.ts
function checkBundledUnitPlan(data) {
  const result = parseUnitPlan(data);
  if (!result.ok) throw new Error(`The bundled unit plan is invalid:
- ${result.errors.join("\n- ")}`);
  return result.plan;
}

// utils/units/bundled-plan.ts
var BUNDLED_UNIT_PLAN = checkBundledUnitPlan(unit_plan_default);

// utils/units/coverage-text.ts
var TOTAL = {
  opd: "coverageTotalOpd",
  kecamatan: "coverageTotalKecamatan",
  kelurahan: "coverageTotalKelurahan"
};
function coverageTotalLine(totals, t, lang) {
  const n = (value) => formatNumber(value, lang);
  return t(TOTAL[totals.group], [n(totals.withSite), n(totals.units), n(totals.registered), n(totals.alive)]);
}
function coverageLines(totals, t, lang) {
  return [coverageTotalLine(totals.opd, t, lang), coverageTotalLine(totals.kecamatan, t, lang), coverageTotalLine(totals.kelurahan, t, lang)];
}

// utils/units/unit-owner.ts
var fold = (text5) => text5.toLowerCase().replace(/\s+/g, " ").trim();
var parts = (text5, separator) => text5.split(separator).map((s) => s.trim()).filter((s) => s !== "");
function ownerIndex(units) {
  const index = /* @__PURE__ */ new Map();
  for (const unit of units) {
    const keys = [unit.name, unit.name.replace(/ Kota Makassar$/, ""), ...parts(unit.abbreviation ?? "", "/")];
    for (const key of keys.map(fold)) if (!index.has(key)) index.set(key, unit);
  }
  return index;
}
function ownerUnit(raw, index) {
  if (/^\s*Pemkot Makassar\b/i.test(raw)) return null;
  const name = raw.replace(/\s*\((inferred|\?)\)\s*$/, "").replace(/\s*\(Kec\. [^)]*\)\s*$/, "").trim();
  if (name === "") return null;
  const find = (text5) => index.get(fold(text5)) ?? index.get(fold(text5.replace(/ Setda$/, ""))) ?? null;
  const whole = find(name);
  if (whole !== null) return whole;
  const found = [...new Set(name.split(" / ").map(find).filter((u) => u !== null))];
  return found.length === 1 ? found[0] ?? null : null;
}

// utils/units/rollout.ts
var SEVERITY_RANK3 = { high: 3, medium: 2, low: 1 };
var byName = new Intl.Collator("id").compare;
var byCode = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function groupsOf(unit) {
  if (unit.kind === "kelurahan") return ["kelurahan"];
  return unit.kind === "kecamatan" ? ["opd", "kecamatan"] : ["opd"];
}
function observe(host, via, row3, sweep, registry) {
  const inspectedAt = row3?.merged?.inspection == null ? null : Date.parse(row3.merged.inspection.checkedAt);
  const rowAt = row3?.merged == null ? null : Math.max(row3.merged.lastSeen, inspectedAt ?? -Infinity);
  const rowBy = row3?.merged?.inspection?.source === "sweep" && inspectedAt !== null && inspectedAt >= row3.merged.lastSeen ? "sweep" : "visit";
  const useSweep = sweep !== void 0 && (rowAt === null || sweep.checkedAt > rowAt);
  const state = useSweep ? sweep.state : row3?.state ?? "never-seen";
  const seenAt = useSweep ? sweep.checkedAt : rowAt;
  const rowAlive = row3?.state === "live" ? rowAt : null;
  const sweepAlive = sweep?.state === "live" ? sweep.checkedAt : null;
  const sweepNewer = sweepAlive !== null && (rowAlive === null || sweepAlive > rowAlive);
  return {
    host,
    via,
    registered: registry.lookup(host) !== null,
    state,
    seenAt,
    seenBy: seenAt === null ? null : useSweep ? "sweep" : rowBy,
    aliveAt: sweepNewer ? sweepAlive : rowAlive,
    aliveBy: sweepNewer ? "sweep" : rowAlive === null ? null : rowBy,
    findings: row3?.merged == null ? [] : row3.findings
  };
}
function computeCoverage(input) {
  const rows = new Map(input.rows.filter((row3) => row3.merged !== null).map((row3) => [row3.host, row3]));
  const sweeps = /* @__PURE__ */ new Map();
  for (const s of input.sweeps ?? []) if ((sweeps.get(s.host)?.checkedAt ?? -Infinity) < s.checkedAt) sweeps.set(s.host, s);
  const index = ownerIndex(input.plan.units);
  const byUnit = /* @__PURE__ */ new Map();
  for (const entry of input.registry.entries) {
    const unit = ownerUnit(entry.opd, index);
    if (unit !== null) byUnit.set(unit.id, [...byUnit.get(unit.id) ?? [], entry]);
  }
  const units = input.plan.units.map((unit) => {
    const apps = [...byUnit.get(unit.id) ?? []];
    for (const host of unit.hosts) {
      const entry = input.registry.lookup(host);
      if (entry !== null && !apps.includes(entry)) apps.push(entry);
    }
    const planned = new Set(unit.hosts);
    const extra = [...new Set(apps.flatMap((entry) => entry.hosts))].filter((host) => !planned.has(host)).sort();
    const hosts = [
      ...unit.hosts.map((host) => observe(host, "plan", rows.get(host), sweeps.get(host), input.registry)),
      ...extra.map((host) => observe(host, "registry", rows.get(host), sweeps.get(host), input.registry))
    ];
    const times = (pick) => {
      const values = hosts.map(pick).filter((t) => t !== null);
      return values.length === 0 ? null : Math.max(...values);
    };
    const lastSeenAt = times((h) => h.seenAt);
    const alive = hosts.some((h) => h.seenAt !== null && h.state === "live");
    const problems = hosts.flatMap((h) => h.findings.map((f) => ({ ...f, host: h.host }))).sort((a, b) => SEVERITY_RANK3[b.severity] - SEVERITY_RANK3[a.severity] || byCode(a.host, b.host) || byCode(a.code, b.code));
    return {
      unit,
      hosts,
      state: hosts.length === 0 ? "no-site" : alive ? "alive" : lastSeenAt === null ? "never-seen" : "failing",
      hasSite: hosts.length > 0,
      registered: hosts.some((h) => h.registered),
      seen: lastSeenAt !== null,
      alive,
      lastAliveAt: times((h) => h.aliveAt),
      lastSeenAt,
      problems,
      apps: apps.sort((a, b) => byName(a.name, b.name))
    };
  });
  return { units, totals: totalsOf(units), perKecamatan: progressPerKecamatan(units) };
}
function totalsOf(units) {
  const empty = (group) => ({ group, units: 0, withSite: 0, registered: 0, seen: 0, alive: 0, withProblems: 0 });
  const totals = { opd: empty("opd"), kecamatan: empty("kecamatan"), kelurahan: empty("kelurahan") };
  for (const u of units) {
    for (const group of groupsOf(u.unit)) {
      const t = totals[group];
      t.units += 1;
      t.withSite += u.hasSite ? 1 : 0;
      t.registered += u.registered ? 1 : 0;
      t.seen += u.seen ? 1 : 0;
      t.alive += u.alive ? 1 : 0;
      t.withProblems += u.problems.length > 0 || u.state === "failing" ? 1 : 0;
    }
  }
  return totals;
}
function progressPerKecamatan(units) {
  return units.filter((u) => u.unit.kind === "kecamatan").map((kecamatan) => {
    const kelurahan = units.filter((u) => u.unit.kind === "kelurahan" && u.unit.kecamatan === kecamatan.unit.code);
    return {
      kecamatan,
      kelurahan: kelurahan.length,
      kelurahanWithSite: kelurahan.filter((u) => u.hasSite).length,
      kelurahanAlive: kelurahan.filter((u) => u.alive).length
    };
  });
}

// public/_locales/en/messages.json
import { readFileSync as readFileSync4 } from "node:fs";
var messages_default = JSON.parse(readFileSync4(new URL("../public/_locales/en/messages.json", import.meta.url), "utf8"));

// public/_locales/id/messages.json
import { readFileSync as readFileSync5 } from "node:fs";
var messages_default2 = JSON.parse(readFileSync5(new URL("../public/_locales/id/messages.json", import.meta.url), "utf8"));

// scripts/cli/census-db/census-store.ts
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { dirname, join, resolve as resolve2 } from "node:path";

// scripts/cli/census-db/census-db-schema.ts
var CENSUS_DB_VERSION = 1;
var TABLES = [
  "hosts",
  "host_collectors",
  "findings",
  "collectors",
  "visits_by_day",
  "proposals",
  "registry",
  "exports"
];
var CREATE_TABLES = `
CREATE TABLE IF NOT EXISTS census_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS hosts (
  host VARCHAR NOT NULL,
  registered BOOLEAN NOT NULL,
  app_id VARCHAR,
  app_name VARCHAR,
  opd VARCHAR,
  registry_status VARCHAR,
  state VARCHAR NOT NULL,
  first_seen TIMESTAMP NOT NULL,
  last_seen TIMESTAMP NOT NULL,
  visits BIGINT NOT NULL,
  collectors INTEGER NOT NULL,
  last_url VARCHAR,
  last_title VARCHAR,
  last_outcome VARCHAR NOT NULL,
  last_error VARCHAR,
  http_status INTEGER,
  checked_at TIMESTAMP,
  inspection VARCHAR
);
CREATE TABLE IF NOT EXISTS host_collectors (host VARCHAR NOT NULL, name VARCHAR NOT NULL, unit VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS findings (
  host VARCHAR NOT NULL,
  code VARCHAR NOT NULL,
  severity VARCHAR NOT NULL,
  message VARCHAR NOT NULL,
  detail VARCHAR
);
CREATE TABLE IF NOT EXISTS collectors (
  name VARCHAR NOT NULL,
  unit VARCHAR NOT NULL,
  exported_at TIMESTAMP NOT NULL,
  registry_version VARCHAR NOT NULL,
  hosts INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS visits_by_day (day DATE NOT NULL, host VARCHAR NOT NULL, copies INTEGER NOT NULL, visits BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS proposals (
  host VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  opd VARCHAR NOT NULL,
  app_kind VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  collector_name VARCHAR NOT NULL,
  collector_unit VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  data VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS registry (
  id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  opd VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  hosts VARCHAR[] NOT NULL,
  registry_version VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS exports (
  checksum VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  bytes BIGINT NOT NULL,
  loaded_at TIMESTAMP NOT NULL,
  status VARCHAR NOT NULL,
  collector_name VARCHAR,
  collector_unit VARCHAR,
  exported_at TIMESTAMP,
  hosts INTEGER,
  sources INTEGER
);
`;

// utils/export/export-schema.ts
import * as z6 from "zod/mini";

// utils/export/export-fields.ts
import * as z4 from "zod/mini";
var EXPORT_LIMITS = {
  hosts: 5e4,
  text: 4096,
  url: 8192,
  findings: 100,
  collectors: 1e4,
  redirects: 20,
  software: 50,
  proposals: 1e4,
  units: 5e3
};
var text2 = z4.string().check(z4.maxLength(EXPORT_LIMITS.text));
var isoTime = z4.iso.datetime().check(z4.describe("ISO 8601 time in UTC, as Date.prototype.toISOString() writes it."));
var hostnameField = z4.string().check(z4.minLength(1), z4.maxLength(253), z4.regex(/^[a-z0-9_.-]+$/), z4.describe("Normalised hostname: lower case, punycode, no port."));

// utils/export/export-units-schema.ts
import * as z5 from "zod/mini";
var exportUnitSchema = z5.looseObject({
  id: text2.check(z5.minLength(1), z5.describe('Kemendagri code for kecamatan and kelurahan (e.g. "73.71.01"), else a slug of the name.')),
  // Open like finding codes: the plan's kinds are opd.csv's plus kecamatan and kelurahan, and may grow.
  kind: z5.string().check(z5.maxLength(32), z5.regex(/^[a-z][a-z0-9-]*$/)),
  name: text2.check(z5.minLength(1)),
  code: z5.optional(text2),
  kecamatan: z5.optional(text2).check(z5.describe("A kelurahan's kecamatan, by code.")),
  state: z5.string().check(z5.maxLength(32), z5.regex(/^[a-z][a-z0-9-]*$/), z5.describe("alive, failing (seen, no host answered properly), never-seen or no-site (no known host).")),
  hosts: z5.array(
    z5.looseObject({
      host: hostnameField,
      registered: z5.boolean(),
      state: z5.string().check(z5.maxLength(32), z5.regex(/^[a-z][a-z0-9-]*$/), z5.describe("live, down, placeholder or never-seen.")),
      lastSeen: z5.nullable(isoTime),
      lastAlive: z5.nullable(isoTime)
    })
  ).check(
    z5.maxLength(200),
    z5.describe("The hosts known for the unit (from the plan, or through a registry entry naming the unit as its opd).")
  ),
  lastSeen: z5.nullable(isoTime).check(z5.describe("When any host of the unit was last seen, by a visit or a sweep.")),
  lastAlive: z5.nullable(isoTime).check(z5.describe("When any host of the unit was last seen alive.")),
  findings: z5.int().check(z5.nonnegative(), z5.describe("How many findings its hosts have.")),
  apps: z5.array(text2.check(z5.minLength(1))).check(z5.maxLength(1e3), z5.describe("Registry ids of the apps registered under the unit."))
}).check(z5.describe("One unit of the expected-unit plan in a rekap: has it a known site, is it registered, seen alive."));

// utils/export/export-schema.ts
var EXPORT_APP_STATUSES = ["aktif", "tidak-aktif", "pengembangan", "tidak-diketahui"];
var appSchema = z6.looseObject({
  id: text2.check(z6.minLength(1)),
  name: text2,
  opd: text2.check(z6.describe("Owning unit (Organisasi Perangkat Daerah).")),
  status: z6.enum(EXPORT_APP_STATUSES)
}).check(z6.describe("The registry entry the host belongs to, or null when it is not in the registry."));
var findingSchema = z6.looseObject({
  // An open pattern rather than an enum: findings.ts only ever ADDS codes, and an older Pantau
  // must still read an export that carries a code it does not know yet.
  code: z6.string().check(z6.maxLength(64), z6.regex(/^[a-z][a-z0-9-]*$/), z6.describe('Stable key of the finding (e.g. "unregistered"); match on this, never on the message.')),
  severity: z6.enum(["high", "medium", "low"]),
  message: text2.check(z6.describe("Indonesian message for people; wording may change between releases.")),
  detail: z6.optional(text2).check(
    z6.describe("Machine-readable specifics: error name, HTTP status, placeholder kind, version sources, newest date, or the cause of registry-active-down.")
  )
});
var collectorRefSchema = z6.looseObject({ name: text2, unit: text2 });
var rekapSourceSchema = z6.looseObject({
  name: text2,
  unit: text2,
  exportedAt: isoTime,
  registryVersion: text2.check(z6.describe("Registry version the source export was made with.")),
  hosts: z6.int().check(z6.nonnegative(), z6.describe("How many hosts the source export listed."))
});
var pageUrl = z6.string().check(z6.maxLength(EXPORT_LIMITS.url), z6.regex(/^https?:\/\/[^?#\s]+$/));
var inspectionSchema = z6.looseObject({
  checkedAt: isoTime.check(z6.describe("When the newest of the response and page observations was made.")),
  status: z6.nullable(z6.int().check(z6.gte(100), z6.lte(999))).check(z6.describe("HTTP status of the final response; null when the load failed.")),
  finalUrl: z6.nullable(pageUrl).check(z6.describe("Where the load ended, origin and path only.")),
  redirects: z6.array(z6.looseObject({ url: z6.nullable(pageUrl), status: z6.int().check(z6.gte(0), z6.lte(999)) })).check(
    z6.maxLength(EXPORT_LIMITS.redirects),
    z6.describe("Each redirect on the way to finalUrl, in order: the URL that redirected and its status.")
  ),
  https: z6.nullable(z6.boolean()),
  hsts: z6.nullable(z6.boolean()).check(z6.describe("A Strict-Transport-Security header with max-age > 0 on an HTTPS response.")),
  server: z6.nullable(text2).check(z6.describe("The Server header, cleaned.")),
  poweredBy: z6.nullable(text2).check(z6.describe("The X-Powered-By header, cleaned.")),
  software: z6.array(z6.looseObject({ name: text2.check(z6.minLength(1)), version: z6.nullable(text2) })).check(z6.maxLength(EXPORT_LIMITS.software), z6.describe("Software recognised from the page and the headers.")),
  title: z6.nullable(text2).check(z6.describe("Page title read by the content script; page-controlled text.")),
  // An open pattern rather than an enum, like finding codes: kinds are only ever added.
  placeholder: z6.nullable(z6.string().check(z6.maxLength(64), z6.regex(/^[a-z][a-z0-9-]*$/))).check(z6.describe("server-default, suspended, directory-listing, coming-soon, maintenance or empty; null for a real page.")),
  passwordField: z6.nullable(z6.boolean()),
  newestDate: z6.nullable(z6.string().check(z6.regex(/^\d{4}-\d{2}-\d{2}$/))).check(z6.describe("Newest date written on the page that is not in the future (YYYY-MM-DD).")),
  copyrightYear: z6.nullable(z6.int().check(z6.gte(1e3), z6.lte(9999))),
  error: z6.optional(z6.nullable(text2)).check(z6.describe("Browser error name when the load failed (e.g. net::ERR_CERT_AUTHORITY_INVALID).")),
  lastModified: z6.optional(z6.nullable(isoTime)).check(z6.describe("The Last-Modified header of the final response.")),
  // Issue 5, additive: an open pattern like placeholder, so later sources stay readable.
  source: z6.optional(z6.string().check(z6.maxLength(32), z6.regex(/^[a-z][a-z0-9-]*$/))).check(
    z6.describe(
      '"sweep" when the census sweep ("Periksa semua") fetched the site itself; absent when a visit made the inspection. A sweep records redirect hops with status 0 (not known).'
    )
  )
}).check(z6.describe("What the last load of this host showed (issue 3); absent when Pantau has not inspected it."));
var EXPORT_APP_KINDS = ["umum", "khusus"];
var EXPORT_DEVELOPER_KINDS = ["in-house", "vendor"];
var EXPORT_PLATFORMS = ["web", "android", "ios"];
var proposalSchema = z6.looseObject({
  host: hostnameField,
  name: text2.check(z6.minLength(1), z6.describe("App name (nama aplikasi).")),
  abbreviation: z6.optional(text2),
  opd: text2.check(z6.minLength(1), z6.describe("Owning unit, from the OPD list or typed.")),
  appKind: z6.enum(EXPORT_APP_KINDS).check(z6.describe("SPBE kind: aplikasi umum (shared) or khusus (a unit's own).")),
  platforms: z6.array(z6.enum(EXPORT_PLATFORMS)).check(z6.minLength(1), z6.maxLength(EXPORT_PLATFORMS.length)),
  status: z6.enum(EXPORT_APP_STATUSES),
  yearLaunched: z6.optional(z6.int().check(z6.gte(1990), z6.lte(9999))),
  developer: z6.optional(z6.looseObject({ kind: z6.enum(EXPORT_DEVELOPER_KINDS), vendorName: z6.optional(text2) })),
  personInCharge: z6.optional(z6.looseObject({ name: z6.optional(text2), contact: z6.optional(text2) })).check(z6.describe("Person in charge (personal data: never copied into a registry file).")),
  description: z6.optional(text2),
  collector: collectorRefSchema.check(z6.describe("Who proposed it (their settings when they saved it).")),
  createdAt: isoTime.check(z6.describe("When the proposal was last saved."))
}).check(z6.describe("A proposed registry entry for an unregistered host."));
var hostSchema = z6.looseObject({
  host: hostnameField,
  registered: z6.boolean(),
  app: z6.nullable(appSchema),
  firstSeen: isoTime,
  lastSeen: isoTime,
  visits: z6.int().check(z6.nonnegative()),
  // Origin + path only. The pattern makes a query string or fragment (personal data) invalid,
  // so a tampered file cannot smuggle one into a merge.
  lastUrl: z6.nullable(z6.string().check(z6.maxLength(EXPORT_LIMITS.url), z6.regex(/^https?:\/\/[^?#\s]+$/))),
  lastTitle: z6.nullable(text2),
  lastOutcome: z6.enum(["ok", "error"]),
  lastError: z6.nullable(text2),
  findings: z6.array(findingSchema).check(z6.maxLength(EXPORT_LIMITS.findings)),
  collectors: z6.optional(z6.array(collectorRefSchema).check(z6.maxLength(EXPORT_LIMITS.collectors))).check(z6.describe("Rekap only: every collector who saw this host. Absent in a single collector's export.")),
  inspection: z6.optional(inspectionSchema),
  // Additive: an open pattern like finding codes, so a later way of seeing a host stays readable.
  seenBy: z6.optional(z6.array(z6.string().check(z6.maxLength(32), z6.regex(/^[a-z][a-z0-9-]*$/))).check(z6.maxLength(8))).check(
    z6.describe(
      `How the host was seen: "visit" (visited in a browser), "sweep" (answered the census sweep, "Periksa semua"), or both. A host only the sweep answered has visits 0 and firstSeen = lastSeen = the sweep's answer. Absent in older exports: read it as ["visit"].`
    )
  )
}).check(
  z6.superRefine((host, ctx) => {
    if (host.registered !== (host.app !== null)) {
      ctx.addIssue({ code: "custom", path: ["app"], message: '"app" must be an object exactly when "registered" is true' });
    }
  }),
  // The same rule for JSON Schema readers (refinements do not appear in z.toJSONSchema output).
  z6.meta({
    if: { properties: { registered: { const: true } } },
    then: { properties: { app: { type: "object" } } },
    else: { properties: { app: { type: "null" } } }
  })
);
var exportV1Schema = z6.looseObject({
  format: z6.literal(EXPORT_FORMAT),
  version: z6.literal(EXPORT_VERSION),
  exportedAt: isoTime,
  domain: z6.string().check(z6.minLength(1), z6.maxLength(253), z6.describe('The watched city domain, e.g. "makassarkota.go.id".')),
  collector: z6.looseObject({ name: text2, unit: text2 }).check(z6.describe("Who collected the data (may be empty strings).")),
  extension: z6.looseObject({ version: text2, browser: text2 }),
  registry: z6.looseObject({ version: text2, entries: z6.int().check(z6.nonnegative()) }).check(z6.describe("The app registry in force: its version and how many entries it had.")),
  hosts: z6.array(hostSchema).check(z6.maxLength(EXPORT_LIMITS.hosts), z6.describe("One item per city host seen (visited, or answered the census sweep), sorted by host.")),
  collectors: z6.optional(z6.array(rekapSourceSchema).check(z6.maxLength(EXPORT_LIMITS.collectors))).check(z6.describe("Rekap only: the exports merged into this file, one item per collector + exportedAt.")),
  proposals: z6.optional(z6.array(proposalSchema).check(z6.maxLength(EXPORT_LIMITS.proposals))).check(z6.describe('Proposals ("Laporkan aplikasi") made in this browser; in a rekap, the newest per host and collector.')),
  units: z6.optional(z6.array(exportUnitSchema).check(z6.maxLength(EXPORT_LIMITS.units))).check(z6.describe('Rekap only: the rollout of unit sites, one item per unit of the expected-unit plan ("Cakupan unit").'))
});

// scripts/cli/census-db/stored-census.ts
var iso5 = (ms) => new Date(Number(ms)).toISOString();
var textOrNull = (value) => value === null ? null : String(value);
async function eachRow(connection, sql, visit) {
  const result = await connection.stream(sql);
  for await (const rows of result.yieldRows()) for (const row3 of rows) visit(row3);
}
async function readStoredCensus(connection, domain) {
  const loaded = /* @__PURE__ */ new Set();
  await eachRow(connection, "SELECT checksum FROM exports", ([checksum]) => loaded.add(String(checksum)));
  const sources = [];
  await eachRow(connection, "SELECT name, unit, epoch_ms(exported_at), registry_version, hosts FROM collectors", (row3) => {
    sources.push({ name: String(row3[0]), unit: String(row3[1]), exportedAt: iso5(row3[2]), registryVersion: String(row3[3]), hosts: Number(row3[4]) });
  });
  if (sources.length === 0) return { loaded, census: null };
  const hosts = /* @__PURE__ */ new Map();
  await eachRow(
    connection,
    `SELECT host, epoch_ms(first_seen), epoch_ms(last_seen), visits, last_url, last_title, last_outcome, last_error, inspection FROM hosts`,
    (row3) => {
      const host = {
        host: String(row3[0]),
        registered: false,
        app: null,
        firstSeen: iso5(row3[1]),
        lastSeen: iso5(row3[2]),
        visits: Number(row3[3]),
        lastUrl: textOrNull(row3[4]),
        lastTitle: textOrNull(row3[5]),
        lastOutcome: row3[6] === "error" ? "error" : "ok",
        lastError: textOrNull(row3[7]),
        findings: [],
        collectors: []
      };
      hosts.set(host.host, row3[8] === null ? host : { ...host, inspection: JSON.parse(String(row3[8])) });
    }
  );
  await connection.run(`CREATE OR REPLACE TEMP TABLE stored_collector_ids AS
    SELECT name, unit, (row_number() OVER (ORDER BY name, unit) - 1)::INTEGER AS id FROM (SELECT DISTINCT name, unit FROM host_collectors)`);
  const refs = [];
  await eachRow(connection, "SELECT name, unit FROM stored_collector_ids ORDER BY id", ([name, unit]) => refs.push({ name: String(name), unit: String(unit) }));
  await eachRow(
    connection,
    "SELECT hc.host, list(c.id) FROM host_collectors hc JOIN stored_collector_ids c USING (name, unit) GROUP BY hc.host",
    ([host, ids]) => {
      const collectors = hosts.get(String(host))?.collectors;
      if (collectors === void 0) return;
      for (const id of ids.items) collectors.push(refs[Number(id)]);
    }
  );
  await connection.run("DROP TABLE stored_collector_ids");
  await eachRow(connection, "SELECT host, code, severity, message, detail FROM findings", ([host, code, severity, message, detail]) => {
    const finding = { code: String(code), severity, message: String(message) };
    hosts.get(String(host))?.findings.push(detail === null ? finding : { ...finding, detail: String(detail) });
  });
  const proposals = [];
  await eachRow(connection, "SELECT data FROM proposals", ([data]) => proposals.push(JSON.parse(String(data))));
  const meta2 = /* @__PURE__ */ new Map();
  await eachRow(connection, "SELECT key, value FROM census_meta", ([key, value]) => meta2.set(String(key), String(value)));
  return {
    loaded,
    census: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: meta2.get("written_at") ?? (/* @__PURE__ */ new Date(0)).toISOString(),
      domain,
      collector: { name: "", unit: "" },
      extension: { version: meta2.get("pantau_version") ?? "", browser: "cli" },
      registry: { version: meta2.get("registry_version") ?? "", entries: 0 },
      hosts: [...hosts.values()],
      collectors: sources,
      proposals
    }
  };
}

// scripts/cli/census-db/write-census-db.ts
async function createTables(connection) {
  await connection.run(CREATE_TABLES);
}
async function writeCensusDb(duckdb, connection, run) {
  const ts = (ms) => duckdb.timestampValue(BigInt(ms) * 1000n);
  await connection.run("BEGIN TRANSACTION");
  try {
    for (const table of ["hosts", "host_collectors", "findings", "collectors", "proposals", "registry", "census_meta"]) {
      await connection.run(`DELETE FROM ${table}`);
    }
    await append(connection, "hosts", (a) => {
      for (const row3 of run.census.rows) {
        const host = row3.merged;
        if (host === null) continue;
        const inspection = host.inspection;
        text3(a, host.host);
        a.appendBoolean(row3.entry !== null);
        text3(a, row3.entry?.id ?? null);
        text3(a, row3.entry?.name ?? null);
        text3(a, row3.entry?.opd ?? null);
        text3(a, row3.entry?.status ?? null);
        text3(a, row3.state);
        a.appendTimestamp(ts(host.firstSeen));
        a.appendTimestamp(ts(host.lastSeen));
        a.appendBigInt(BigInt(host.visits));
        a.appendInteger(host.collectors.length);
        text3(a, host.lastUrl);
        text3(a, host.lastTitle);
        text3(a, host.lastOutcome);
        text3(a, host.lastError);
        if (typeof inspection?.status === "number") a.appendInteger(inspection.status);
        else a.appendNull();
        const checkedAt = inspection === null ? Number.NaN : Date.parse(inspection.checkedAt);
        if (Number.isNaN(checkedAt)) a.appendNull();
        else a.appendTimestamp(ts(checkedAt));
        text3(a, inspection === null ? null : JSON.stringify(inspection));
        a.endRow();
      }
    });
    await append(connection, "host_collectors", (a) => {
      for (const host of run.rekap.hosts) {
        for (const collector of host.collectors) {
          a.appendVarchar(host.host);
          a.appendVarchar(collector.name);
          a.appendVarchar(collector.unit);
          a.endRow();
        }
      }
    });
    await append(connection, "findings", (a) => {
      for (const row3 of run.census.rows) {
        if (row3.merged === null) continue;
        for (const finding of row3.findings) {
          a.appendVarchar(row3.merged.host);
          a.appendVarchar(finding.code);
          a.appendVarchar(finding.severity);
          a.appendVarchar(finding.message);
          text3(a, finding.detail ?? null);
          a.endRow();
        }
      }
    });
    await append(connection, "collectors", (a) => {
      for (const source of run.rekap.sources) {
        a.appendVarchar(source.name);
        a.appendVarchar(source.unit);
        a.appendTimestamp(ts(Date.parse(source.exportedAt)));
        a.appendVarchar(source.registryVersion);
        a.appendInteger(source.hosts);
        a.endRow();
      }
    });
    await append(connection, "proposals", (a) => {
      for (const proposal of run.rekap.proposals) {
        for (const value of [proposal.host, proposal.name, proposal.opd, proposal.appKind, proposal.status, proposal.collector.name, proposal.collector.unit]) {
          a.appendVarchar(value);
        }
        a.appendTimestamp(ts(Date.parse(proposal.createdAt)));
        a.appendVarchar(JSON.stringify(proposal));
        a.endRow();
      }
    });
    for (const entry of run.registry.entries) {
      await connection.run("INSERT INTO registry VALUES ($1, $2, $3, $4, string_split($5, chr(10)), $6)", [
        entry.id,
        entry.name,
        entry.opd,
        entry.status,
        entry.hosts.join("\n"),
        run.registryVersion
      ]);
    }
    await addDays(connection, run.days);
    await append(connection, "exports", (a) => {
      for (const file of run.files) {
        if (file.status === "already-loaded" || file.data === null) continue;
        a.appendVarchar(file.checksum);
        a.appendVarchar(file.input.file);
        a.appendBigInt(BigInt(file.bytes));
        a.appendTimestamp(ts(run.now.getTime()));
        a.appendVarchar(file.status);
        text3(a, file.data?.name ?? null);
        text3(a, file.data?.unit ?? null);
        const exportedAt = file.data === null ? Number.NaN : Date.parse(file.data.exportedAt);
        if (Number.isNaN(exportedAt)) a.appendNull();
        else a.appendTimestamp(ts(exportedAt));
        if (file.data === null) a.appendNull();
        else a.appendInteger(file.data.hosts);
        if (file.data === null) a.appendNull();
        else a.appendInteger(file.data.sources);
        a.endRow();
      }
    });
    const meta2 = {
      schema_version: String(CENSUS_DB_VERSION),
      written_at: run.now.toISOString(),
      pantau_version: run.pantauVersion,
      registry_version: run.registryVersion,
      as_of: run.rekap.asOf === null ? "" : new Date(run.rekap.asOf).toISOString()
    };
    for (const [key, value] of Object.entries(meta2)) await connection.run("INSERT INTO census_meta VALUES ($1, $2)", [key, value]);
    await connection.run("COMMIT");
  } catch (error) {
    await connection.run("ROLLBACK").catch(() => void 0);
    throw error;
  }
}
function text3(a, value) {
  if (value === null) a.appendNull();
  else a.appendVarchar(value);
}
async function append(connection, table, fill) {
  const appender = await connection.createAppender(table);
  try {
    fill(appender);
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
async function addDays(connection, days) {
  if (days.size === 0) return;
  await connection.run("CREATE OR REPLACE TEMP TABLE visits_by_day_new (day DATE, host VARCHAR, copies INTEGER, visits BIGINT)");
  await append(connection, "visits_by_day_new", (a) => {
    for (const [key, counts] of days) {
      const [day, host] = key.split(" ", 2);
      a.appendVarchar(day);
      a.appendVarchar(host);
      a.appendInteger(counts.copies);
      a.appendBigInt(BigInt(counts.visits));
      a.endRow();
    }
  });
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE visits_by_day_sum AS
      SELECT day, host, sum(copies)::INTEGER AS copies, sum(visits)::BIGINT AS visits
      FROM (SELECT * FROM visits_by_day UNION ALL SELECT * FROM visits_by_day_new) GROUP BY day, host`);
  await connection.run("DELETE FROM visits_by_day");
  await connection.run("INSERT INTO visits_by_day SELECT * FROM visits_by_day_sum ORDER BY day, host");
  await connection.run("DROP TABLE visits_by_day_new");
  await connection.run("DROP TABLE visits_by_day_sum");
}

// scripts/cli/census-db/census-store.ts
async function open(duckdb, path) {
  const instance = await duckdb.DuckDBInstance.create(path, { memory_limit: "128MB", threads: "2" });
  const connection = await instance.connect();
  await createTables(connection);
  return { instance, connection };
}
async function openCensusFile(duckdb, path, domain) {
  const { instance, connection } = await open(duckdb, path);
  const stored = await readStoredCensus(connection, domain);
  return {
    stored,
    write: (run) => writeCensusDb(duckdb, connection, run),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    }
  };
}
var sqlText = (text5) => `'${text5.replace(/'/g, "''")}'`;
async function openParquetFolder(duckdb, folder) {
  const { instance, connection } = await open(duckdb, ":memory:");
  return {
    stored: { loaded: /* @__PURE__ */ new Set(), census: null },
    write: async (run) => {
      await writeCensusDb(duckdb, connection, run);
      const target = resolve2(folder);
      await mkdir(dirname(target), { recursive: true });
      const temp = await mkdtemp(join(dirname(target), ".pantau-parquet-"));
      try {
        for (const table of TABLES) {
          await connection.run(`COPY ${table} TO ${sqlText(join(temp, `${table}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`);
        }
        await mkdir(target, { recursive: true });
        for (const table of TABLES) await rename(join(temp, `${table}.parquet`), join(target, `${table}.parquet`));
      } finally {
        await rm(temp, { recursive: true, force: true });
      }
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    }
  };
}

// scripts/cli/census-db/load-duckdb.ts
var PACKAGE = "@duckdb/node-api";
var importDuckDb = () => import(
  /* @vite-ignore */
  PACKAGE
);
async function loadDuckDb(importer = importDuckDb) {
  try {
    return { ok: true, duckdb: await importer() };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, reason: message.slice(0, 300) };
  }
}

// scripts/cli/census-db/visits-by-day.ts
function countDays(days, data, domains) {
  if (data.collectors !== void 0 && data.collectors.length > 0) return;
  for (const host of data.hosts) {
    if (!domains.some((domain) => isUnderDomain(host.host, domain))) continue;
    const key = `${host.lastSeen.slice(0, 10)} ${host.host}`;
    const counts = days.get(key);
    if (counts === void 0) days.set(key, { copies: 1, visits: host.visits });
    else {
      counts.copies += 1;
      counts.visits += host.visits;
    }
  }
}

// scripts/cli/census/input-paths.ts
import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join as join2, relative, resolve as resolve3, sep } from "node:path";
var EXPORT_FILE = /\.json(\.gz)?$/i;
async function expandInputs(args, cwd) {
  const inputs = [];
  const empty = [];
  const show = (path) => {
    const rel = relative(cwd, path);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
  };
  for (const arg of args) {
    const paths = await pathsOf(arg, cwd);
    if (paths === null) inputs.push({ file: arg, path: resolve3(cwd, arg) });
    else if (paths.length === 0) empty.push(arg);
    else for (const path of paths) inputs.push({ file: show(path), path });
  }
  return { inputs, empty };
}
async function pathsOf(arg, cwd) {
  if (/[*?]/.test(arg)) {
    const { base, pattern } = splitGlob(resolve3(cwd, arg));
    return (await walk(base)).filter((path2) => pattern.test(path2));
  }
  const path = resolve3(cwd, arg);
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory() !== true) return null;
  return (await walk(path)).filter((file) => EXPORT_FILE.test(file));
}
async function walk(dir) {
  const found = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join2(dir, entry.name);
    if (entry.isDirectory()) found.push(...await walk(path));
    else if (entry.isFile()) found.push(path);
  }
  return found.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function splitGlob(absolute) {
  const parts2 = absolute.split(sep);
  const first = parts2.findIndex((part) => /[*?]/.test(part));
  const base = parts2.slice(0, first).join(sep) || sep;
  let source = "";
  for (let i = 0; i < absolute.length; i += 1) {
    const c = absolute[i];
    if (c === "*" && absolute[i + 1] === "*") {
      const slash = absolute[i + 2] === sep;
      source += slash ? `(?:[^${escapeClass(sep)}]*${escapeRe(sep)})*` : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") source += `[^${escapeClass(sep)}]*`;
    else if (c === "?") source += `[^${escapeClass(sep)}]`;
    else source += escapeRe(c);
  }
  return { base, pattern: new RegExp(`^${source}$`) };
}
var escapeRe = (text5) => text5.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
var escapeClass = (text5) => text5.replace(/[\]\\^-]/g, "\\$&");

// scripts/cli/census/heap-budget.ts
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
function createHeapBudget(budgetBytes = 96 * 1024 * 1024) {
  let collect = null;
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc");
    collect = typeof gc === "function" ? gc : null;
  } catch {
    collect = null;
  }
  let limit = budgetBytes;
  return () => {
    if (collect === null || getHeapStatistics().used_heap_size < limit) return;
    collect();
    limit = Math.max(budgetBytes, 2 * getHeapStatistics().used_heap_size);
  };
}

// scripts/cli/census/read-input.ts
import { createHash } from "node:crypto";
import { readFile, stat as stat2 } from "node:fs/promises";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";

// utils/export/parse-export.ts
var MAX_ERRORS2 = 20;
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
    const errors = issues.slice(0, MAX_ERRORS2).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    if (issues.length > MAX_ERRORS2) errors.push(`\u2026and ${issues.length - MAX_ERRORS2} more problems`);
    return { ok: false, errors };
  } catch (error) {
    return { ok: false, errors: [`could not read the export: ${error instanceof Error ? error.message.slice(0, 200) : "unknown error"}`] };
  }
}

// utils/registry-import/decode-text.ts
function decodeText(content) {
  if (typeof content === "string") return { text: stripBom(content), encoding: "utf-8" };
  const bytes = content;
  if (bytes[0] === 255 && bytes[1] === 254) return { text: decode("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 254 && bytes[1] === 255) return { text: decode("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  const body = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: decode("windows-1252", body), encoding: "windows-1252" };
  }
}
function decode(label, bytes) {
  return stripBom(new TextDecoder(label).decode(bytes));
}
function stripBom(text5) {
  return text5.charCodeAt(0) === 65279 ? text5.slice(1) : text5;
}

// utils/rekap/clean-foreign-export.ts
var cleanUrl = (url) => url === null ? null : sanitiseUrl(url);
var text4 = (value) => cleanText(value);
var nullableText = (value) => value === null ? null : cleanText(value);
function cleanInspection(inspection) {
  return {
    ...inspection,
    finalUrl: cleanUrl(inspection.finalUrl),
    redirects: inspection.redirects.map((hop) => ({ ...hop, url: cleanUrl(hop.url) })),
    server: nullableText(inspection.server),
    poweredBy: nullableText(inspection.poweredBy),
    software: inspection.software.map((item) => ({ ...item, name: text4(item.name), version: nullableText(item.version) })),
    title: nullableText(inspection.title)
  };
}
function cleanHost(host) {
  const cleaned = {
    ...host,
    app: host.app === null ? null : { ...host.app, name: text4(host.app.name), opd: text4(host.app.opd) },
    lastUrl: cleanUrl(host.lastUrl),
    lastTitle: nullableText(host.lastTitle),
    lastError: nullableText(host.lastError),
    findings: host.findings.map((finding) => ({ ...finding, message: text4(finding.message) }))
  };
  if (host.collectors !== void 0) cleaned.collectors = host.collectors.map((c) => ({ ...c, name: text4(c.name), unit: text4(c.unit) }));
  if (host.inspection !== void 0) cleaned.inspection = cleanInspection(host.inspection);
  return cleaned;
}
function cleanProposal(proposal) {
  return {
    ...proposal,
    name: text4(proposal.name),
    opd: text4(proposal.opd),
    ...proposal.abbreviation === void 0 ? {} : { abbreviation: text4(proposal.abbreviation) },
    ...proposal.description === void 0 ? {} : { description: text4(proposal.description) },
    collector: { ...proposal.collector, name: text4(proposal.collector.name), unit: text4(proposal.collector.unit) }
  };
}
function cleanForeignExport(data) {
  const cleaned = {
    ...data,
    collector: { ...data.collector, name: text4(data.collector.name), unit: text4(data.collector.unit) },
    registry: { ...data.registry, version: text4(data.registry.version) },
    extension: { ...data.extension, version: text4(data.extension.version), browser: text4(data.extension.browser) },
    hosts: data.hosts.map(cleanHost)
  };
  if (data.collectors !== void 0) {
    cleaned.collectors = data.collectors.map((c) => ({ ...c, name: text4(c.name), unit: text4(c.unit), registryVersion: text4(c.registryVersion) }));
  }
  if (data.proposals !== void 0) cleaned.proposals = data.proposals.map(cleanProposal);
  return cleaned;
}
function repeatedHosts(data) {
  const seen = /* @__PURE__ */ new Set();
  const repeated = /* @__PURE__ */ new Set();
  for (const host of data.hosts) {
    if (seen.has(host.host)) repeated.add(host.host);
    seen.add(host.host);
  }
  return [...repeated];
}

// utils/rekap/read-export-file.ts
var MAX_EXPORT_BYTES = 64 * 1024 * 1024;
function checkFileSize(bytes) {
  if (bytes > MAX_EXPORT_BYTES) {
    return { ok: false, problem: "too-large", details: [`${bytes} bytes; the limit is ${MAX_EXPORT_BYTES} bytes`] };
  }
  return null;
}
function readExportBytes(bytes) {
  const size = checkFileSize(bytes.byteLength);
  if (size !== null) return size;
  return readExportText(decodeText(bytes).text);
}
function readExportText(text5) {
  const size = checkFileSize(text5.length);
  if (size !== null) return size;
  const body = text5.charCodeAt(0) === 65279 ? text5.slice(1) : text5;
  if (body.trim() === "") return { ok: false, problem: "empty", details: ["the file is empty"] };
  let json;
  try {
    json = JSON.parse(body);
  } catch (error) {
    if (looksLikeExportCsv(body)) return { ok: false, problem: "csv", details: ["the first line is a CSV header; give the .json export"] };
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
  if (!parsed.ok) return { ok: false, problem: "invalid", details: parsed.errors };
  const repeated = repeatedHosts(parsed.data);
  if (repeated.length > 0) {
    const shown = repeated.slice(0, 5).map((host) => `"${host}"`).join(", ");
    return { ok: false, problem: "repeated-host", details: [`hosts listed more than once: ${shown}${repeated.length > 5 ? ` and ${repeated.length - 5} more` : ""}`] };
  }
  return { ok: true, data: cleanForeignExport(parsed.data) };
}
function looksLikeExportCsv(body) {
  const firstLine = body.slice(0, 4096).split(/\r?\n/, 1)[0] ?? "";
  return /^\s*"?host"?\s*[,;]/i.test(firstLine);
}

// scripts/cli/census/read-input.ts
var gunzipAsync = promisify(gunzip);
async function readRaw(path) {
  try {
    const info = await stat2(path);
    if (!info.isFile()) return { ok: false, problem: "unreadable", details: ["not a regular file"] };
    const tooLarge = checkFileSize(info.size);
    if (tooLarge !== null && !tooLarge.ok) return tooLarge;
    const raw = await readFile(path);
    return { ok: true, raw, checksum: createHash("sha256").update(raw).digest("hex") };
  } catch (error) {
    const code = error.code;
    return { ok: false, problem: "unreadable", details: [code ?? (error instanceof Error ? error.message : String(error))] };
  }
}
async function decodeRaw(raw, checksum) {
  let bytes = raw;
  if (raw.length >= 2 && raw[0] === 31 && raw[1] === 139) {
    try {
      bytes = await gunzipAsync(raw, { maxOutputLength: MAX_EXPORT_BYTES });
    } catch (error) {
      const code = error.code;
      const problem = code === "ERR_BUFFER_TOO_LARGE" ? "too-large" : "unreadable";
      return { ok: false, problem, details: [`gzip: ${code ?? String(error)}`], checksum };
    }
  }
  const result = readExportBytes(bytes);
  return result.ok ? { ok: true, data: result.data, checksum, bytes: raw.length } : { ...result, checksum };
}

// scripts/cli/census/stream-merge.ts
async function streamMerge(inputs, options) {
  const loaded = options.loaded ?? /* @__PURE__ */ new Set();
  const start = () => {
    const fold3 = createRekapFold(options.domains);
    if (options.initial) fold3.add(options.initial);
    return fold3;
  };
  let fold2 = start();
  const files = [];
  const bad = [];
  const parsed = [];
  const byChecksum = /* @__PURE__ */ new Set();
  let sameBytes = 0;
  let canonical = false;
  const checkHeap = createHeapBudget();
  for (const input of inputs) {
    checkHeap();
    const raw = await readRaw(input.path);
    if (!raw.ok) {
      bad.push({ input, problem: raw.problem, details: raw.details });
      continue;
    }
    const base = { input, checksum: raw.checksum, bytes: raw.raw.length, data: null };
    if (loaded.has(raw.checksum)) {
      files.push({ ...base, status: "already-loaded" });
      continue;
    }
    if (byChecksum.has(raw.checksum)) {
      sameBytes += 1;
      files.push({ ...base, status: "duplicate" });
      continue;
    }
    const read = await decodeRaw(raw.raw, raw.checksum);
    if (!read.ok) {
      bad.push({ input, problem: read.problem, details: read.details });
      continue;
    }
    byChecksum.add(raw.checksum);
    const { data } = read;
    const outcome = { ...base, status: "merged", data: summary(data) };
    const sources = sourcesOf(data);
    files.push(outcome);
    parsed.push({ outcome, sources, key: exportIdentity(data) });
    if (canonical) continue;
    if (fold2.overlaps(sources)) {
      canonical = true;
      continue;
    }
    fold2.add(data, sources);
    options.onMerged?.(data, outcome);
  }
  if (canonical) {
    options.onRestart?.();
    fold2 = start();
    await fillTieContent(parsed, bad);
    const order = parsed.filter((p) => !bad.some((b) => b.input === p.outcome.input)).sort((a, b) => compareInputs(a, b, () => compareText(a.content ?? "", b.content ?? "")));
    for (const item of order) {
      checkHeap();
      const data = await readAgain(item, bad);
      if (data === null) continue;
      item.outcome.status = fold2.add(data, item.sources);
      if (item.outcome.status === "merged") options.onMerged?.(data, item.outcome);
    }
  }
  for (let i = 0; i < sameBytes; i += 1) fold2.addDuplicate();
  const good = files.filter((file) => !bad.some((b) => b.input === file.input));
  return { rekap: fold2.finish(), files: good, bad, passes: canonical ? 2 : 1 };
}
function summary(data) {
  return {
    name: data.collector.name,
    unit: data.collector.unit,
    exportedAt: data.exportedAt,
    hosts: data.hosts.length,
    sources: data.collectors?.length || 1
  };
}
async function readAgain(item, bad) {
  const { input, checksum } = item.outcome;
  const raw = await readRaw(input.path);
  if (!raw.ok || raw.checksum !== checksum) {
    bad.push({ input, problem: "unreadable", details: ["the file changed while the rekap was running"] });
    return null;
  }
  const read = await decodeRaw(raw.raw, raw.checksum);
  return read.ok ? read.data : null;
}
async function fillTieContent(parsed, bad) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of parsed) {
    const key = `${item.sources.length}\0${item.key}`;
    groups.set(key, [...groups.get(key) ?? [], item]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const item of group) {
      const data = await readAgain(item, bad);
      if (data !== null) item.content = JSON.stringify(data);
    }
  }
}

// scripts/cli/rekap-command.ts
function usageError(io, lang, message, command = "pantau rekap") {
  io.err(`${command}: ${message}`);
  io.err(cliWords(lang).hint);
  return 2;
}
async function writeAtomically(path, bytes) {
  const temp = join3(dirname2(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename2(temp, path);
  } catch (error) {
    await rm2(temp, { force: true });
    throw error;
  }
}
function reportRejected(io, rejected, t) {
  for (const file of rejected) {
    io.err(fileRejectedText(file.file, file.problem, t));
    for (const detail of file.details) io.err(`  ${detail}`);
  }
}
var whyNot = (error) => error.code ?? (error instanceof Error ? error.message.split("\n")[0] : String(error));
async function runRekap(argv, io) {
  const parsed = parseRekapArgs(argv, io.env, io.cwd);
  if (parsed.kind === "help") {
    io.out(helpText(parsed.lang));
    return 0;
  }
  if (parsed.kind === "usage-error") return usageError(io, parsed.lang, parsed.message);
  const { args } = parsed;
  const words = cliWords(args.lang);
  const outPath = resolve4(io.cwd, args.out);
  const { inputs, empty } = await expandInputs(args.inputs, io.cwd);
  if (inputs.some((input) => input.path === outPath)) return usageError(io, args.lang, words.outIsInput(args.out));
  let store = null;
  if (args.format === "duckdb" || args.format === "parquet") {
    const loaded = await loadDuckDb(io.importDuckDb);
    if (!loaded.ok) {
      io.err(`pantau rekap: ${words.noDuckDb(loaded.reason)}`);
      return 1;
    }
    try {
      store = args.format === "duckdb" ? await openCensusFile(loaded.duckdb, outPath, WATCHED_DOMAIN) : await openParquetFolder(loaded.duckdb, outPath);
    } catch (error) {
      io.err(`pantau rekap: ${words.cannotWrite(args.out, whyNot(error))}`);
      return 1;
    }
  }
  try {
    return await rekapInto(args, io, words, inputs, empty, store);
  } finally {
    store?.close();
  }
}
async function rekapInto(args, io, words, inputs, empty, store) {
  const t = translatorFromMessages(args.lang === "en" ? messages_default : messages_default2);
  const domains = [WATCHED_DOMAIN];
  const days = /* @__PURE__ */ new Map();
  const result = await streamMerge(inputs, {
    domains,
    initial: store?.stored.census ?? null,
    loaded: store?.stored.loaded,
    onMerged: store === null ? void 0 : (data) => countDays(days, data, domains),
    onRestart: () => days.clear()
  });
  const rejected = [
    ...empty.map((file) => ({ file, problem: "unreadable", details: [words.noExportsIn] })),
    ...result.bad.map((bad) => ({ file: bad.input.file, problem: bad.problem, details: bad.details }))
  ];
  if (rejected.length > 0 && (args.strict || result.files.length === 0 && store?.stored.census == null)) {
    reportRejected(io, rejected, t);
    if (!args.strict) io.err(words.nothingMerged);
    io.err(nothingWrittenText(t));
    return 1;
  }
  const registry = createRegistryIndex(BUNDLED_REGISTRY, domains);
  const now = io.now();
  const { rekap } = result;
  const census = buildCensus(rekap, registry, { recentDays: args.days, now: now.getTime() });
  const coverage = computeCoverage({ plan: BUNDLED_UNIT_PLAN, registry, rows: census.rows });
  let written;
  try {
    if (store !== null) {
      await store.write({ rekap, census, registry, registryVersion: BUNDLED_REGISTRY.version, files: result.files, days, now, pantauVersion: package_default.version });
      const loaded = result.files.filter((file) => file.status !== "already-loaded").length;
      written = words.store(args.out, args.format, loaded, rekap.hosts.length);
    } else {
      const format = args.format;
      const bytes = await rekapFileBytes(format, rekap, census, registry, {
        now,
        domain: WATCHED_DOMAIN,
        collector: { name: args.name, unit: args.unit },
        extension: { version: package_default.version, browser: "cli" },
        registryVersion: BUNDLED_REGISTRY.version
      }, { coverage });
      await writeAtomically(resolve4(io.cwd, args.out), bytes);
      written = writtenText(args.out, format, bytes.length, t, args.lang);
    }
  } catch (error) {
    io.err(`pantau rekap: ${words.cannotWrite(args.out, whyNot(error))}`);
    io.err(nothingWrittenText(t));
    return 1;
  }
  for (const line of rekapResultLines(rekap, census, t, args.lang)) io.out(line);
  for (const line of coverageLines(coverage.totals, t, args.lang)) io.out(line);
  for (const warning of rekap.warnings) io.out(`! ${warningText(warning, t)}`);
  const already = result.files.filter((file) => file.status === "already-loaded").length;
  if (already > 0) io.out(words.alreadyLoaded(already));
  io.out(written);
  if (rejected.length > 0) {
    io.err(words.skipped(rejected.length));
    reportRejected(io, rejected, t);
  }
  return 0;
}

// scripts/cli/terminal-safe.ts
var STRING_SEQUENCE = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
var CSI_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g;
var OTHER_ESCAPE = /\u001b[\u0020-\u007e]?/g;
var CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
function terminalSafe(text5) {
  const spaced = text5.replace(/\t/g, " ");
  return removeInvisible(spaced.replace(STRING_SEQUENCE, "").replace(CSI_SEQUENCE, "").replace(OTHER_ESCAPE, "")).replace(CONTROL, "");
}
function terminalSafeIo(io) {
  return { ...io, out: (line) => io.out(terminalSafe(line)), err: (line) => io.err(terminalSafe(line)) };
}

// scripts/cli/main.ts
var defaultIo = {
  out: (line) => process.stdout.write(`${line}
`),
  err: (line) => process.stderr.write(`${line}
`),
  cwd: process.cwd(),
  env: process.env,
  now: () => /* @__PURE__ */ new Date()
};
async function main(argv, rawIo = defaultIo) {
  const io = terminalSafeIo(rawIo);
  const [command, ...rest] = argv;
  const lang = languageOfArgv(argv, io.env);
  if (command === "--version" || command === "-v" || command === "version") {
    io.out(`pantau ${package_default.version}`);
    return 0;
  }
  if (command === void 0 || command === "--help" || command === "-h" || command === "help" || command.startsWith("--lang")) {
    io.out(helpText(lang));
    return command === void 0 ? 2 : 0;
  }
  if (command !== "rekap") return usageError(io, lang, cliWords(lang).unknownCommand(command), "pantau");
  return runRekap(rest, io);
}

// scripts/cli/bin.ts
process.exitCode = await main(process.argv.slice(2));
