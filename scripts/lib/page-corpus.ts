/**
 * The inspection corpus (tests/fixtures/pages): realistic pemda-style pages and what Pantau must
 * find on each. Shared by the unit tests (pure detectors over happy-dom), the real-Chromium test
 * (served on loopback under city host names) and the benchmark.
 *
 * Pages hold date tokens so they stay fresh or stale whatever day the tests run:
 * `{{date:-2d:id-long}}` (formats iso, dmy, id-long, id-short, en-long), `{{weekday:0d}}`, `{{year}}`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import '../../utils/text/zod-english';

// From the module's own path (a string: happy-dom replaces the global URL in unit tests).
export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/pages');

const expectSchema = z.object({
  findings: z.array(z.string()),
  software: z.array(z.string()),
  placeholder: z.nullable(z.string()),
  passwordField: z.nullable(z.boolean()),
  /** `YYYY-MM-DD`, an offset like `-2d`, or null. */
  newestDate: z.nullable(z.string()),
  copyrightYear: z.nullable(z.union([z.int(), z.literal('this-year')])),
  truncated: z.optional(z.boolean()),
  error: z.optional(z.string()),
});

const pageSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  file: z.optional(z.string()),
  generate: z.optional(z.enum(['huge-dom', 'title-1mb'])),
  what: z.string(),
  scheme: z.enum(['http', 'https']),
  redirectFromHttp: z.optional(z.boolean()),
  tls: z.optional(z.literal('untrusted')),
  /** Only a real browser can produce it (a TLS failure): the unit tests skip it. */
  browserOnly: z.optional(z.boolean()),
  status: z.int(),
  headers: z.record(z.string(), z.string()),
  expect: expectSchema,
});

export type CorpusPage = z.infer<typeof pageSchema>;

/** The corpus manifest, validated (a typo in it fails loudly rather than testing nothing). */
export function loadCorpus(): CorpusPage[] {
  const manifest = JSON.parse(readFileSync(resolve(CORPUS_DIR, 'manifest.json'), 'utf8')) as { pages: unknown };
  return z.array(pageSchema).check(z.minLength(1)).parse(manifest.pages);
}

/** The stand-in host a corpus page is served under: obviously not a real city app. */
export const corpusHost = (page: Pick<CorpusPage, 'id'>) => `contoh-${page.id}.makassarkota.go.id`;

const DAY = 86_400_000;
const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_ID_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A local date `days` from `now` in one of the corpus formats. */
export function formatDate(now: number, days: number, format: string): string {
  const d = new Date(now + days * DAY);
  const [y, m, day] = [d.getFullYear(), d.getMonth(), d.getDate()];
  switch (format) {
    case 'iso':
      return `${y}-${pad(m + 1)}-${pad(day)}`;
    case 'dmy':
      return `${pad(day)}/${pad(m + 1)}/${y}`;
    case 'id-long':
      return `${day} ${MONTHS_ID[m]} ${y}`;
    case 'id-short':
      return `${day} ${MONTHS_ID_SHORT[m]} ${y}`;
    case 'en-long':
      return `${MONTHS_EN[m]} ${day}, ${y}`;
    default:
      throw new Error(`unknown date format in corpus: ${format}`);
  }
}

/** Replaces the date tokens of a page as of `now`. */
export function expandTokens(html: string, now: number): string {
  return html
    .replace(/\{\{date:([+-]?\d+)d:([a-z-]+)\}\}/g, (_m, days: string, format: string) => formatDate(now, Number(days), format))
    .replace(/\{\{weekday:([+-]?\d+)d\}\}/g, (_m, days: string) => WEEKDAYS_ID[new Date(now + Number(days) * DAY).getDay()]!)
    .replace(/\{\{year\}\}/g, String(new Date(now).getFullYear()));
}

/** A page with `count` elements in rows, for "huge DOM" tests: bounded work must stop early. */
export function hugeDomPage(now: number, count = 120_000): string {
  const rows: string[] = [];
  for (let i = 0; i < count / 3; i++) rows.push(`<div class="r"><span>Warga ${i}</span><b>RT ${i % 20}</b></div>`);
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Daftar penduduk (uji DOM besar)</title></head><body><h1>Daftar penduduk</h1><p>Diperbarui ${formatDate(now, -1, 'id-long')}</p>${rows.join('')}</body></html>`;
}

/** A page whose title is one megabyte. */
export function megabyteTitlePage(): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${'Judul sangat panjang '.repeat(50_000)}</title></head><body><h1>Judul raksasa</h1><p>Halaman uji dengan judul satu megabita untuk memastikan pemeriksaan tetap terbatas.</p></body></html>`;
}

/**
 * About `bytes` of realistic news listing (for the benchmark): the size of a long portal front
 * page with every archive expanded.
 */
export function bigNewsPage(now: number, bytes = 1_000_000): string {
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item = `<article class="post"><h2><a href="/berita/${i}">Kegiatan pelayanan publik nomor ${i} di Kecamatan Contoh</a></h2><p class="meta">${formatDate(now, -(i % 400) - 1, i % 2 === 0 ? 'id-long' : 'dmy')} &middot; admin</p><p>Warga mengikuti kegiatan pelayanan terpadu yang diselenggarakan pemerintah kecamatan bersama kelurahan dan puskesmas setempat, membahas kebersihan lorong dan layanan administrasi kependudukan.</p></article>`;
    items.push(item);
    size += item.length;
  }
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Arsip berita (1 MB)</title><meta name="generator" content="WordPress 6.4.2"><script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script></head><body><h1>Arsip berita</h1>${items.join('')}<footer>&copy; ${new Date(now).getFullYear()} Kecamatan Contoh</footer></body></html>`;
}

/**
 * The HTML a corpus page serves as of `now` (tokens expanded, or generated); null for a
 * browser-only page without HTML. `hugeDomElements` shrinks the huge page for DOM
 * implementations far slower than a browser's (happy-dom takes seconds over 120,000 elements).
 */
export function corpusHtml(page: CorpusPage, now: number, options: { hugeDomElements?: number } = {}): string | null {
  if (page.generate === 'huge-dom') return hugeDomPage(now, options.hugeDomElements);
  if (page.generate === 'title-1mb') return megabyteTitlePage();
  if (page.file === undefined) return null;
  return expandTokens(readFileSync(resolve(CORPUS_DIR, page.file), 'utf8'), now);
}

/** An expected date as `YYYY-MM-DD` (offsets resolved against `now`). */
export function expectedDate(value: string | null, now: number): string | null {
  if (value === null) return null;
  const offset = /^([+-]?\d+)d$/.exec(value);
  return offset === null ? value : formatDate(now, Number(offset[1]), 'iso');
}

/** An expected copyright year (`this-year` resolved against `now`). */
export function expectedYear(value: number | 'this-year' | null, now: number): number | null {
  return value === 'this-year' ? new Date(now).getFullYear() : value;
}

/**
 * A pemda-style WordPress front page of about 47 kB (the benchmark's typical city page): the
 * generator tag, an inline theme stylesheet, 60 navigation links, 40 dated articles and a footer.
 * No sub-resources, so its load time is the browser's and the extension's, not the server's.
 */
export function pemdaPage(now: number): string {
  const menu = Array.from({ length: 60 }, (_, i) => `<li class="menu-item menu-item-${i}"><a href="/layanan/${i}/">Layanan publik ${i + 1}</a></li>`).join('');
  const articles = Array.from(
    { length: 40 },
    (_, i) =>
      `<article id="post-${1000 + i}" class="post type-post status-publish format-standard hentry category-berita"><header class="entry-header"><h2 class="entry-title"><a href="/berita/${2026 - (i % 3)}/kegiatan-${i}/" rel="bookmark">Kegiatan pelayanan masyarakat nomor ${i + 1} bersama kelurahan</a></h2><div class="entry-meta"><time class="entry-date published" datetime="${formatDate(now, -i - 1, 'iso')}T08:00:00+08:00">${formatDate(now, -i - 1, 'id-long')}</time> oleh <span class="author">admin</span></div></header><div class="entry-summary"><p>Pemerintah Kota Makassar melalui perangkat daerah menyelenggarakan kegiatan pelayanan terpadu bagi warga, membahas administrasi kependudukan, kebersihan lorong, kesehatan keluarga dan layanan perizinan di kecamatan dan kelurahan.</p></div><footer class="entry-footer"><a href="/berita/${i}/#comments">0 komentar</a></footer></article>`,
  ).join('');
  const css = Array.from({ length: 100 }, (_, i) => `.menu-item-${i} a{color:#1a4d8f;padding:4px ${i % 8}px}.post-${1000 + i} .entry-title{font-size:1.${i % 9}em}`).join('');
  return `<!doctype html><html lang="id-ID"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Dinas Contoh &#8211; Pemerintah Kota Makassar</title><meta name="generator" content="WordPress 6.4.3"><style id="theme-inline-css">${css}</style></head><body class="home blog wp-embed-responsive"><div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Dinas Contoh Kota Makassar</a></p><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${menu}</ul></nav></header><main id="main" class="site-main"><h1 class="page-title">Berita terbaru</h1>${articles}</main><footer id="colophon" class="site-footer"><p>&copy; ${new Date(now).getFullYear()} Dinas Contoh, Pemerintah Kota Makassar. Dibuat dengan WordPress.</p></footer></div></body></html>`;
}
