import { PLATFORMS, REGISTRY_STATUSES, type Platform, type RegistryStatus } from '../registry/schema';
import { APP_KINDS, DEVELOPER_KINDS, PROPOSAL_LIMITS, type Proposal, type ProposalProblem } from './proposal-schema';
import type { ProposalField } from './proposal-labels';
import type { ProposalDraft } from './proposal-draft-shape';

export { isDraftEmpty, type ProposalDraft } from './proposal-draft-shape';

/**
 * A draft: what the form holds so far, saved as the user types so closing the popup loses nothing.
 * Drafts validate leniently: whatever is stored (an older shape, a tampered value) is read into a
 * well-typed draft by keeping each field that has the right type and dropping the rest; text is cut
 * to the form's limits rather than refused. Only submitting runs the full `validateProposal`.
 */


function str(value: unknown, max: number): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Drops undefined keys so a stored draft has no noise. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Reads anything into a draft. Never throws. */
export function parseDraft(input: unknown): ProposalDraft {
  try {
    const raw = record(input);
    const developer = record(raw.developer);
    const person = record(raw.personInCharge);
    const year = typeof raw.yearLaunched === 'string' && /^\d{4}$/.test(raw.yearLaunched) ? Number(raw.yearLaunched) : raw.yearLaunched;
    const platforms = Array.isArray(raw.platforms) ? PLATFORMS.filter((p) => (raw.platforms as unknown[]).includes(p)) : undefined;
    const dev = compact({ kind: oneOf(developer.kind, DEVELOPER_KINDS), vendorName: str(developer.vendorName, PROPOSAL_LIMITS.vendorName) });
    const pic = compact({ name: str(person.name, PROPOSAL_LIMITS.person), contact: str(person.contact, PROPOSAL_LIMITS.person) });
    return compact({
      host: str(raw.host, 253),
      name: str(raw.name, PROPOSAL_LIMITS.name),
      abbreviation: str(raw.abbreviation, PROPOSAL_LIMITS.abbreviation),
      opd: str(raw.opd, PROPOSAL_LIMITS.opd),
      appKind: oneOf(raw.appKind, APP_KINDS),
      platforms,
      status: oneOf(raw.status, REGISTRY_STATUSES),
      yearLaunched: typeof year === 'number' && Number.isInteger(year) ? year : undefined,
      developer: Object.keys(dev).length > 0 ? dev : undefined,
      personInCharge: Object.keys(pic).length > 0 ? pic : undefined,
      description: str(raw.description, PROPOSAL_LIMITS.description),
    });
  } catch {
    // A hostile object (throwing getters) yields an empty draft rather than a broken form.
    return {};
  }
}

/** Required fields still empty in a draft, in form order (for "3 kolom wajib belum diisi"). */
export function missingRequired(draft: ProposalDraft): ProposalField[] {
  const blank = (value: string | undefined) => value === undefined || value.trim() === '';
  const missing: ProposalField[] = [];
  if (blank(draft.host)) missing.push('host');
  if (blank(draft.name)) missing.push('name');
  if (blank(draft.opd)) missing.push('opd');
  if (draft.appKind === undefined) missing.push('appKind');
  if ((draft.platforms ?? []).length === 0) missing.push('platforms');
  if (draft.status === undefined) missing.push('status');
  if (draft.developer?.kind === 'vendor' && blank(draft.developer.vendorName)) missing.push('developer.vendorName');
  return missing;
}

/** A new draft for a host, prefilled from what is known (a visited page's title as the name). */
export function draftForHost(host: string, known: { title?: string | null; opd?: string } = {}): ProposalDraft {
  return compact({ host, name: known.title?.slice(0, PROPOSAL_LIMITS.name) ?? undefined, opd: known.opd, platforms: ['web' as Platform] });
}

/** The draft a submitted proposal came from, e.g. to edit it again. */
export function draftFromProposal(proposal: Proposal): ProposalDraft {
  return parseDraft(proposal);
}

/**
 * What a form submits: the draft with its optional groups dropped when they say nothing (no
 * developer kind chosen, no person in charge typed), so validateProposal checks what was meant.
 */
export function draftToProposalInput(draft: ProposalDraft): Record<string, unknown> {
  const { developer, personInCharge, ...rest } = draft;
  const blank = (text: string | undefined) => text === undefined || text.trim() === '';
  return {
    ...rest,
    // A vendor name left over from before "in-house" was chosen says nothing.
    ...(developer?.kind === undefined ? {} : { developer: developer.kind === 'vendor' ? developer : { kind: developer.kind } }),
    ...(personInCharge === undefined || (blank(personInCharge.name) && blank(personInCharge.contact)) ? {} : { personInCharge }),
  };
}

/** The year field as typed: empty is fine (optional), otherwise four digits. */
export function yearTextProblem(text: string): ProposalProblem | null {
  if (text.trim() === '' || /^\s*\d{4}\s*$/.test(text)) return null;
  return { field: 'yearLaunched', code: 'invalid', message: { id: 'Tahun mulai digunakan harus 4 angka, mis. 2021.', en: 'The year launched must be 4 digits, e.g. 2021.' } };
}
