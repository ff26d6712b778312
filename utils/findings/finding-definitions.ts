import type { PlaceholderKind } from '../inspection/types';
import type { LocalText } from '../text/local-text';

/**
 * The text of each finding: what it means (`id`/`en`, the message exports carry in Indonesian),
 * and apart (FINDING_ADVICE) what to do about it. Codes are stable identifiers that exports and merges rely
 * on: never rename one, only add.
 */
export type Severity = 'high' | 'medium' | 'low';
export type FindingCode =
  | 'unregistered'
  | 'registry-not-active'
  | 'unreachable'
  | 'registry-active-down'
  | 'http-error'
  | 'placeholder'
  | 'no-https'
  | 'login-over-http'
  | 'no-hsts'
  | 'version-exposed'
  | 'stale-content';

type Text = LocalText;

export interface FindingDefinition extends Text {
  severity: Severity;
}

export const FINDINGS: Readonly<Record<FindingCode, FindingDefinition>> = {
  unregistered: {
    severity: 'high',
    id: 'Host kota ini tidak ada di registri aplikasi. OPD pemiliknya perlu melaporkannya.',
    en: 'This city host is not in the app registry. Its owning unit needs to report it.',
  },
  'registry-not-active': {
    severity: 'medium',
    id: 'Registri mencatat aplikasi ini tidak aktif atau masih dikembangkan, tetapi situsnya dapat dibuka.',
    en: 'The registry lists this app as inactive or in development, but the site loaded.',
  },
  unreachable: {
    severity: 'high',
    id: 'Kunjungan terakhir gagal karena galat jaringan.',
    en: 'The last visit failed with a network error.',
  },
  'registry-active-down': {
    severity: 'high',
    id: 'Registri mencatat aplikasi ini AKTIF, tetapi situsnya tidak berfungsi.',
    en: 'The registry lists this app as ACTIVE, but its site is not working.',
  },
  'http-error': {
    severity: 'high',
    id: 'Server menjawab dengan status galat HTTP.',
    en: 'The server answered with an HTTP error status.',
  },
  placeholder: {
    severity: 'high',
    id: 'Yang tampil bukan aplikasi, melainkan halaman pengganti',
    en: 'What loads is not an app but a placeholder page',
  },
  'no-https': {
    severity: 'medium',
    id: 'Halaman ini dilayani lewat HTTP biasa, tanpa enkripsi.',
    en: 'This page is served over plain HTTP, without encryption.',
  },
  'login-over-http': {
    severity: 'high',
    id: 'Ada kolom kata sandi di halaman HTTP atau formulir yang mengirim ke HTTP: kata sandi terkirim tanpa enkripsi.',
    en: 'A password field sits on an HTTP page or in a form posting to HTTP: passwords travel unencrypted.',
  },
  'no-hsts': {
    severity: 'low',
    id: 'Situs HTTPS ini tidak mengirim header Strict-Transport-Security (HSTS).',
    en: 'This HTTPS site sends no Strict-Transport-Security (HSTS) header.',
  },
  'version-exposed': {
    severity: 'low',
    id: 'Server atau halaman menyebutkan nomor versi perangkat lunaknya',
    en: 'The server or page reveals its software version number',
  },
  'stale-content': {
    severity: 'medium',
    id: 'Konten terbaru di halaman ini lebih tua dari batas kesegaran; tanggal terbarunya',
    en: 'The newest content on this page is older than the freshness limit; its newest date is',
  },
};

/**
 * What to do about each finding, for the popup only (findingAdvice): a table of its own, so the
 * worker, which never gives advice, does not carry these texts.
 */
export const FINDING_ADVICE: Readonly<Record<FindingCode, Text>> = {
  unregistered: {
    id: 'Cari OPD pemiliknya dan daftarkan aplikasinya di registri, atau matikan host ini bila tidak dipakai.',
    en: 'Find the owning unit and add the app to the registry, or switch the host off if it is not used.',
  },
  'registry-not-active': {
    id: 'Perbarui statusnya di registri, atau matikan situsnya bila memang tidak dipakai lagi.',
    en: 'Update its status in the registry, or switch the site off if it really is no longer used.',
  },
  unreachable: { id: 'Catat kode galatnya dan teruskan ke pengelola server.', en: 'Note the error code and pass it to the server administrator.' },
  'registry-active-down': {
    id: 'Prioritas utama: warga dan pegawai mengandalkan layanan ini. Hubungi OPD pemiliknya dan pengelola server hari ini; bila aplikasinya memang dihentikan, ubah statusnya di registri.',
    en: 'Top priority: residents and staff rely on this service. Contact its owning unit and the server administrator today; if the app was retired, change its registry status.',
  },
  'http-error': {
    id: 'Status 4xx: halaman atau aplikasinya hilang atau ditolak; periksa apakah aplikasi dipindah atau dihapus. Status 5xx: aplikasi atau server rusak; periksa log galat server.',
    en: 'A 4xx status: the page or app is gone or refused; check whether it was moved or removed. A 5xx status: the app or server is broken; check the server’s error log.',
  },
  placeholder: {
    id: 'Pasang atau pulihkan aplikasinya, atau matikan host ini dan perbarui registri bila aplikasinya sudah tidak ada.',
    en: 'Install or restore the app, or switch this host off and update the registry if the app is gone.',
  },
  'no-https': {
    id: 'Pasang sertifikat TLS (gratis dengan Let’s Encrypt) dan alihkan semua HTTP ke HTTPS.',
    en: 'Install a TLS certificate (free with Let’s Encrypt) and redirect all HTTP to HTTPS.',
  },
  'login-over-http': {
    id: 'Segera aktifkan HTTPS untuk halaman login dan tujuan formulirnya; sampai selesai, anggap kata sandi yang dipakai di sini bocor dan ganti.',
    en: 'Switch the login page and its form target to HTTPS now; until then, treat passwords used here as leaked and change them.',
  },
  'no-hsts': {
    id: 'Tambahkan header "Strict-Transport-Security: max-age=31536000" agar peramban selalu memakai HTTPS.',
    en: 'Add the header "Strict-Transport-Security: max-age=31536000" so browsers always use HTTPS.',
  },
  'version-exposed': {
    id: 'Sembunyikan versi (Apache: ServerTokens Prod; nginx: server_tokens off; PHP: expose_php = Off; hapus tag generator) dan pastikan perangkat lunaknya mutakhir.',
    en: 'Hide versions (Apache: ServerTokens Prod; nginx: server_tokens off; PHP: expose_php = Off; remove the generator tag) and keep the software up to date.',
  },
  'stale-content': {
    id: 'Tanyakan ke OPD pemilik apakah situs ini masih dikelola; perbarui isinya, atau ubah statusnya di registri.',
    en: 'Ask the owning unit whether the site is still maintained; update its content, or change its registry status.',
  },
};

/** Each placeholder kind in words. */
export const PLACEHOLDER_TEXT: Readonly<Record<PlaceholderKind, { label: Text }>> = {
  'server-default': { label: { id: 'halaman bawaan server web', en: 'the web server’s default page' } },
  suspended: { label: { id: 'akun hosting ditangguhkan', en: 'a suspended hosting account' } },
  'directory-listing': { label: { id: 'daftar isi direktori', en: 'a directory listing' } },
  'coming-soon': { label: { id: 'halaman "segera hadir"', en: 'a "coming soon" page' } },
  maintenance: { label: { id: 'halaman "sedang dalam perbaikan"', en: 'a maintenance page' } },
  empty: { label: { id: 'halaman (hampir) kosong', en: 'an (almost) empty page' } },
};

/** What to do about each placeholder kind (findingAdvice, the popup only). */
export const PLACEHOLDER_ADVICE: Readonly<Record<PlaceholderKind, Text>> = {
  'server-default': { id: 'Server web terpasang, tetapi aplikasinya tidak terpasang atau tidak terhubung.', en: 'The web server is installed, but the app is not installed or not connected.' },
  suspended: { id: 'Hubungi penyedia hosting (biasanya soal tagihan); pertimbangkan memindahkannya ke server Pemkot.', en: 'Contact the hosting provider (usually about billing); consider moving it to a city server.' },
  'directory-listing': { id: 'Daftar berkas bisa membocorkan berkas internal: matikan directory listing (Options -Indexes / autoindex off).', en: 'A file listing can leak internal files: turn directory listing off (Options -Indexes / autoindex off).' },
  'coming-soon': { id: 'Pastikan jadwal peluncurannya, atau catat statusnya sebagai pengembangan di registri.', en: 'Confirm its launch date, or record it as in development in the registry.' },
  maintenance: { id: 'Bila berlangsung lama, tanyakan jadwal pemulihannya ke OPD pemilik.', en: 'If it lasts, ask the owning unit when it will be back.' },
  empty: { id: 'Aplikasi mungkin galat tanpa pesan: periksa log server dan aplikasi.', en: 'The app may be failing silently: check the server and app logs.' },
};

/** The cause of `registry-active-down`, in words. */
export const ACTIVE_DOWN_CAUSE: Readonly<Record<'unreachable' | 'http-error' | 'placeholder', Text>> = {
  unreachable: { id: 'tidak dapat dibuka', en: 'it does not load' },
  'http-error': { id: 'galat HTTP', en: 'an HTTP error' },
  placeholder: { id: 'hanya halaman pengganti', en: 'only a placeholder page' },
};

/** A short name for each finding, for tables, filters and chips (the code is the detail). */
export const FINDING_LABELS: Readonly<Record<FindingCode, Text>> = {
  unregistered: { id: 'Tidak terdaftar', en: 'Not registered' },
  'registry-not-active': { id: 'Hidup, tercatat tidak aktif', en: 'Live, listed inactive' },
  unreachable: { id: 'Tidak dapat dibuka', en: 'Does not load' },
  'registry-active-down': { id: 'Aplikasi aktif mati', en: 'Active app down' },
  'http-error': { id: 'Galat HTTP', en: 'HTTP error' },
  placeholder: { id: 'Halaman pengganti', en: 'Placeholder page' },
  'no-https': { id: 'Tanpa HTTPS', en: 'No HTTPS' },
  'login-over-http': { id: 'Login lewat HTTP', en: 'Login over HTTP' },
  'no-hsts': { id: 'Tanpa HSTS', en: 'No HSTS' },
  'version-exposed': { id: 'Versi terlihat', en: 'Version shown' },
  'stale-content': { id: 'Konten usang', en: 'Stale content' },
};

/** The short name of a finding code; a code this Pantau does not know (a newer one's) as itself. */
export function findingLabel(code: string, lang: 'id' | 'en'): string {
  return Object.hasOwn(FINDING_LABELS, code) ? FINDING_LABELS[code as FindingCode][lang] : code;
}
