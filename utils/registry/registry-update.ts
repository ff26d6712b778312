import { isUnderDomain, normaliseHost } from '../domains/host-match';
import { declaredLength, readBoundedBody, type FetchLike } from '../http/read-body';
import { fetchErrorName } from '../http/fetch-error-name';
import { importRegistry, MAX_REGISTRY_BYTES, type RegistryFileFormat } from '../registry-import/import-registry';
import type { LocalText, Problem } from '../registry-import/problems';
import { diffRegistries, isEmptyDiff } from './registry-diff';
import type { RegistryCheckOutcome } from './registry-source';
import type { OpdUnit } from './opd-list-schema';
import type { Registry } from './schema';

/**
 * Checking the update URL for a newer registry (on demand, and daily from an alarm). The fetch is
 * injected, so every path (200 with an ETag, 304, 404/500, network error, timeout, invalid or
 * oversized file) is tested without a network. A check never changes anything itself: the caller
 * applies `afterCheck` (registry-source.ts) and, for `updated`, stores the new registry, both in one
 * transaction.
 */

/** A download slower than this is abandoned; the registry in force stays. */
export const UPDATE_TIMEOUT_MS = 30_000;

export type UpdateUrlCheck = { ok: true; url: string } | { ok: false; reason: string; message: LocalText };

/**
 * Checks an update URL an administrator typed: https only (a registry decides what the extension
 * trusts, so it must not be alterable on the way), no user name or password in it, and on a watched
 * domain (Pantau contacts nothing else). Returns the URL without its fragment.
 */
export function validateUpdateUrl(raw: string, watchedDomains: readonly string[]): UpdateUrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'bad-url', message: { id: 'Alamat pembaruan bukan URL yang sah.', en: 'The update address is not a valid URL.' } };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, reason: 'not-https', message: { id: 'Alamat pembaruan harus memakai https://.', en: 'The update address must use https://.' } };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'credentials-in-url', message: { id: 'Alamat pembaruan tidak boleh memuat nama pengguna atau kata sandi.', en: 'The update address must not contain a user name or password.' } };
  }
  const host = normaliseHost(url.hostname);
  if (host === null || !watchedDomains.some((domain) => isUnderDomain(host, domain))) {
    const domains = watchedDomains.join(', ');
    return { ok: false, reason: 'outside-domains', message: { id: `Alamat pembaruan harus berada di domain yang dipantau (${domains}).`, en: `The update address must be on a watched domain (${domains}).` } };
  }
  url.hash = '';
  return { ok: true, url: url.href };
}

export interface CheckRegistryInput {
  url: string;
  /** The ETag of the registry in force when it came from this URL, else null. */
  etag: string | null;
  current: Registry;
  watchedDomains: readonly string[];
  /** The city's OPD list, for a CSV registry (importRegistry). */
  opdUnits: readonly OpdUnit[];
  fetchFn: FetchLike;
  now: Date;
  timeoutMs?: number;
  maxBytes?: number;
  /** Stops the check early (the extension is shutting down, the user cancelled). */
  signal?: AbortSignal;
}

/** Failed outcomes may carry the file's problems, for the UI to list. */
export type CheckResult = RegistryCheckOutcome & { problems?: Problem[] };

function failed(reason: string, id: string, en: string, problems?: Problem[]): CheckResult {
  return { kind: 'failed', reason, message: { id, en }, ...(problems === undefined ? {} : { problems }) };
}

/** Downloads and checks the registry at the update URL. Never throws. */
export async function checkRegistryUrl(input: CheckRegistryInput): Promise<CheckResult> {
  const valid = validateUpdateUrl(input.url, input.watchedDomains);
  if (!valid.ok) return { kind: 'failed', reason: valid.reason, message: valid.message };
  const maxBytes = input.maxBytes ?? MAX_REGISTRY_BYTES;
  const timeout = AbortSignal.timeout(input.timeoutMs ?? UPDATE_TIMEOUT_MS);
  const signal = input.signal === undefined ? timeout : AbortSignal.any([timeout, input.signal]);
  const headers: Record<string, string> = { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' };
  if (input.etag !== null) headers['if-none-match'] = input.etag;

  let response: Response;
  let bytes: Uint8Array;
  try {
    // redirect 'error': in a browser a redirect target cannot be checked before it is fetched, and
    // it could lead off the watched domains. no-store: see the server's 304 ourselves.
    response = await input.fetchFn(valid.url, { headers, signal, redirect: 'error', credentials: 'omit', cache: 'no-store' });
    if (response.status === 304) {
      if (input.etag === null) return failed('unexpected-304', 'Server menjawab 304 tanpa diminta.', 'The server answered 304 without being asked.');
      return { kind: 'unchanged', reason: 'not-modified', etag: input.etag };
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return failed('http-error', `Server menjawab HTTP ${response.status}; registri tetap.`, `The server answered HTTP ${response.status}; the registry in force stays.`);
    }
    const length = declaredLength(response);
    if (length !== null && length > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return tooLarge(maxBytes);
    }
    const body = await readBoundedBody(response, maxBytes);
    if (body.truncated) return tooLarge(maxBytes);
    bytes = body.bytes;
  } catch (error) {
    const name = fetchErrorName(error, signal);
    return failed('network-error', `Unduhan gagal (${name}); registri tetap.`, `The download failed (${name}); the registry in force stays.`);
  }

  const imported = importRegistry({
    content: bytes,
    name: valid.url,
    origin: 'url',
    watchedDomains: input.watchedDomains,
    current: input.current,
    opdUnits: input.opdUnits,
    now: input.now,
    format: formatFromContentType(response.headers.get('content-type')),
  });
  if (!imported.ok) {
    const unwatched = imported.problems.find((problem) => problem.reason === 'no-watched-entry');
    if (unwatched !== undefined) return failed('no-watched-entry', unwatched.message.id, unwatched.message.en, imported.problems);
    const first = imported.problems[0]?.message ?? { id: '', en: '' };
    const n = imported.problems.length;
    return failed('invalid-registry', `Berkas di alamat pembaruan tidak sah (${n} masalah, mis. ${first.id}); registri tetap.`, `The file at the update address is invalid (${n} problems, e.g. ${first.en}); the registry in force stays.`, imported.problems);
  }
  const etag = response.headers.get('etag');
  if (isEmptyDiff(diffRegistries(input.current, imported.registry))) return { kind: 'unchanged', reason: 'same-content', etag };
  return { kind: 'updated', registry: imported.registry, etag, url: valid.url };
}

function tooLarge(maxBytes: number): CheckResult {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return failed('too-large', `Berkas di alamat pembaruan lebih dari ${mb} MB; registri tetap.`, `The file at the update address is larger than ${mb} MB; the registry in force stays.`);
}

/** JSON or CSV by Content-Type; undefined leaves it to the URL's extension or the content. */
export function formatFromContentType(contentType: string | null): RegistryFileFormat | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'text/csv') return 'csv';
  return undefined;
}
