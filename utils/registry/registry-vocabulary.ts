/**
 * The registry's words and bounds, apart from its schema (schema.ts), so screens that only show
 * them (the popup's counts and search) do not load the validator.
 */

/** What the sources say about whether an app is in use. `tidak-diketahui` unless they are clear. */
export const REGISTRY_STATUSES = ['aktif', 'tidak-aktif', 'pengembangan', 'tidak-diketahui'] as const;
export type RegistryStatus = (typeof REGISTRY_STATUSES)[number];

/**
 * Kinds of owning unit. The first nine are opd.csv's `kind` values; `kelurahan` is for `*.kel.`
 * hosts, `pemkot` for city-wide things (the portal), `tidak-diketahui` when no source names an owner.
 */
/** The kinds of unit that can have a site of their own: opd.csv's kinds, then kelurahan. */
export const SITE_UNIT_KINDS = ['sekretariat', 'inspektorat', 'bagian', 'dinas', 'satpol', 'badan', 'rsud', 'lembaga', 'kecamatan', 'kelurahan'] as const;
export const UNIT_KINDS = [...SITE_UNIT_KINDS, 'pemkot', 'tidak-diketahui'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * `public-service`: something residents or businesses use; `unit-profile`: a unit's (or the city's)
 * own website; `internal`: staff systems, APIs and mail hosts that are city hosts but not services.
 */
export const CATEGORIES = ['public-service', 'unit-profile', 'internal'] as const;
export type Category = (typeof CATEGORIES)[number];

export const PLATFORMS = ['web', 'android', 'ios'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Bounds on every registry field, far above anything real (the bundled registry's longest name is
 * 74 characters, its longest description 696), so a hostile file (a 4.5 MB app name) is refused
 * with a reason instead of being stored and shown. The CSV import words the same limits per cell.
 */
export const REGISTRY_LIMITS = {
  id: 80,
  name: 300,
  abbreviation: 60,
  opd: 300,
  description: 4000,
  source: 500,
  sources: 50,
  hosts: 100,
  androidPackage: 255,
  url: 2048,
  domains: 20,
  entries: 5000,
  version: 64,
} as const;
