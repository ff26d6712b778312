import type { HostRecord } from './host-record';
import type { RegistryEntry } from './registry/schema';

/** Badge colours: the meaning must also be in the title, never in the colour alone. */
export const BADGE_COLORS = {
  green: '#1e8e3e',
  blue: '#1a73e8',
  amber: '#f29900',
  red: '#d93025',
} as const;

export type BadgeTone = keyof typeof BADGE_COLORS;

/** i18n message names for the badge title (see public/_locales). */
export type BadgeTitleKey =
  | 'badgeRegisteredActive'
  | 'badgeRegisteredUnknown'
  | 'badgeRegisteredNotActive'
  | 'badgeFailed'
  | 'badgeUnregistered';

export interface BadgeState {
  tone: BadgeTone;
  color: string;
  text: string;
  titleKey: BadgeTitleKey;
  /** Substitutions for the title message: host, then app name or error name. */
  titleArgs: string[];
}

/**
 * The badge for a city tab, a pure function of what is known about its host:
 * unregistered → red; last visit failed, or registered as not active → amber;
 * registered and `aktif` → green; registered with no known status → blue.
 */
export function badgeFor(
  host: string,
  entry: RegistryEntry | null,
  record: HostRecord | null,
): BadgeState {
  const make = (tone: BadgeTone, text: string, titleKey: BadgeTitleKey, titleArgs: string[]): BadgeState => ({
    tone,
    color: BADGE_COLORS[tone],
    text,
    titleKey,
    titleArgs,
  });
  if (entry === null) return make('red', '?', 'badgeUnregistered', [host]);
  if (record !== null && record.lastOutcome === 'error') {
    return make('amber', '!', 'badgeFailed', [host, record.lastError ?? '']);
  }
  if (entry.status === 'tidak-aktif' || entry.status === 'pengembangan') {
    return make('amber', '!', 'badgeRegisteredNotActive', [host, entry.name]);
  }
  if (entry.status === 'aktif') return make('green', '✓', 'badgeRegisteredActive', [host, entry.name]);
  return make('blue', '✓', 'badgeRegisteredUnknown', [host, entry.name]);
}
