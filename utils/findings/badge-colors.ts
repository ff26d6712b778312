// The colours alone, apart from badge.ts (which computes the badge from findings), for pages that only show them.

/** Badge colours: the meaning must also be in the title, never in the colour alone. */
export const BADGE_COLORS = {
  green: '#1e8e3e',
  blue: '#1a73e8',
  amber: '#f29900',
  red: '#d93025',
  /** Only for a registered `aktif` app that is down: darker than any severity colour, with its own mark. */
  critical: '#7d0a0a',
} as const;

export type BadgeTone = keyof typeof BADGE_COLORS;
