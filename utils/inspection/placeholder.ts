import { showsNothing } from './page-reading';
import type { PlaceholderKind } from './types';

/**
 * Placeholder pages: what a host shows when no app is really there. Written from the pages the
 * servers and hosting panels ship (Apache's "It works!" and distribution test pages, nginx's
 * welcome page, IIS's start page, LiteSpeed's, cPanel's and Plesk's default and suspended pages,
 * autoindex listings) and from how pemda sites announce construction and maintenance.
 */
export interface PlaceholderEvidence {
  title: string;
  /** h1/h2 texts, bounded. */
  headings: readonly string[];
  /** Visible text (bounded), whitespace collapsed. */
  text: string;
  /** Images, frames, embeds, canvases, form controls: things that are content without text. */
  contentElements: number;
}

/** Coming-soon and maintenance words count in running text only on a page shorter than this. */
const SHORT_PAGE_CHARS = 1500;
/** Server default pages are recognised near the top of the page, where they say who they are. */
const HEAD_CHARS = 3000;

const SUSPENDED = [
  /account (?:has been )?suspended/i,
  /this (?:account|website|site) (?:has been|is) suspended/i,
  /(?:akun|situs|website|laman)(?: ini)? (?:telah |sedang )?di ?tangguhkan/i,
];

const SERVER_DEFAULT = [
  /apache2? (?:ubuntu|debian|centos)? ?default page/i,
  /test page for the (?:apache|nginx)(?: http)? server/i,
  /http server test page/i,
  /welcome to nginx!?/i,
  /if you see this page, the nginx web server is successfully installed/i,
  /\biis windows server\b/i,
  /^iis\d*$/i,
  /internet information services/i,
  /(?:open)?litespeed web server.{0,80}(?:successfully installed|default page|congratulations)/i,
  /welcome to openlitespeed/i,
  /default web site page/i,
  /future home of something quite cool/i,
  /domain default page/i,
];
const IT_WORKS = /^it works!?$/i;

const DIRECTORY_LISTING = /^(?:index of|directory listing for) \//i;

const MAINTENANCE = [
  /sedang (?:dalam )?(?:perbaikan|pemeliharaan|maintenance|maintenis)/i,
  /dalam (?:masa |tahap )?(?:perbaikan|pemeliharaan)/i,
  /under maintenance/i,
  /maintenance mode/i,
  /down for (?:scheduled )?maintenance/i,
  /briefly unavailable for scheduled maintenance/i,
  /we(?:'|’)ll be back soon/i,
];

const COMING_SOON = [
  /coming soon/i,
  /under construction/i,
  /segera hadir/i,
  /(?:sedang|masih) (?:dalam )?(?:tahap )?(?:dibangun|pembangunan|pengembangan)/i,
  /dalam (?:tahap )?pembangunan/i,
];

const any = (patterns: readonly RegExp[], texts: readonly string[]) => patterns.some((p) => texts.some((t) => p.test(t)));

/**
 * The kind of placeholder a page is, or null for a real page. Most telling first: a suspended
 * account or a listing says more than the words "coming soon" somewhere on it.
 */
export function detectPlaceholder(page: PlaceholderEvidence): PlaceholderKind | null {
  const title = page.title.trim();
  const prominent = [title, ...page.headings];
  const head = page.text.slice(0, HEAD_CHARS);
  const isShort = page.text.length < SHORT_PAGE_CHARS;

  if (any(SUSPENDED, [...prominent, head])) return 'suspended';
  if (DIRECTORY_LISTING.test(title) || page.headings.some((h) => DIRECTORY_LISTING.test(h.trim()))) return 'directory-listing';
  if (any(SERVER_DEFAULT, [...prominent, head])) return 'server-default';
  if (isShort && (IT_WORKS.test(page.text.trim()) || page.headings.some((h) => IT_WORKS.test(h.trim())))) return 'server-default';
  const wordsAt = isShort ? [...prominent, page.text] : prominent;
  if (any(MAINTENANCE, wordsAt)) return 'maintenance';
  if (any(COMING_SOON, wordsAt)) return 'coming-soon';
  if (showsNothing(page)) return 'empty';
  return null;
}
