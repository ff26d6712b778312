import * as z from 'zod/mini';
import '../text/zod-english';
import { removeInvisible } from '../text/clean-text';
import { isUnderDomain } from '../domains/host-match';
import type { LocalText } from '../registry-import/problems';
import { hostnameSchema, PLATFORMS, REGISTRY_STATUSES } from '../registry/schema';
import { FIELD_LABELS, type ProposalField } from './proposal-labels';
import { valueAt } from '../text/zod-issues';

/**
 * "Laporkan aplikasi": a staff member's proposal of a registry entry for an unregistered city host,
 * with the fields Indonesian SPBE application inventories ask for. Required: host, app name, owning
 * OPD, kind, at least one platform and a status; the rest is welcome but optional, since the person
 * reporting often does not know the developer or the year.
 */

/** SPBE's split: `umum` is an application shared across government, `khusus` one built for a unit's own task. */
export const APP_KINDS = ['umum', 'khusus'] as const;
export const DEVELOPER_KINDS = ['in-house', 'vendor'] as const;
export const EARLIEST_YEAR = 1990;
export const PROPOSAL_LIMITS = { name: 300, abbreviation: 60, opd: 300, vendorName: 200, person: 200, description: 1000 } as const;

// Zero-width and bidi characters out first (lookalike names, reversed text), as in registry names.
const text = (max: number) => z.string().check(z.overwrite(removeInvisible), z.trim(), z.minLength(1), z.maxLength(max));
// A blank answer is no answer (what zod classic's z.preprocess did: a transform piped into the schema).
const optionalText = (max: number) =>
  z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' && removeInvisible(value).trim() === '' ? undefined : value)),
    z.optional(z.string().check(z.overwrite(removeInvisible), z.trim(), z.maxLength(max))),
  );

/** The shape of a complete proposal (the year's upper bound and the host's domain are checked in `validateProposal`). */
export const proposalSchema = z.strictObject({
  host: hostnameSchema,
  name: text(PROPOSAL_LIMITS.name),
  abbreviation: optionalText(PROPOSAL_LIMITS.abbreviation),
  opd: text(PROPOSAL_LIMITS.opd),
  appKind: z.enum(APP_KINDS),
  platforms: z.array(z.enum(PLATFORMS)).check(z.minLength(1)),
  status: z.enum(REGISTRY_STATUSES),
  yearLaunched: z.optional(z.int().check(z.gte(EARLIEST_YEAR))),
  developer: z.optional(z.strictObject({ kind: z.enum(DEVELOPER_KINDS), vendorName: optionalText(PROPOSAL_LIMITS.vendorName) })),
  personInCharge: z.optional(
    z.strictObject({ name: optionalText(PROPOSAL_LIMITS.person), contact: optionalText(PROPOSAL_LIMITS.person) }),
  ),
  description: optionalText(PROPOSAL_LIMITS.description),
});

export type Proposal = z.infer<typeof proposalSchema>;

/** A stored proposal: the proposal, who made it (settings at the time) and when (epoch ms). Keyed by host. */
export const proposalRecordSchema = z.strictObject({
  proposal: proposalSchema,
  collector: z.strictObject({
    name: z.string().check(z.maxLength(PROPOSAL_LIMITS.person)),
    unit: z.string().check(z.maxLength(PROPOSAL_LIMITS.opd)),
  }),
  createdAt: z.int().check(z.nonnegative()),
});

export type ProposalProblemCode = 'required' | 'too-long' | 'invalid' | 'outside-domains' | 'year-range' | 'vendor-name-required';

export interface ProposalProblem {
  field: ProposalField;
  code: ProposalProblemCode;
  message: LocalText;
}

export type ProposalValidation = { ok: true; proposal: Proposal } | { ok: false; problems: ProposalProblem[] };

function problem(field: ProposalField, code: ProposalProblemCode, extra?: LocalText): ProposalProblem {
  const label = FIELD_LABELS[field];
  const words: Record<ProposalProblemCode, LocalText> = {
    required: { id: `${label.id} wajib diisi.`, en: `${label.en} is required.` },
    'too-long': { id: `${label.id} terlalu panjang.`, en: `${label.en} is too long.` },
    invalid: { id: `${label.id} tidak sah.`, en: `${label.en} is not valid.` },
    'outside-domains': { id: `${label.id} harus berada di domain yang dipantau.`, en: `${label.en} must be under a watched domain.` },
    'year-range': { id: `${label.id} harus antara ${EARLIEST_YEAR} dan tahun ini.`, en: `${label.en} must be between ${EARLIEST_YEAR} and this year.` },
    'vendor-name-required': { id: 'Nama vendor wajib diisi bila pengembangnya vendor.', en: 'The vendor name is required when a vendor built it.' },
  };
  return { field, code, message: extra ?? words[code] };
}

function fieldOf(path: readonly PropertyKey[]): ProposalField {
  const [first, second] = path;
  if (first === 'developer' && second === 'vendorName') return 'developer.vendorName';
  if (first === 'developer') return 'developer.kind';
  if (first === 'personInCharge' && second === 'contact') return 'personInCharge.contact';
  if (first === 'personInCharge') return 'personInCharge.name';
  return typeof first === 'string' && first in FIELD_LABELS ? (first as ProposalField) : 'form';
}

/**
 * Checks a proposal form's value. Every problem is listed with its field (as the form names it) and
 * Indonesian and English text. `now` bounds the launch year; `watchedDomains` the host.
 */
export function validateProposal(input: unknown, context: { watchedDomains: readonly string[]; now: Date }): ProposalValidation {
  const parsed = proposalSchema.safeParse(input);
  const problems: ProposalProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      const value = valueAt(input, issue.path);
      if (field === 'yearLaunched' && issue.code === 'too_small') problems.push(problem(field, 'year-range'));
      else if (issue.code === 'too_big') problems.push(problem(field, 'too-long'));
      // A missing value is "required" whatever zod calls it (invalid_type, or invalid_value for an enum).
      else if (issue.code === 'too_small' || value === undefined || value === null) problems.push(problem(field, 'required'));
      else problems.push(problem(field, 'invalid'));
    }
  }
  const raw = (input ?? {}) as { host?: unknown; yearLaunched?: unknown; developer?: { kind?: unknown; vendorName?: unknown } };
  if (typeof raw.host === 'string' && parsed.success && !context.watchedDomains.some((d) => isUnderDomain(raw.host as string, d))) {
    problems.push(problem('host', 'outside-domains'));
  }
  if (typeof raw.yearLaunched === 'number' && raw.yearLaunched > context.now.getUTCFullYear()) problems.push(problem('yearLaunched', 'year-range'));
  if (raw.developer?.kind === 'vendor' && (typeof raw.developer.vendorName !== 'string' || raw.developer.vendorName.trim() === '')) {
    problems.push(problem('developer.vendorName', 'vendor-name-required'));
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: dedupe(problems) };
  return { ok: true, proposal: parsed.data };
}

function dedupe(problems: ProposalProblem[]): ProposalProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field}:${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
