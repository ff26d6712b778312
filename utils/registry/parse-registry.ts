import type * as z from 'zod/mini';
import { foldWww, isUnderDomain } from '../domains/host-match';
import { registrySchema, type Registry } from './schema';
import { valueAt } from '../text/zod-issues';

/** Result of checking a registry: the typed registry, or every problem found in plain English. */
export type ParseRegistryResult = { ok: true; registry: Registry } | { ok: false; errors: string[] };

/** More than this many problems means the file is not a registry at all; listing them all helps no one. */
const MAX_ERRORS = 200;

/**
 * Checks an already-parsed JSON value against the registry schema and the rules the schema cannot
 * express: unique ids, each host in one entry only (with `www.` folded onto the bare host) and every
 * host under one of the header's domains. Never throws, whatever it is given.
 */
export function parseRegistry(json: unknown): ParseRegistryResult {
  try {
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      return { ok: false, errors: [describeNonObject(json)] };
    }
    const parsed = registrySchema.safeParse(json);
    const shapeErrors = parsed.success ? [] : parsed.error.issues.map((issue) => formatIssue(issue, json));
    // Checked even when the shape is wrong, so one run lists every problem.
    const errors = [...shapeErrors, ...crossEntryErrors(looseView(json))];
    if (parsed.success && errors.length === 0) return { ok: true, registry: parsed.data };
    return { ok: false, errors: cap(errors) };
  } catch (error) {
    // Hostile input (throwing getters, proxies, deep nesting) must not take the caller down.
    return { ok: false, errors: [`The registry could not be read: ${describeThrown(error)}`] };
  }
}

function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    // Even the thrown value can be hostile (a throwing toString).
    return 'unreadable value';
  }
}

function describeNonObject(json: unknown): string {
  const what = json === null ? 'null' : Array.isArray(json) ? 'an array' : `a ${typeof json}`;
  return `The registry must be a JSON object, but it is ${what}.`;
}

/** The fields the cross-entry rules need, read from input whose shape may be wrong. */
interface LooseRegistry {
  domains: string[];
  entries: Array<{ id: unknown; hosts: string[] }>;
}

function looseView(json: object): LooseRegistry {
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const { domains, entries } = json as { domains?: unknown; entries?: unknown };
  return {
    domains: strings(domains),
    entries: (Array.isArray(entries) ? entries : []).map((entry: unknown) =>
      entry !== null && typeof entry === 'object'
        ? { id: (entry as { id?: unknown }).id, hosts: strings((entry as { hosts?: unknown }).hosts) }
        : { id: undefined, hosts: [] },
    ),
  };
}

function crossEntryErrors(registry: LooseRegistry): string[] {
  const errors: string[] = [];
  const idOwner = new Map<string, number>();
  const hostOwner = new Map<string, { index: number; host: string }>();
  registry.entries.forEach((entry, index) => {
    const label = entryLabel(index, entry.id);
    if (typeof entry.id === 'string') {
      const firstWithId = idOwner.get(entry.id);
      if (firstWithId === undefined) idOwner.set(entry.id, index);
      else errors.push(`${label}: id ${quote(entry.id)} is already used by entry ${firstWithId}.`);
    }

    for (const host of entry.hosts) {
      // With no valid domains the schema error already says so; one error per host would only bury it.
      if (registry.domains.length > 0 && !registry.domains.some((domain) => isUnderDomain(host, domain))) {
        const domains = registry.domains.map(quoteBare).join(', ');
        errors.push(`${label}: host ${quote(host)} is not under any of the registry's domains (${domains}).`);
      }
      const key = foldWww(host);
      const owner = hostOwner.get(key);
      if (owner === undefined) {
        hostOwner.set(key, { index, host });
      } else if (owner.index !== index) {
        const other = registry.entries[owner.index];
        const same = owner.host === host ? '' : ` as ${quote(owner.host)} (a leading "www." counts as the same host)`;
        const by = entryLabel(owner.index, other?.id).replace(/^Entry/, 'entry');
        errors.push(`${label}: host ${quote(host)} is already listed by ${by}${same}.`);
      } else if (owner.host === host) {
        errors.push(`${label}: host ${quote(host)} is listed twice.`);
      }
    }
  });
  return errors;
}

function entryLabel(index: number, id: unknown): string {
  return typeof id === 'string' && id.length > 0 ? `Entry ${index} (${quote(id)})` : `Entry ${index}`;
}

/** Input text as shown in an error: quoted, escaped and cut short, since it may be hostile or huge. */
function quote(text: string): string {
  return text.length > 80 ? `${JSON.stringify(text.slice(0, 80)).slice(0, -1)}…"` : JSON.stringify(text);
}

function quoteBare(text: string): string {
  return quote(text).slice(1, -1);
}

/** `entries[3].hosts[0]` → `Entry 3 ("dukcapil"), field "hosts[0]"`, so a user can find the problem. */
function formatIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const path = issue.path;
  let where: string;
  let fieldPath: readonly PropertyKey[];
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const entries = (root as { entries?: unknown }).entries;
    const entry = Array.isArray(entries) ? (entries[path[1]] as unknown) : undefined;
    const id = entry !== null && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
    where = entryLabel(path[1], id);
    fieldPath = path.slice(2);
  } else {
    where = 'The registry';
    fieldPath = path;
  }
  const field = renderPath(fieldPath);
  return `${where}${field === '' ? '' : `, field "${field}"`}: ${describeIssue(issue, valueAt(root, path))}.`;
}

function renderPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map(quote).join(', ')}`;
    case 'invalid_type':
      // Worded here rather than by zod: a schema's custom message would also replace "missing".
      if (value === undefined) return `is missing (expected ${issue.expected})`;
      return `has the wrong type: expected ${issue.expected}, got ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message.replace(/\.$/, '');
  }
}

function cap(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `…and ${errors.length - MAX_ERRORS} more problems.`];
}
