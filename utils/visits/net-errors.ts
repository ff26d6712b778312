import type { LocalText } from '../text/local-text';
import { firefoxErrorName, firefoxSecurityFamily } from './firefox-error-codes';

/**
 * Which navigation errors count as a failed visit. `net::ERR_ABORTED` is the user (or a download)
 * stopping the load and says nothing about the site; blocks by another extension or by policy are
 * the browser's doing, not the site's; and a collector who is offline (or whose network changed
 * mid-load) would otherwise mark every site they open as down.
 */
const NOT_A_SITE_FAILURE = new Set([
  'net::ERR_ABORTED',
  'net::ERR_BLOCKED_BY_CLIENT',
  'net::ERR_BLOCKED_BY_ADMINISTRATOR',
  'net::ERR_INTERNET_DISCONNECTED',
  'net::ERR_NETWORK_CHANGED',
  'NS_BINDING_ABORTED',
  'NS_ERROR_ABORT',
  'NS_ERROR_OFFLINE',
]);

/** The error name to store for a failed top-level navigation, or null when it is not the site's failure. */
export function siteFailureName(error: unknown): string | null {
  if (typeof error !== 'string') return null;
  // Chrome reports `net::ERR_…`; Firefox's webNavigation reports "Error code <nsresult>", named
  // here so it is stored, grouped and filtered like webRequest's NS_… names. Keep a bounded, printable name.
  const name = firefoxErrorName(error).replace(/[^\w:.\- ]/g, '').trim().slice(0, 80);
  if (name.length === 0 || NOT_A_SITE_FAILURE.has(name)) return null;
  return name;
}

/**
 * Pantau's name for a failure Firefox's webRequest reports only as its security module's localized
 * sentence ("Peer's Certificate issuer is not recognized.", or the same in Indonesian): a failed
 * certificate check or TLS handshake whose NSS code the extension is not given.
 */
export const FIREFOX_SECURITY_MESSAGE = 'SEC_ERROR_TLS_OR_CERTIFICATE';

/** An error code as browsers report them: `net::ERR_…`, `NS_…`/`SEC_…`-style names, `Error code N`. */
const ERROR_CODE = /^(?:net::)?[A-Z][A-Z0-9_]*$|^Error code \d{1,10}$/;

/**
 * The error name to store for a failed top-level response (webRequest.onErrorOccurred), or null
 * when it is not the site's failure. Decided by shape, not language: anything that is not a code is
 * Firefox's security-module sentence, stored as FIREFOX_SECURITY_MESSAGE (the sentence is dropped:
 * its wording depends on the collector's Firefox language and says nothing the code does not).
 */
export function webRequestFailureName(error: unknown): string | null {
  if (typeof error !== 'string') return null;
  const trimmed = error.trim();
  if (trimmed === '') return null;
  return siteFailureName(ERROR_CODE.test(trimmed) ? trimmed : FIREFOX_SECURITY_MESSAGE);
}

/** Families of load failure, each with one explanation (modelled on GSA Site Scanning's scan statuses). */
export type NetErrorGroup = 'dns' | 'refused' | 'timeout' | 'reset' | 'certificate' | 'tls' | 'security' | 'redirects' | 'response' | 'other';

const EXACT: Readonly<Record<string, NetErrorGroup>> = {
  'net::ERR_NAME_NOT_RESOLVED': 'dns',
  'net::ERR_NAME_RESOLUTION_FAILED': 'dns',
  'net::ERR_DNS_TIMED_OUT': 'dns',
  NS_ERROR_UNKNOWN_HOST: 'dns',
  NS_ERROR_DEFINITIVE_UNKNOWN_HOST: 'dns',
  'net::ERR_CONNECTION_REFUSED': 'refused',
  'net::ERR_ADDRESS_UNREACHABLE': 'refused',
  NS_ERROR_CONNECTION_REFUSED: 'refused',
  'net::ERR_CONNECTION_TIMED_OUT': 'timeout',
  'net::ERR_TIMED_OUT': 'timeout',
  NS_ERROR_NET_TIMEOUT: 'timeout',
  NS_ERROR_NET_TIMEOUT_EXTERNAL: 'timeout',
  'net::ERR_CONNECTION_RESET': 'reset',
  'net::ERR_CONNECTION_CLOSED': 'reset',
  'net::ERR_CONNECTION_ABORTED': 'reset',
  'net::ERR_EMPTY_RESPONSE': 'reset',
  NS_ERROR_NET_RESET: 'reset',
  NS_ERROR_NET_INTERRUPT: 'reset',
  NS_ERROR_NET_PARTIAL_TRANSFER: 'reset',
  'net::ERR_TOO_MANY_REDIRECTS': 'redirects',
  NS_ERROR_REDIRECT_LOOP: 'redirects',
  'net::ERR_INVALID_RESPONSE': 'response',
  'net::ERR_INVALID_HTTP_RESPONSE': 'response',
  'net::ERR_HTTP2_PROTOCOL_ERROR': 'response',
  'net::ERR_CONTENT_DECODING_FAILED': 'response',
  'net::ERR_RESPONSE_HEADERS_TRUNCATED': 'response',
  NS_ERROR_CORRUPTED_CONTENT: 'response',
  NS_ERROR_INVALID_CONTENT_ENCODING: 'response',
  NS_ERROR_PARSING_HTTP_STATUS_LINE: 'response',
  SEC_ERROR_TLS_OR_CERTIFICATE: 'security', // FIREFOX_SECURITY_MESSAGE
};

/** The family of an error name (Chrome's `net::ERR_…`, Firefox's `NS_…`/`SEC_…`/`SSL_…`). */
export function netErrorGroup(name: string | null | undefined): NetErrorGroup {
  if (typeof name !== 'string') return 'other';
  const exact = EXACT[name];
  if (exact !== undefined) return exact;
  if (/^net::ERR_CERT_|^(?:SEC_ERROR|MOZILLA_PKIX_ERROR)_|^SSL_ERROR_BAD_CERT/.test(name)) return 'certificate';
  if (/^net::ERR_SSL_|^SSL_ERROR_/.test(name)) return 'tls';
  return firefoxSecurityFamily(name) ?? 'other';
}

type Text = LocalText;

/** What each family means and what to do about it, in Indonesian and English. */
export const NET_ERROR_EXPLANATIONS: Readonly<Record<NetErrorGroup, { meaning: Text; action: Text }>> = {
  dns: {
    meaning: { id: 'Nama host ini tidak ditemukan di DNS: tidak lagi menunjuk ke server mana pun.', en: 'The host name is not in DNS: it no longer points to any server.' },
    action: { id: 'Periksa catatan DNS subdomain ini di pengelola domain; hapus bila aplikasinya sudah tidak dipakai.', en: 'Check the subdomain’s DNS record with the domain administrator; remove it if the app is no longer used.' },
  },
  refused: {
    meaning: { id: 'Server menolak sambungan: tidak ada layanan web yang berjalan di alamat ini.', en: 'The server refused the connection: no web service is running at this address.' },
    action: { id: 'Minta pengelola server memastikan server web (Apache/nginx) hidup dan port 80/443 terbuka.', en: 'Ask the server administrator to make sure the web server (Apache/nginx) is running and ports 80/443 are open.' },
  },
  timeout: {
    meaning: { id: 'Server tidak menjawab dalam batas waktu.', en: 'The server did not answer in time.' },
    action: { id: 'Periksa apakah server menyala dan tidak terblokir firewall; coba lagi dari jaringan lain.', en: 'Check that the server is up and not blocked by a firewall; try again from another network.' },
  },
  reset: {
    meaning: { id: 'Sambungan terputus sebelum server mengirim halaman.', en: 'The connection dropped before the server sent the page.' },
    action: { id: 'Periksa log dan beban server web; bila hanya sekali, kunjungi ulang untuk memastikan.', en: 'Check the web server’s logs and load; if it happened once, visit again to confirm.' },
  },
  certificate: {
    meaning: { id: 'Sertifikat HTTPS situs ini tidak sah: penerbitnya tidak dipercaya, namanya tidak cocok, atau kedaluwarsa.', en: 'The site’s HTTPS certificate is not valid: untrusted issuer, wrong name, or expired.' },
    action: { id: 'Pasang sertifikat sah untuk nama host ini (misalnya Let’s Encrypt) dan atur perpanjangan otomatis.', en: 'Install a valid certificate for this host name (e.g. Let’s Encrypt) and set up automatic renewal.' },
  },
  tls: {
    meaning: { id: 'Jabat tangan TLS gagal: server memakai protokol atau cipher yang tidak didukung peramban.', en: 'The TLS handshake failed: the server uses a protocol or cipher the browser does not support.' },
    action: { id: 'Perbarui konfigurasi TLS server ke TLS 1.2/1.3 dengan cipher modern.', en: 'Update the server’s TLS configuration to TLS 1.2/1.3 with modern ciphers.' },
  },
  security: {
    meaning: { id: 'Peramban menolak sambungan HTTPS ke situs ini: sertifikatnya tidak sah atau jabat tangan TLS gagal.', en: 'The browser refused the HTTPS connection to this site: its certificate is not valid or the TLS handshake failed.' },
    action: { id: 'Periksa sertifikat (penerbit, nama host, masa berlaku) dan konfigurasi TLS server; buka situs di Firefox untuk melihat rinciannya.', en: 'Check the certificate (issuer, host name, expiry) and the server’s TLS configuration; open the site in Firefox to see the details.' },
  },
  redirects: {
    meaning: { id: 'Situs terus mengalihkan tanpa akhir.', en: 'The site keeps redirecting without end.' },
    action: { id: 'Periksa aturan pengalihan (HTTP→HTTPS, www) di server web dan aplikasi.', en: 'Check the redirect rules (HTTP→HTTPS, www) in the web server and the app.' },
  },
  response: {
    meaning: { id: 'Server mengirim jawaban yang rusak atau tidak dapat dibaca.', en: 'The server sent a broken or unreadable response.' },
    action: { id: 'Periksa konfigurasi server web dan aplikasi (kompresi, HTTP/2, header).', en: 'Check the web server and app configuration (compression, HTTP/2, headers).' },
  },
  other: {
    meaning: { id: 'Peramban gagal memuat situs ini.', en: 'The browser could not load this site.' },
    action: { id: 'Catat kode galatnya dan teruskan ke pengelola server.', en: 'Note the error code and pass it to the server administrator.' },
  },
};

/** "Meaning. What to do." for an error name, in one language. */
export function explainNetError(name: string | null | undefined, lang: 'id' | 'en'): string {
  const { meaning, action } = NET_ERROR_EXPLANATIONS[netErrorGroup(name)];
  return `${meaning[lang]} ${action[lang]}`;
}

/** A short name for each family, the words shown before the code (the code stays secondary). */
export const NET_ERROR_LABELS: Readonly<Record<NetErrorGroup, Text>> = {
  dns: { id: 'nama host tidak ditemukan', en: 'host name not found' },
  refused: { id: 'sambungan ditolak', en: 'connection refused' },
  timeout: { id: 'tidak menjawab tepat waktu', en: 'no answer in time' },
  reset: { id: 'sambungan terputus', en: 'connection dropped' },
  certificate: { id: 'sertifikat HTTPS tidak sah', en: 'invalid HTTPS certificate' },
  tls: { id: 'jabat tangan TLS gagal', en: 'TLS handshake failed' },
  security: { id: 'sertifikat atau TLS ditolak', en: 'certificate or TLS rejected' },
  redirects: { id: 'pengalihan tanpa akhir', en: 'endless redirects' },
  response: { id: 'jawaban server rusak', en: 'broken server response' },
  other: { id: 'gagal dimuat', en: 'failed to load' },
};

/**
 * The words for an error name. `net::ERR_FAILED` is what a page's fetch (the census sweep) gets
 * for every network failure, where a visit would see the precise cause (`ERR_NAME_NOT_RESOLVED`):
 * it says so, rather than suggesting the two disagree.
 */
export function netErrorLabel(name: string | null | undefined, lang: 'id' | 'en'): string {
  if (name === 'net::ERR_FAILED') return lang === 'id' ? 'tidak dapat dihubungi (sebab pastinya hanya terlihat saat situs dikunjungi)' : 'cannot be reached (the exact cause shows only when the site is visited)';
  return NET_ERROR_LABELS[netErrorGroup(name)][lang];
}
