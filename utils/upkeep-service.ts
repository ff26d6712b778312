import type { PantauDatabase } from './db/open-db';
import type { FetchLike } from './http/read-body';
import { deleteDraft, deleteProposal, getDraft, listProposals, saveDraft, storeProposal } from './proposals/proposal-store';
import { validateProposal } from './proposals/proposal-schema';
import type { ProposalRecord } from './proposals/proposals-to-registry';
import type { LocalText } from './registry-import/problems';
import { parseRegistry } from './registry/parse-registry';
import type { RegistryContext, RegistryProvider } from './registry/registry-in-force';
import { noWatchedEntryReason } from './registry/watched-entries';
import { applyImportedRegistry, recordUpdateCheck, restoreBundledRegistry, setUpdateUrl, undoRegistryChange, type ChangeResult } from './registry/registry-store';
import { checkRegistryUrl, validateUpdateUrl } from './registry/registry-update';
import { isCheckDue } from './registry/registry-source';
import type { Registry } from './registry/schema';
import { getCollector } from './settings';
import type { RegistryChangeReply, RegistryView, UpdateCheckReply, UpkeepRequestType, UpkeepResponseMap } from './upkeep-protocol';
import type { Request } from './messages';
import { createDomainService, type PermissionsApi } from './watched-domains-service';

export interface UpkeepServiceDeps {
  getDb: () => Promise<PantauDatabase>;
  bundled: Registry;
  registry: RegistryProvider;
  now: () => number;
  /** The network, for the update URL only (checkRegistryUrl refuses anything off the watched domains). */
  fetchFn: FetchLike;
  permissions: PermissionsApi;
  /** Called after the watched domains changed (the background re-registers its navigation filters). */
  onDomainsChanged: (domains: string[]) => void;
}

const view = (context: RegistryContext): RegistryView => ({
  registry: context.registry,
  info: context.info,
  revision: context.revision,
  domains: context.domains,
});

const CHANGED: LocalText = {
  id: 'Registri berubah sejak pratinjau dibuat (mis. pembaruan harian). Periksa pratinjau lagi.',
  en: 'The registry changed since the preview was made (e.g. the daily update). Check the preview again.',
};
const NOTHING_TO_UNDO: LocalText = { id: 'Tidak ada registri sebelumnya untuk dipulihkan.', en: 'There is no previous registry to go back to.' };

/**
 * Registry maintenance, proposals and watched domains, behind the message protocol. Every state
 * lives in IndexedDB; the only in-memory thing is the registry index cache (RegistryProvider),
 * which re-checks storage on every call.
 */
export function createUpkeepService(deps: UpkeepServiceDeps) {
  const domainService = createDomainService(deps);

  async function changeReply(result: ChangeResult): Promise<RegistryChangeReply> {
    const now = view(await deps.registry.current());
    if (result.ok) return { ok: true, view: now };
    return { ok: false, reason: result.reason, errors: [result.reason === 'changed' ? CHANGED : NOTHING_TO_UNDO], view: now };
  }

  /** Re-checks a registry a page prepared: the schema, and at least one entry on a watched domain. */
  async function applyRegistry(registry: unknown, fileName: string, basedOn: number): Promise<RegistryChangeReply> {
    const context = await deps.registry.current();
    const parsed = parseRegistry(registry);
    if (!parsed.ok) {
      return { ok: false, reason: 'invalid', errors: parsed.errors.slice(0, 20).map((error) => ({ id: `Registri tidak sah: ${error}`, en: error })), view: view(context) };
    }
    const unwatched = noWatchedEntryReason(parsed.registry, context.domains);
    if (unwatched !== null) return { ok: false, reason: 'invalid', errors: [unwatched], view: view(context) };
    const name = (fileName.split(/[\\/]/).pop() ?? '').trim().slice(0, 200) || 'registri';
    const db = await deps.getDb();
    return changeReply(await applyImportedRegistry(db, deps.bundled, { registry: parsed.registry, fileName: name, basedOn, now: deps.now() }));
  }

  /** Downloads the update URL (on demand or from the alarm) and records the outcome. */
  async function checkUpdate(): Promise<UpdateCheckReply> {
    const context = await deps.registry.current();
    const url = context.info.updateUrl;
    if (url === null) return { outcome: 'skipped', reason: null, message: null, problems: [], view: view(context) };
    const outcome = await checkRegistryUrl({
      url,
      etag: context.info.etag,
      current: context.registry,
      watchedDomains: context.domains,
      fetchFn: deps.fetchFn,
      now: new Date(deps.now()),
    });
    const db = await deps.getDb();
    const stored = await recordUpdateCheck(db, deps.bundled, { outcome, basedOn: context.revision, now: deps.now() });
    const after = view(await deps.registry.current());
    if (!stored.ok) return { outcome: 'failed', reason: 'changed', message: CHANGED, problems: [], view: after };
    if (outcome.kind === 'failed') return { outcome: 'failed', reason: outcome.reason, message: outcome.message, problems: outcome.problems ?? [], view: after };
    return { outcome: outcome.kind, reason: outcome.kind === 'unchanged' ? outcome.reason : null, message: null, problems: [], view: after };
  }

  /** The daily alarm: checks only when an update URL is set and the last check is a day old. */
  async function runScheduledCheck(): Promise<UpdateCheckReply | null> {
    const context = await deps.registry.current();
    return isCheckDue(context.info, deps.now()) ? checkUpdate() : null;
  }

  async function saveProposal(input: unknown) {
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

  /** Answers one upkeep request (already validated against the protocol). */
  async function handle(request: Extract<Request, { type: UpkeepRequestType }>): Promise<UpkeepResponseMap[UpkeepRequestType]> {
    const db = await deps.getDb();
    switch (request.type) {
      case 'getRegistry':
        return view(await deps.registry.current());
      case 'applyRegistry':
        return applyRegistry(request.registry, request.fileName, request.basedOn);
      case 'restoreBundledRegistry':
        return changeReply(await restoreBundledRegistry(db, deps.bundled, { basedOn: request.basedOn, now: deps.now() }));
      case 'undoRegistry':
        return changeReply(await undoRegistryChange(db, deps.bundled, { basedOn: request.basedOn, now: deps.now() }));
      case 'setRegistryUpdateUrl': {
        const context = await deps.registry.current();
        if (request.url === null || request.url.trim() === '') {
          await setUpdateUrl(db, deps.bundled, null);
          return { ok: true, view: view(await deps.registry.current()) };
        }
        const valid = validateUpdateUrl(request.url, context.domains);
        if (!valid.ok) return { ok: false, reason: valid.reason, message: valid.message, view: view(context) };
        await setUpdateUrl(db, deps.bundled, valid.url);
        return { ok: true, view: view(await deps.registry.current()) };
      }
      case 'checkRegistryUpdate':
        return checkUpdate();
      case 'getProposals':
        return listProposals(db);
      case 'saveProposal':
        return saveProposal(request.proposal);
      case 'deleteProposal':
        await deleteProposal(db, request.host);
        return listProposals(db);
      case 'getDraft':
        return getDraft(db, request.host);
      case 'saveDraft':
        return saveDraft(db, request.host, request.draft, deps.now());
      case 'deleteDraft':
        await deleteDraft(db, request.host);
        return null;
      case 'getWatchedDomains':
        return domainService.view();
      case 'addWatchedDomain':
        return domainService.add(request.domain);
      case 'removeWatchedDomain':
        return domainService.remove(request.domain);
    }
  }

  return { handle, runScheduledCheck, checkUpdate, reconcileDomains: domainService.reconcile };
}

export type UpkeepService = ReturnType<typeof createUpkeepService>;
