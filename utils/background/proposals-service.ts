import type { PantauDatabase } from '../db/open-db';
import type { Handlers } from '../messaging/protocol';
import type { SaveProposalReply } from '../messaging/views';
import { validateProposal } from '../proposals/proposal-schema';
import { deleteDraft, deleteProposal, getDraft, listProposals, saveDraft, storeProposal } from '../proposals/proposal-store';
import type { ProposalRecord } from '../proposals/proposals-to-registry';
import type { RegistryProvider } from '../registry/registry-in-force';
import { getCollector } from '../settings/settings';

export interface ProposalsServiceDeps {
  getDb: () => Promise<PantauDatabase>;
  registry: RegistryProvider;
  now: () => number;
}

type ProposalHandlers = Pick<Handlers, 'getProposals' | 'saveProposal' | 'deleteProposal' | 'getDraft' | 'saveDraft' | 'deleteDraft'>;

/**
 * Proposals of unregistered hosts ("Laporkan aplikasi") and their unfinished drafts. A proposal is
 * validated again here, against the registry in force: the background never trusts the page's check.
 */
export function createProposalsService(deps: ProposalsServiceDeps): { handlers: ProposalHandlers } {
  async function saveProposal(input: unknown): Promise<SaveProposalReply> {
    const context = await deps.registry.current();
    const checked = validateProposal(input, { watchedDomains: context.domains, now: new Date(deps.now()) });
    if (!checked.ok) return { ok: false as const, problems: checked.problems };
    if (context.index.lookup(checked.proposal.host) !== null) {
      const message = { id: 'Host ini sudah terdaftar di registri yang berlaku.', en: 'This host is already in the registry in force.' };
      return { ok: false as const, problems: [{ field: 'host' as const, code: 'invalid' as const, message }] };
    }
    const db = await deps.getDb();
    const collector = await getCollector(db);
    const record: ProposalRecord = { proposal: checked.proposal, collector: { name: collector.name, unit: collector.unit }, createdAt: deps.now() };
    return { ok: true as const, record: await storeProposal(db, record) };
  }

  const handlers: ProposalHandlers = {
    getProposals: async () => listProposals(await deps.getDb()),
    saveProposal: (request) => saveProposal(request.proposal),
    deleteProposal: async (request) => {
      const db = await deps.getDb();
      await deleteProposal(db, request.host);
      return listProposals(db);
    },
    getDraft: async (request) => getDraft(await deps.getDb(), request.host),
    saveDraft: async (request) => saveDraft(await deps.getDb(), request.host, request.draft, deps.now()),
    deleteDraft: async (request) => {
      await deleteDraft(await deps.getDb(), request.host);
      return null;
    },
  };
  return { handlers };
}
