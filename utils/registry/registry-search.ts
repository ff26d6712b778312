import { researchNameOf } from './research-name';
import type { RegistryEntry } from './schema';

/**
 * Folds text for matching: compatibility decomposition, combining marks removed, lower case,
 * whitespace collapsed. "Dukcapíl", "DUKCAPIL" and "dukcapil" all fold to "dukcapil".
 */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Search over a fixed list of entries: `(query, limit?) => matching entries, best first`. */
export type RegistrySearch = (query: string, limit?: number) => RegistryEntry[];

const DEFAULT_LIMIT = 50;

// Per-term scores. A term scores its best match only; an entry's score is the sum over terms.
const EXACT = 100; // the whole abbreviation or a whole host
const HOST_PREFIX = 80; // `sigap` → sigap.brida.makassarkota.go.id
const NAME_PREFIX = 60; // `lontara` → "Lontara+ (…)"
const WORD_PREFIX = 30; // `museum` → "Virtual Museum Makassar"
const SUBSTRING = 10;

interface Prepared {
  entry: RegistryEntry;
  name: string;
  abbreviation: string;
  hosts: string[];
  /** Every searchable field, newline-separated so a term never matches across two fields. */
  haystack: string;
  /** Words of name, research name, abbreviation and owner, for word-prefix matches. */
  words: string[];
}

/**
 * Folds every entry's searchable text once, so each keystroke only scans prepared strings. Every
 * whitespace-separated term must match name, the research name kept in the description (when an
 * entry was renamed into Indonesian), abbreviation, owning unit or a host (AND); exact and
 * prefix matches rank above substrings; ties go by name. An empty query lists entries by name.
 */
export function createRegistrySearch(entries: readonly RegistryEntry[]): RegistrySearch {
  const prepared: Prepared[] = entries.map((entry) => {
    const name = foldText(entry.name);
    const abbreviation = foldText(entry.abbreviation ?? '');
    const opd = foldText(entry.opd);
    const hosts = entry.hosts.map(foldText);
    const researchName = foldText(researchNameOf(entry.description));
    return {
      entry,
      name,
      abbreviation,
      hosts,
      haystack: [name, researchName, abbreviation, opd, ...hosts].join('\n'),
      words: `${name} ${researchName} ${abbreviation} ${opd}`.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0),
    };
  });
  const byName = [...prepared].sort(compareByName);

  return (query, limit = DEFAULT_LIMIT) => {
    const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_LIMIT;
    const terms = foldText(query).split(' ').filter((term) => term.length > 0);
    if (terms.length === 0) return byName.slice(0, max).map((item) => item.entry);

    const hits: Array<{ item: Prepared; score: number }> = [];
    for (const item of byName) {
      let score = 0;
      for (const term of terms) {
        const termScore = scoreTerm(item, term);
        if (termScore === 0) {
          score = 0;
          break;
        }
        score += termScore;
      }
      if (score > 0) hits.push({ item, score });
    }
    // Array.prototype.sort is stable, and `byName` is already in name order, so ties keep it.
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, max).map((hit) => hit.item.entry);
  };
}

/**
 * One-off search. Folds every entry on each call; for search-as-you-type, create the search once
 * with `createRegistrySearch` and call it per keystroke.
 */
export function searchRegistry(entries: readonly RegistryEntry[], query: string, limit = DEFAULT_LIMIT): RegistryEntry[] {
  return createRegistrySearch(entries)(query, limit);
}

function scoreTerm(item: Prepared, term: string): number {
  if (!item.haystack.includes(term)) return 0;
  if (item.abbreviation === term || item.hosts.includes(term)) return EXACT;
  if (item.hosts.some((host) => host.startsWith(term))) return HOST_PREFIX;
  if (item.name.startsWith(term)) return NAME_PREFIX;
  if (item.words.some((word) => word.startsWith(term))) return WORD_PREFIX;
  return SUBSTRING;
}

function compareByName(a: Prepared, b: Prepared): number {
  // Plain code-unit order on folded text: the same on every machine, unlike locale collation.
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}
