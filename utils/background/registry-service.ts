import type { PantauDatabase } from '../db/open-db';
import type { FetchLike } from '../http/read-body';
import { noWatchedEntryReason } from '../registry/watched-entries';
import type { LocalText } from '../registry-import/problems';
import { parseRegistry } from '../registry/parse-registry';
import type { RegistryContext, RegistryProvider } from '../registry/registry-in-force';
import { applyImportedRegistry, recordUpdateCheck, restoreBundledRegistry, setUpdateUrl, undoRegistryChange, type ChangeResult } from '../registry/registry-store';
import { checkRegistryUrl, validateUpdateUrl } from '../registry/registry-update';
import { isCheckDue } from '../registry/registry-source';
import type { OpdUnit } from '../registry/opd-list-schema';
import type { Registry } from '../registry/schema';
import type { Handlers } from '../messaging/protocol';
import type { RegistryChangeReply, RegistryView, UpdateCheckReply } from '../messaging/views';

export interface RegistryServiceDeps {
  getDb: () => Promise<PantauDatabase>;
  /** The registry shipped with this build, read and checked on first use. */
  bundled: () => Promise<Registry>;
  registry: RegistryProvider;
  now: () => number;
  /** The network, for the update URL only (checkRegistryUrl refuses anything off the watched domains). */
  fetchFn: FetchLike;
  /** The city's OPD list, read on first use (a CSV at the update URL names units by it). */
  opdUnits: () => Promise<readonly OpdUnit[]>;
}

export const registryView = (context: RegistryContext): RegistryView => ({
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
 * The registry in force and its upkeep (import, restore, undo, update URL and its checks), behind
 * the message protocol. Every state lives in IndexedDB; the only in-memory thing is the registry
 * index cache (RegistryProvider), which re-checks storage on every call.
 */
export function createRegistryService(deps: RegistryServiceDeps) {
  async function changeReply(result: ChangeResult): Promise<RegistryChangeReply> {
    const now = registryView(await deps.registry.current());
    if (result.ok) return { ok: true, view: now };
    return { ok: false, reason: result.reason, errors: [result.reason === 'changed' ? CHANGED : NOTHING_TO_UNDO], view: now };
  }

  /** Re-checks a registry a page prepared: the schema, and at least one entry on a watched domain. */
  async function applyRegistry(registry: unknown, fileName: string, basedOn: number): Promise<RegistryChangeReply> {
    const context = await deps.registry.current();
    const parsed = parseRegistry(registry);
    if (!parsed.ok) {
      return { ok: false, reason: 'invalid', errors: parsed.errors.slice(0, 20).map((error) => ({ id: `Registri tidak sah: ${error}`, en: error })), view: registryView(context) };
    }
    const unwatched = noWatchedEntryReason(parsed.registry, context.domains);
    if (unwatched !== null) return { ok: false, reason: 'invalid', errors: [unwatched], view: registryView(context) };
    const name = (fileName.split(/[\\/]/).pop() ?? '').trim().slice(0, 200) || 'registri';
    const db = await deps.getDb();
    return changeReply(await applyImportedRegistry(db, await deps.bundled(), { registry: parsed.registry, fileName: name, basedOn, now: deps.now() }));
  }

  /** Downloads the update URL (on demand or from the alarm) and records the outcome. */
  async function checkUpdate(): Promise<UpdateCheckReply> {
    const context = await deps.registry.current();
    const url = context.info.updateUrl;
    if (url === null) return { outcome: 'skipped', reason: null, message: null, problems: [], view: registryView(context) };
    const outcome = await checkRegistryUrl({
      url,
      etag: context.info.etag,
      current: context.registry,
      watchedDomains: context.domains,
      opdUnits: await deps.opdUnits(),
      fetchFn: deps.fetchFn,
      now: new Date(deps.now()),
    });
    const db = await deps.getDb();
    const stored = await recordUpdateCheck(db, await deps.bundled(), { outcome, basedOn: context.revision, now: deps.now() });
    const after = registryView(await deps.registry.current());
    if (!stored.ok) return { outcome: 'failed', reason: 'changed', message: CHANGED, problems: [], view: after };
    if (outcome.kind === 'failed') return { outcome: 'failed', reason: outcome.reason, message: outcome.message, problems: outcome.problems ?? [], view: after };
    return { outcome: outcome.kind, reason: outcome.kind === 'unchanged' ? outcome.reason : null, message: null, problems: [], view: after };
  }

  /** The daily alarm: checks only when an update URL is set and the last check is a day old. */
  async function runScheduledCheck(): Promise<UpdateCheckReply | null> {
    const context = await deps.registry.current();
    return isCheckDue(context.info, deps.now()) ? checkUpdate() : null;
  }

  const handlers: Pick<Handlers, 'getRegistry' | 'applyRegistry' | 'restoreBundledRegistry' | 'undoRegistry' | 'setRegistryUpdateUrl' | 'checkRegistryUpdate'> = {
    getRegistry: async () => registryView(await deps.registry.current()),
    applyRegistry: (request) => applyRegistry(request.registry, request.fileName, request.basedOn),
    restoreBundledRegistry: async (request) =>
      changeReply(await restoreBundledRegistry(await deps.getDb(), await deps.bundled(), { basedOn: request.basedOn, now: deps.now() })),
    undoRegistry: async (request) =>
      changeReply(await undoRegistryChange(await deps.getDb(), await deps.bundled(), { basedOn: request.basedOn, now: deps.now() })),
    setRegistryUpdateUrl: async (request) => {
      const db = await deps.getDb();
      const context = await deps.registry.current();
      if (request.url === null || request.url.trim() === '') {
        await setUpdateUrl(db, await deps.bundled(), null);
        return { ok: true, view: registryView(await deps.registry.current()) };
      }
      const valid = validateUpdateUrl(request.url, context.domains);
      if (!valid.ok) return { ok: false, reason: valid.reason, message: valid.message, view: registryView(context) };
      await setUpdateUrl(db, await deps.bundled(), valid.url);
      return { ok: true, view: registryView(await deps.registry.current()) };
    },
    checkRegistryUpdate: () => checkUpdate(),
  };

  return { handlers, runScheduledCheck, checkUpdate };
}

export type RegistryService = ReturnType<typeof createRegistryService>;
