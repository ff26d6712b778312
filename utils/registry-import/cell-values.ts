import { foldWww, normaliseHost, sanitiseUrl } from '../domains/host-match';
import {
  CATEGORIES,
  PLATFORMS,
  REGISTRY_STATUSES,
  UNIT_KINDS,
  type Category,
  type Platform,
  type RegistryStatus,
  type UnitKind,
} from '../registry/schema';

/**
 * Reading one CSV cell into a registry value. Office spreadsheets write the same thing many ways
 * ("Tidak Aktif", "non-aktif", "NONAKTIF"), so words are folded (lower case, one space for any run
 * of spaces, underscores and hyphens) before lookup. Anything not recognised is reported, never guessed.
 */

/** `" Non_Aktif "` → `non aktif`. */
export function foldWord(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

function table<T extends string>(canonical: readonly T[], extra: Record<string, T>): ReadonlyMap<string, T> {
  return new Map<string, T>([...canonical.map((value) => [foldWord(value), value] as const), ...Object.entries(extra)]);
}

const STATUS_WORDS = table<RegistryStatus>(REGISTRY_STATUSES, {
  active: 'aktif',
  berjalan: 'aktif',
  beroperasi: 'aktif',
  nonaktif: 'tidak-aktif',
  'non aktif': 'tidak-aktif',
  inactive: 'tidak-aktif',
  'tidak berjalan': 'tidak-aktif',
  'dalam pengembangan': 'pengembangan',
  development: 'pengembangan',
  'in development': 'pengembangan',
  'uji coba': 'pengembangan',
  kosong: 'tidak-diketahui',
  unknown: 'tidak-diketahui',
  '-': 'tidak-diketahui',
  '?': 'tidak-diketahui',
});

/** The registry status for a cell; an empty cell is `tidak-diketahui`; null when the word is not known. */
export function parseStatus(cell: string): RegistryStatus | null {
  const word = foldWord(cell);
  return word === '' ? 'tidak-diketahui' : (STATUS_WORDS.get(word) ?? null);
}

const PLATFORM_WORDS = table<Platform>(PLATFORMS, {
  website: 'web',
  situs: 'web',
  'situs web': 'web',
  'web app': 'web',
  webapp: 'web',
  'aplikasi web': 'web',
  'berbasis web': 'web',
  apk: 'android',
  'play store': 'android',
  'google play': 'android',
  iphone: 'ios',
  'app store': 'ios',
});

/**
 * The platforms in a cell such as `"Web, Android"`, `"web android"` or `"Web dan iOS"`, in the
 * registry's order. `unknown` lists the parts that name no platform ("mobile" is one: it does not
 * say Android or iOS).
 */
export function parsePlatforms(cell: string): { platforms: Platform[]; unknown: string[] } {
  const found = new Set<Platform>();
  const unknown: string[] = [];
  const parts = cell.split(/[,;/+&|]|\b(?:dan|and)\b/i).map(foldWord).filter((part) => part !== '');
  for (const part of parts) {
    const whole = PLATFORM_WORDS.get(part);
    if (whole !== undefined) {
      found.add(whole);
      continue;
    }
    const words = part.split(' ').map((word) => PLATFORM_WORDS.get(word));
    if (words.every((word): word is Platform => word !== undefined)) words.forEach((word) => found.add(word));
    else unknown.push(part);
  }
  return { platforms: PLATFORMS.filter((platform) => found.has(platform)), unknown };
}

const CATEGORY_WORDS = table<Category>(CATEGORIES, {
  'layanan publik': 'public-service',
  'pelayanan publik': 'public-service',
  publik: 'public-service',
  public: 'public-service',
  profil: 'unit-profile',
  profile: 'unit-profile',
  'profil opd': 'unit-profile',
  'website opd': 'unit-profile',
  'situs opd': 'unit-profile',
  'aplikasi internal': 'internal',
  'internal pegawai': 'internal',
});

/** The category for a non-empty cell, or null when it names none. */
export function parseCategory(cell: string): Category | null {
  return CATEGORY_WORDS.get(foldWord(cell)) ?? null;
}

const UNIT_KIND_WORDS = table<UnitKind>(UNIT_KINDS, {
  'rumah sakit': 'rsud',
  'satuan polisi pamong praja': 'satpol',
  'satpol pp': 'satpol',
  'pemerintah kota': 'pemkot',
  unknown: 'tidak-diketahui',
});

/** The unit kind for a non-empty cell, or null when it names none. */
export function parseUnitKind(cell: string): UnitKind | null {
  return UNIT_KIND_WORDS.get(foldWord(cell)) ?? null;
}

/** One token of a host cell, read as a host. */
export type HostToken =
  | { ok: true; host: string; url: string | null }
  | { ok: false; token: string };

/**
 * Reads the hosts in a cell: hostnames or URLs separated by spaces, commas, semicolons or line
 * breaks. Scheme, userinfo, port, path, query, `www.` and a trailing dot are dropped; `url` is the
 * origin and path of a token written as an http(s) URL (never its query or fragment).
 */
export function parseHostCell(cell: string): HostToken[] {
  return cell
    .split(/[\s,;]+/)
    .map((token) => token.replace(/^[<"'(]+|[>"')]+$/g, ''))
    .filter((token) => token !== '')
    .map(parseHostToken);
}

function parseHostToken(token: string): HostToken {
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(token) && !/^[^:/]+:\d+(?:\/|$)/.test(token);
  let parsed: URL;
  try {
    parsed = new URL(hasScheme ? token : `http://${token}`);
  } catch {
    return { ok: false, token };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, token };
  const normalised = normaliseHost(parsed.hostname);
  if (normalised === null) return { ok: false, token };
  const host = foldWww(normalised);
  return { ok: true, host, url: hasScheme ? sanitiseUrl(parsed.href) : null };
}
