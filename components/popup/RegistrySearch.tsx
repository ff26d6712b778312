import { useMemo, useState } from 'preact/hooks';
import type { HostRecord } from '../../utils/visits/host-record';
import { createRegistrySearch } from '../../utils/registry/registry-search';
import type { RegistryEntry } from '../../utils/registry/schema';
import { useI18n } from '../common/I18n';
import { RelativeTime } from '../common/RelativeTime';
import { StatusPill } from './StatusPill';

/** How many results the popup lists; the rest are counted ("…and 12 more"). */
export const MAX_SHOWN_RESULTS = 8;
/** Hosts listed per result; an app with more shows "+N". */
const MAX_SHOWN_HOSTS = 2;

/** What the search needs of the registry index (utils/registry/registry-index.ts). */
export interface SearchIndex {
  readonly entries: readonly RegistryEntry[];
  lookup(host: string): RegistryEntry | null;
}

/**
 * The newest visit to any host of each entry, by entry id. Goes through `lookup` so `www.x` and
 * `x` count for the same entry exactly as they do in the site card.
 */
export function lastSeenByEntry(records: readonly HostRecord[], lookup: SearchIndex['lookup']): Map<string, number> {
  const lastSeen = new Map<string, number>();
  for (const record of records) {
    const entry = lookup(record.host);
    if (entry === null) continue;
    lastSeen.set(entry.id, Math.max(lastSeen.get(entry.id) ?? 0, record.lastSeen));
  }
  return lastSeen;
}

function Result({ entry, lastSeen, now }: { entry: RegistryEntry; lastSeen: number | undefined; now: number }) {
  const { t } = useI18n();
  const hidden = entry.hosts.length - MAX_SHOWN_HOSTS;
  return (
    <li class="result" data-testid="search-result" data-entry-id={entry.id}>
      <div class="result-head">
        <span class="result-name">
          {entry.name}
          {entry.abbreviation !== undefined && entry.abbreviation !== entry.name && (
            <span class="muted"> ({entry.abbreviation})</span>
          )}
        </span>
        <StatusPill status={entry.status} />
      </div>
      <div class="result-hosts">
        {entry.hosts.slice(0, MAX_SHOWN_HOSTS).join(', ')}
        {hidden > 0 && <span class="muted"> +{hidden}</span>}
      </div>
      {entry.opd !== '' && <div class="result-opd muted">{entry.opd}</div>}
      <div class="result-seen" data-testid="search-last-seen">
        {lastSeen === undefined ? (
          <span class="muted">{t('searchNeverSeen')}</span>
        ) : (
          <>
            {t('lastSeen')}: <RelativeTime time={lastSeen} now={now} />
          </>
        )}
      </div>
    </li>
  );
}

/**
 * Search-as-you-type over the registry by name, abbreviation, owning unit or host. The search is
 * prepared once per registry and runs synchronously on every keystroke (a few hundred entries).
 * `records` may be null while the overview is loading; results then just lack last-seen.
 */
export function RegistrySearch({
  index,
  records,
  now,
}: {
  index: SearchIndex;
  records: readonly HostRecord[] | null;
  now: number;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const search = useMemo(() => createRegistrySearch(index.entries), [index]);
  const lastSeen = useMemo(() => lastSeenByEntry(records ?? [], (host) => index.lookup(host)), [records, index]);
  const trimmed = query.trim();
  // Asking for every match (not just the shown ones) is what lets us say how many more there are.
  const results = useMemo(
    () => (trimmed === '' ? [] : search(trimmed, index.entries.length)),
    [search, trimmed, index],
  );
  const shown = results.slice(0, MAX_SHOWN_RESULTS);

  return (
    <div class="search">
      <label class="visually-hidden" for="registry-search">
        {t('searchHeading')}
      </label>
      <input
        id="registry-search"
        type="search"
        autocomplete="off"
        spellcheck={false}
        data-testid="search-input"
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {trimmed === '' ? (
        <p class="muted">{t('searchHint', String(index.entries.length))}</p>
      ) : results.length === 0 ? (
        <p class="muted" data-testid="search-empty">
          {t('searchNoResults', trimmed)}
        </p>
      ) : (
        <>
          <ul class="results" aria-live="polite">
            {shown.map((entry) => (
              <Result key={entry.id} entry={entry} lastSeen={lastSeen.get(entry.id)} now={now} />
            ))}
          </ul>
          {results.length > shown.length && (
            <p class="muted" data-testid="search-more">
              {t('searchMore', String(results.length - shown.length))}
            </p>
          )}
        </>
      )}
    </div>
  );
}
