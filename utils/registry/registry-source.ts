import type { LocalText } from '../registry-import/problems';
import type { Registry } from './schema';

/**
 * Which registry is in force and where it came from, as the dashboard shows it ("Registri": version,
 * source, entry count, last checked). A plain value the integration stores next to the registry in
 * one transaction; every change is a pure function of the old value, so a service worker that dies
 * mid-way leaves either the old or the new state. Times are epoch milliseconds, as in HostRecord.
 */

/** `bundled`: shipped with the extension; `file`: imported by an administrator; `url`: downloaded from the update URL. */
export type RegistrySourceKind = 'bundled' | 'file' | 'url';

/** Enough about a registry to name it without loading it. */
export interface RegistryStamp {
  version: string;
  source: RegistrySourceKind;
  entryCount: number;
  loadedAt: number;
  /** The file name or URL it came from; null for the bundled one. */
  origin: string | null;
}

/** How the last update check went. `reason` is a stable code; `message` is for people. */
export interface RegistryCheck {
  at: number;
  outcome: 'updated' | 'unchanged' | 'failed';
  reason: string | null;
  message: LocalText | null;
}

export interface RegistrySourceInfo extends RegistryStamp {
  /** The update URL set in settings (https, under a watched domain), or null. */
  updateUrl: string | null;
  /** The ETag of the last download from updateUrl, sent back as If-None-Match. */
  etag: string | null;
  lastCheck: RegistryCheck | null;
  /** The registry this one replaced (kept in storage so it can be restored), or null. */
  previous: RegistryStamp | null;
}

function stamp(registry: Registry, source: RegistrySourceKind, origin: string | null, now: number): RegistryStamp {
  return { version: registry.version, source, entryCount: registry.entries.length, loadedAt: now, origin };
}

function withoutPrevious(info: RegistrySourceInfo): RegistryStamp {
  return { version: info.version, source: info.source, entryCount: info.entryCount, loadedAt: info.loadedAt, origin: info.origin };
}

/** The state on first start, and after "restore the bundled registry" (the update URL setting is kept). */
export function bundledSourceInfo(bundled: Registry, now: number, keep?: RegistrySourceInfo): RegistrySourceInfo {
  return {
    ...stamp(bundled, 'bundled', null, now),
    updateUrl: keep?.updateUrl ?? null,
    etag: null,
    lastCheck: keep?.lastCheck ?? null,
    previous: keep === undefined ? null : withoutPrevious(keep),
  };
}

/** After an administrator confirmed an imported file. The ETag is dropped: the next download must be a full one. */
export function afterFileImport(info: RegistrySourceInfo, registry: Registry, fileName: string, now: number): RegistrySourceInfo {
  return { ...info, ...stamp(registry, 'file', fileName, now), etag: null, previous: withoutPrevious(info) };
}

/**
 * After "undo": the registry replaced last comes back and the one in force becomes `previous`, so a
 * second undo redoes. The ETag is dropped: it described a download, not this registry. Unchanged
 * when there is nothing to undo.
 */
export function afterUndo(info: RegistrySourceInfo, now: number): RegistrySourceInfo {
  if (info.previous === null) return info;
  return { ...info, ...info.previous, loadedAt: now, etag: null, previous: withoutPrevious(info) };
}

/** After a new update URL is set: the old ETag belongs to another address. */
export function withUpdateUrl(info: RegistrySourceInfo, updateUrl: string | null): RegistrySourceInfo {
  return { ...info, updateUrl, etag: updateUrl === info.updateUrl ? info.etag : null };
}

/** The outcome of checking the update URL (registry-update.ts). */
export type RegistryCheckOutcome =
  | { kind: 'updated'; registry: Registry; etag: string | null; url: string }
  | { kind: 'unchanged'; reason: 'not-modified' | 'same-content'; etag: string | null }
  | { kind: 'failed'; reason: string; message: LocalText };

/**
 * The new source info after a check. Only `updated` changes the registry in force (and keeps the
 * old one as `previous`); `unchanged` and `failed` only record the check, so a failed or invalid
 * download never replaces a working registry.
 */
export function afterCheck(info: RegistrySourceInfo, outcome: RegistryCheckOutcome, now: number): RegistrySourceInfo {
  switch (outcome.kind) {
    case 'updated':
      return {
        ...info,
        ...stamp(outcome.registry, 'url', outcome.url, now),
        etag: outcome.etag,
        lastCheck: { at: now, outcome: 'updated', reason: null, message: null },
        previous: withoutPrevious(info),
      };
    case 'unchanged':
      return { ...info, etag: outcome.etag ?? info.etag, lastCheck: { at: now, outcome: 'unchanged', reason: outcome.reason, message: null } };
    case 'failed':
      return { ...info, lastCheck: { at: now, outcome: 'failed', reason: outcome.reason, message: outcome.message } };
  }
}

/** The daily check: due when an update URL is set and the last check is a day old (or the clock went back). */
export function isCheckDue(info: RegistrySourceInfo, now: number, intervalMs = 24 * 60 * 60 * 1000): boolean {
  if (info.updateUrl === null) return false;
  const last = info.lastCheck?.at;
  return last === undefined || now - last >= intervalMs || now < last;
}
