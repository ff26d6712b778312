import { DEFAULT_PREFERENCES, RECENT_DAYS_RANGE } from '../../utils/settings/settings';
import { formatNumber } from '../../utils/text/format-number';

/**
 * The command line's own words, Indonesian first like the summary (the rekap's sentences come from
 * public/_locales through utils/rekap/rekap-text.ts; these are the ones only the CLI says).
 */
export type CliLanguage = 'id' | 'en';

const HELP: Record<CliLanguage, string> = {
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

Exit codes: 0 done, 1 bad input or failed write, 2 usage error.`,
};

// Counts in the language's number format (12.345 / 12,345), as in the rekap's sentences.
const countId = (n: number) => formatNumber(n, 'id');
const countEn = (n: number) => formatNumber(n, 'en');

const WORDS = {
  id: {
    hint: 'Lihat: pantau --help',
    unknownCommand: (c: string) => `perintah tidak dikenal "${c}"`,
    noInputs: 'berikan sedikitnya satu berkas ekspor',
    outRequired: '--out <berkas> wajib diisi',
    format: (formats: string) => `format keluaran tidak jelas: pakai --format ${formats} atau --out berakhiran .json, .csv, .xlsx, .duckdb atau /`,
    days: `--days harus bilangan bulat ${RECENT_DAYS_RANGE.min} sampai ${RECENT_DAYS_RANGE.max}`,
    lang: '--lang harus id atau en',
    outIsInput: (out: string) => `--out ${out} juga merupakan masukan; berkas itu akan tertimpa`,
    noExportsIn: 'tidak ada berkas .json atau .json.gz di sini',
    noDuckDb: (reason: string) =>
      `DuckDB (@duckdb/node-api) tidak tersedia di mesin ini (${reason}); keluaran .duckdb dan folder Parquet memerlukannya. Format yang tetap bisa: json, csv, xlsx. Pasang dengan: npm install @duckdb/node-api`,
    skipped: (n: number) => `${countId(n)} berkas dilewati (tidak dimuat):`,
    alreadyLoaded: (n: number) => `${countId(n)} berkas sudah dimuat pada run sebelumnya (checksum sama), dilewati.`,
    nothingMerged: 'Tidak ada ekspor yang dapat dibaca.',
    store: (out: string, format: string, files: number, hosts: number) =>
      `Ditulis: ${out} (${format}: ${countId(files)} berkas baru dimuat, ${countId(hosts)} host dalam sensus).`,
    cannotWrite: (out: string, why: string) => `tidak dapat menulis ${out}: ${why}`,
  },
  en: {
    hint: 'See: pantau --help',
    unknownCommand: (c: string) => `unknown command "${c}"`,
    noInputs: 'give at least one export file',
    outRequired: '--out <file> is required',
    format: (formats: string) => `cannot tell the output format: use --format ${formats} or an --out ending in .json, .csv, .xlsx, .duckdb or /`,
    days: `--days must be a whole number from ${RECENT_DAYS_RANGE.min} to ${RECENT_DAYS_RANGE.max}`,
    lang: '--lang must be id or en',
    outIsInput: (out: string) => `--out ${out} is also an input; it would be overwritten`,
    noExportsIn: 'no .json or .json.gz file here',
    noDuckDb: (reason: string) =>
      `DuckDB (@duckdb/node-api) is not available on this machine (${reason}); .duckdb and Parquet folder outputs need it. These formats still work: json, csv, xlsx. Install it with: npm install @duckdb/node-api`,
    skipped: (n: number) => `${countEn(n)} file(s) skipped (not loaded):`,
    alreadyLoaded: (n: number) => `${countEn(n)} file(s) already loaded by an earlier run (same checksum), skipped.`,
    nothingMerged: 'No export could be read.',
    store: (out: string, format: string, files: number, hosts: number) =>
      `Written: ${out} (${format}: ${countEn(files)} new file(s) loaded, ${countEn(hosts)} hosts in the census).`,
    cannotWrite: (out: string, why: string) => `cannot write ${out}: ${why}`,
  },
} satisfies Record<CliLanguage, unknown>;

export type CliWords = (typeof WORDS)['id'];

export const helpText = (lang: CliLanguage): string => HELP[lang];
export const cliWords = (lang: CliLanguage): CliWords => WORDS[lang];
