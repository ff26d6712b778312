import type { Platform, RegistryStatus } from '../registry/schema';
import type { APP_KINDS, DEVELOPER_KINDS } from './proposal-schema';

/**
 * A draft's shape, apart from the code that reads and checks drafts (proposal-draft.ts), so the
 * popup can tell whether a site has a draft without loading the form and its validation.
 */
export interface ProposalDraft {
  host?: string;
  name?: string;
  abbreviation?: string;
  opd?: string;
  appKind?: (typeof APP_KINDS)[number];
  platforms?: Platform[];
  status?: RegistryStatus;
  yearLaunched?: number;
  developer?: { kind?: (typeof DEVELOPER_KINDS)[number]; vendorName?: string };
  personInCharge?: { name?: string; contact?: string };
  description?: string;
}

/** True when a draft holds nothing worth keeping (only a host picked from a card counts as empty). */
export function isDraftEmpty(draft: ProposalDraft): boolean {
  return Object.keys(draft).every((key) => key === 'host');
}
