import { foldWww } from '../domains/host-match';
import type { LocalText } from '../registry-import/problems';
import type { RegistryEntry, RegistryStatus } from '../registry/schema';
import { PLACEHOLDER_TEXT } from '../findings/finding-definitions';
import { PLACEHOLDER_KINDS, type PlaceholderKind } from '../inspection/types';
import { netErrorLabel } from '../visits/net-errors';
import { classifyResult, type SweepOutcome, type SweepResult } from './sweep-result';

/**
 * The end-of-sweep summary in the article's terms ("37 dari 76 aktif"): how many registered apps
 * answered, and the list of those that did not, the registry's `aktif` ones first because a
 * registered active app that is down is what an auditor most needs to see.
 */

export interface SweepProblem {
  entryId: string;
  name: string;
  registryStatus: RegistryStatus;
  /** The host whose result is shown (the entry's first checked host). */
  host: string;
  outcome: Exclude<SweepOutcome, 'alive'>;
  /** A stable code: the `net::ERR_…` name, `http-<status>`, `placeholder-<kind>` or the redirect stop. */
  code: string;
  detail: LocalText;
}

export interface SweepSummary {
  /** Registered apps with at least one host that answered alive. */
  alive: number;
  /** Registered apps in the sweep (active entries on the watched domains). */
  total: number;
  /** Registered apps none of whose hosts was checked (the sweep was cut short). */
  notChecked: number;
  /** Registered apps the registry lists as not active that answered alive. */
  aliveButListedInactive: string[];
  problems: SweepProblem[];
  /** Unregistered hosts swept along: how many, and how many were alive. */
  unregistered: { checked: number; alive: number };
  headline: LocalText;
}

/** Words for a result that is not alive. */
export function describeResult(result: SweepResult): { code: string; detail: LocalText } {
  if (result.redirectStop === 'outside-watched-domains') {
    return { code: 'redirect-outside', detail: { id: 'dialihkan ke luar domain yang dipantau', en: 'redirects off the watched domains' } };
  }
  if (result.redirectStop === 'too-many-redirects') {
    return { code: 'net::ERR_TOO_MANY_REDIRECTS', detail: { id: 'pengalihan berputar atau terlalu banyak', en: 'redirect loop or too many redirects' } };
  }
  if (result.redirectStop === 'bad-location') {
    return { code: 'bad-redirect', detail: { id: 'pengalihan ke alamat yang tidak sah', en: 'redirects to an invalid address' } };
  }
  if (result.status !== null && result.status >= 400) {
    return { code: `http-${result.status}`, detail: { id: `menjawab HTTP ${result.status}`, en: `answers HTTP ${result.status}` } };
  }
  if (result.placeholder !== null) {
    const kind = (PLACEHOLDER_KINDS as readonly string[]).includes(result.placeholder) ? PLACEHOLDER_TEXT[result.placeholder as PlaceholderKind].label : null;
    return {
      code: `placeholder-${result.placeholder}`,
      detail: { id: `halaman pengganti: ${kind?.id ?? 'bukan aplikasinya'}`, en: `placeholder page: ${kind?.en ?? 'not the app'}` },
    };
  }
  // Words only: the code (net::ERR_…) is shown beside them as a detail.
  const error = result.error ?? 'net::ERR_FAILED';
  return { code: error, detail: { id: netErrorLabel(error, 'id'), en: netErrorLabel(error, 'en') } };
}

/**
 * Summarises a sweep. `results` may hold more than one result per host (say, an earlier sweep and
 * this one): the latest `checkedAt` counts.
 */
export function summariseSweep(entries: readonly RegistryEntry[], results: readonly SweepResult[]): SweepSummary {
  const latest = new Map<string, SweepResult>();
  for (const result of results) {
    const known = latest.get(result.host);
    if (known === undefined || result.checkedAt >= known.checkedAt) latest.set(result.host, result);
  }
  const registered = new Set<string>();
  const problems: SweepProblem[] = [];
  const aliveButListedInactive: string[] = [];
  let alive = 0;
  let notChecked = 0;
  for (const entry of entries) {
    const checked = entry.hosts.flatMap((host) => {
      registered.add(foldWww(host));
      const result = latest.get(host);
      return result === undefined ? [] : [result];
    });
    if (checked.length === 0) {
      notChecked += 1;
      continue;
    }
    if (checked.some((result) => classifyResult(result) === 'alive')) {
      alive += 1;
      if (entry.status === 'tidak-aktif') aliveButListedInactive.push(entry.id);
      continue;
    }
    const shown = checked.find((result) => classifyResult(result) === 'problem') ?? checked[0];
    if (shown === undefined) continue;
    const outcome = classifyResult(shown) === 'problem' ? 'problem' : 'failed';
    problems.push({ entryId: entry.id, name: entry.name, registryStatus: entry.status, host: shown.host, outcome, ...describeResult(shown) });
  }
  problems.sort((a, b) => Number(b.registryStatus === 'aktif') - Number(a.registryStatus === 'aktif') || a.name.localeCompare(b.name, 'id'));
  const others = [...latest.values()].filter((result) => !registered.has(foldWww(result.host)));
  const total = entries.length;
  const left = notChecked === 0 ? { id: '', en: '' } : { id: `; ${notChecked} belum diperiksa`, en: `; ${notChecked} not checked` };
  return {
    alive,
    total,
    notChecked,
    aliveButListedInactive,
    problems,
    unregistered: { checked: others.length, alive: others.filter((result) => classifyResult(result) === 'alive').length },
    headline: {
      id: `${alive} dari ${total} aplikasi terdaftar hidup${left.id}`,
      en: `${alive} of ${total} registered apps alive${left.en}`,
    },
  };
}
