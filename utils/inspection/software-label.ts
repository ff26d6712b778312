import type { Software } from './types';

// Apart from detect-software.ts, so that showing a software list does not load the fingerprint table.

/** "WordPress 6.4.2", or just the name when the version is not known. */
export function softwareLabel(software: Software): string {
  return software.version === null ? software.name : `${software.name} ${software.version}`;
}
