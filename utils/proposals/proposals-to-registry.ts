import { isUnderDomain, normaliseHost } from '../domains/host-match';
import type * as z from 'zod/mini';
import { findOpd, unitKindOf } from '../registry/opd-list';
import { parseRegistry } from '../registry/parse-registry';
import { claimUniqueId, idFromHost, idFromName } from '../registry/registry-id';
import type { Registry, RegistryEntry } from '../registry/schema';
import type { Proposal, proposalRecordSchema } from './proposal-schema';

/**
 * Turns accepted proposals into a registry file in Pantau's format, which Diskominfo reviews and
 * imports like any registry (utils/registry-import). Each entry cites its proposal as
 * `proposal:<collector> (<unit>)@<YYYY-MM-DD>`, so the registry stays traceable. The person in
 * charge (a name and a phone number or e-mail) is personal data: it stays in the local proposal and
 * the JSON export's `proposals`, never in a registry file that may be bundled and shared.
 */

/** A proposal as stored (proposalRecordSchema): one per host; a new one for the same host replaces it. */
export type ProposalRecord = z.infer<typeof proposalRecordSchema>;

/** The source a proposal's entry cites. */
export function proposalSource(record: Pick<ProposalRecord, 'collector' | 'createdAt'>): string {
  const clean = (text: string) => text.replace(/[@\r\n]/g, ' ').replace(/\s+/g, ' ').trim();
  const name = clean(record.collector.name) || 'anonim';
  const unit = clean(record.collector.unit);
  const who = `${name}${unit === '' ? '' : ` (${unit})`}`.slice(0, 200);
  return `proposal:${who}@${new Date(record.createdAt).toISOString().slice(0, 10)}`;
}

/** The registry entry's description: the proposal's own words, then the SPBE facts the registry has no field for. */
function describe(proposal: Proposal): string | undefined {
  const developer =
    proposal.developer === undefined
      ? null
      : proposal.developer.kind === 'vendor'
        ? `Developer: vendor ${proposal.developer.vendorName ?? ''}`.trim()
        : 'Developer: in-house';
  const parts = [
    proposal.description,
    `SPBE kind: aplikasi ${proposal.appKind}`,
    proposal.yearLaunched === undefined ? null : `Launched: ${proposal.yearLaunched}`,
    developer,
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length === 0 ? undefined : parts.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(' ');
}

/** One entry per proposal, ids unique within the file. */
export function proposalToEntry(record: ProposalRecord, taken: Set<string>, watchedDomains: readonly string[]): RegistryEntry {
  const { proposal } = record;
  const host = normaliseHost(proposal.host) ?? proposal.host;
  const domain = watchedDomains.find((d) => isUnderDomain(host, d)) ?? host;
  const unit = findOpd(proposal.opd);
  const opd = unit?.name ?? proposal.opd.trim();
  const description = describe(proposal);
  return {
    id: claimUniqueId(idFromName(proposal.name) || idFromHost(host, domain) || 'aplikasi', taken),
    name: proposal.name.trim(),
    ...(proposal.abbreviation === undefined ? {} : { abbreviation: proposal.abbreviation }),
    hosts: [host],
    opd,
    unitKind: host.includes('.kel.') ? 'kelurahan' : unitKindOf(opd),
    category: 'public-service',
    platforms: proposal.platforms,
    status: proposal.status,
    ...(description === undefined ? {} : { description }),
    source: [proposalSource(record)],
  };
}

export type ProposalsRegistryResult = { ok: true; registry: Registry } | { ok: false; errors: string[] };

/**
 * A registry file holding the proposals (oldest first, so ids are stable as proposals are added).
 * Checked with parseRegistry: two proposals for one host, or a host outside the watched domains,
 * make it fail with the reason rather than write a file that cannot be imported.
 */
export function proposalsToRegistry(records: readonly ProposalRecord[], options: { watchedDomains: readonly string[]; now: Date }): ProposalsRegistryResult {
  const taken = new Set<string>();
  const ordered = [...records].sort((a, b) => a.createdAt - b.createdAt || (a.proposal.host < b.proposal.host ? -1 : 1));
  const entries = ordered.map((record) => proposalToEntry(record, taken, options.watchedDomains));
  const day = options.now.toISOString().slice(0, 10);
  const parsed = parseRegistry({
    format: 'pantau.registry',
    version: day.replaceAll('-', '.'),
    domains: [...options.watchedDomains],
    generatedAt: options.now.toISOString(),
    entries: entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  });
  return parsed.ok ? { ok: true, registry: parsed.registry } : { ok: false, errors: parsed.errors };
}
