import type { PantauDatabase } from '../db/open-db';
import type { RegistryRow } from '../db/schema';
import { afterCheck, afterFileImport, afterUndo, bundledSourceInfo, withUpdateUrl, type RegistryCheckOutcome, type RegistrySourceInfo, type RegistryStamp } from './registry-source';
import type { Registry } from './schema';

/**
 * The registry in force, stored in IndexedDB (store `registry`, see utils/db/schema.ts). Every
 * change is ONE readwrite transaction that checks the revision the caller saw, writes the new
 * registry, keeps the replaced one as `previous` and bumps the revision: a worker that dies half
 * way leaves the old state or the new one, and a change prepared against an older state (a preview
 * made before the daily update landed) is refused instead of silently overwriting it.
 */

/** Where the registry in force came from, and the revision every change increments. */
export interface RegistryState {
  info: RegistrySourceInfo;
  revision: number;
}

export interface StoredRegistry extends RegistryState {
  registry: Registry;
}

/** The result of a change: the new state, or `changed` when the stored revision is not the one the caller saw. */
export type ChangeResult = { ok: true; state: RegistryState } | { ok: false; reason: 'changed' | 'nothing-to-undo'; state: RegistryState };

/** The bundled registry's stamp always describes THIS build's bundled file (it changes with updates). */
function refreshBundled(info: RegistrySourceInfo, bundled: Registry): RegistrySourceInfo {
  const fix = <T extends RegistryStamp>(stamp: T): T =>
    stamp.source === 'bundled' ? { ...stamp, version: bundled.version, entryCount: bundled.entries.length } : stamp;
  return { ...fix(info), previous: info.previous === null ? null : fix(info.previous) };
}

function stateOf(row: RegistryRow | undefined, bundled: Registry): RegistryState {
  if (row?.key !== 'info') return { info: bundledSourceInfo(bundled, 0), revision: 0 };
  return { info: refreshBundled(row.info, bundled), revision: row.revision };
}

const contentOf = (row: RegistryRow | undefined): Registry | null => (row !== undefined && row.key !== 'info' ? row.registry : null);

/** The source info and revision only (a small row): what every navigation reads first. */
export async function readRegistryState(db: PantauDatabase, bundled: Registry): Promise<RegistryState> {
  return stateOf(await db.get('registry', 'info'), bundled);
}

/** The registry in force with its info, read in one transaction. */
export async function readStoredRegistry(db: PantauDatabase, bundled: Registry): Promise<StoredRegistry> {
  const tx = db.transaction('registry');
  const [info, current] = await Promise.all([tx.store.get('info'), tx.store.get('current')]);
  await tx.done;
  return { ...stateOf(info, bundled), registry: contentOf(current) ?? bundled };
}

/** What a change does: the new info, and the registries to store (null = bundled), or a refusal. */
type Change = (
  state: RegistryState,
  current: Registry | null,
  previous: Registry | null,
) => { info: RegistrySourceInfo; current: Registry | null; previous: Registry | null } | { refuse: 'nothing-to-undo' };

async function change(db: PantauDatabase, bundled: Registry, basedOn: number | null, apply: Change): Promise<ChangeResult> {
  const tx = db.transaction('registry', 'readwrite');
  // Only this transaction's own requests are awaited in here, so it cannot auto-commit half way.
  const [infoRow, currentRow, previousRow] = await Promise.all([tx.store.get('info'), tx.store.get('current'), tx.store.get('previous')]);
  const state = stateOf(infoRow, bundled);
  if (basedOn !== null && basedOn !== state.revision) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return { ok: false, reason: 'changed', state };
  }
  const current = contentOf(currentRow);
  const previous = contentOf(previousRow);
  const next = apply(state, current, previous);
  if ('refuse' in next) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return { ok: false, reason: next.refuse, state };
  }
  const revision = state.revision + 1;
  // A registry can be megabytes: rewrite a content row only when it changed (a new URL setting does not).
  await Promise.all([
    tx.store.put({ key: 'info', info: next.info, revision }),
    next.current === current ? null : tx.store.put({ key: 'current', registry: next.current }),
    next.previous === previous ? null : tx.store.put({ key: 'previous', registry: next.previous }),
  ]);
  await tx.done;
  return { ok: true, state: { info: next.info, revision } };
}

/** Puts an imported (and confirmed) registry in force; the one it replaces becomes `previous`. */
export function applyImportedRegistry(
  db: PantauDatabase,
  bundled: Registry,
  input: { registry: Registry; fileName: string; basedOn: number; now: number },
): Promise<ChangeResult> {
  return change(db, bundled, input.basedOn, (state, current) => ({
    info: afterFileImport(state.info, input.registry, input.fileName, input.now),
    current: input.registry,
    previous: current,
  }));
}

/** Puts the bundled registry back in force (always possible); the replaced one becomes `previous`. */
export function restoreBundledRegistry(db: PantauDatabase, bundled: Registry, input: { basedOn: number; now: number }): Promise<ChangeResult> {
  return change(db, bundled, input.basedOn, (state, current) => ({
    info: bundledSourceInfo(bundled, input.now, state.info),
    current: null,
    previous: current,
  }));
}

/** Swaps the registry in force with the one it replaced (one step; a second undo redoes). */
export function undoRegistryChange(db: PantauDatabase, bundled: Registry, input: { basedOn: number; now: number }): Promise<ChangeResult> {
  return change(db, bundled, input.basedOn, (state, current, previous) =>
    state.info.previous === null ? { refuse: 'nothing-to-undo' } : { info: afterUndo(state.info, input.now), current: previous, previous: current },
  );
}

/** Sets (or clears) the update URL; the registry in force stays. */
export function setUpdateUrl(db: PantauDatabase, bundled: Registry, url: string | null): Promise<ChangeResult> {
  return change(db, bundled, null, (state, current, previous) => ({ info: withUpdateUrl(state.info, url), current, previous }));
}

/**
 * Records an update check. `updated` puts the downloaded registry in force only if nothing changed
 * since the check began (`basedOn`); otherwise the download is dropped and the next check decides
 * again. `unchanged` and `failed` record the check and never touch the registry.
 */
export async function recordUpdateCheck(
  db: PantauDatabase,
  bundled: Registry,
  input: { outcome: RegistryCheckOutcome; basedOn: number; now: number },
): Promise<ChangeResult> {
  const { outcome } = input;
  if (outcome.kind === 'updated') {
    return change(db, bundled, input.basedOn, (state, current) => ({
      info: afterCheck(state.info, outcome, input.now),
      current: outcome.registry,
      previous: current,
    }));
  }
  return change(db, bundled, null, (state, current, previous) => ({ info: afterCheck(state.info, outcome, input.now), current, previous }));
}
