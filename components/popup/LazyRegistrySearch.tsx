import { useMemo } from 'preact/hooks';
import type { RegistryView } from '../../utils/messaging/views';
import type { HostRecord } from '../../utils/visits/host-record';
import { Loadable, useAsync } from '../common/Loadable';

/** The search box with its matcher and the registry index, fetched once the site card is shown. */
const loadSearch = () => Promise.all([import('./RegistrySearch'), import('../../utils/registry/registry-index')]);

/**
 * The popup's registry search, loaded after the card: the search box sits below the card and the
 * export, so neither its code nor the index over the registry in force is part of the first paint.
 */
export function LazyRegistrySearch({ view, records, now }: { view: RegistryView; records: readonly HostRecord[] | null; now: number }) {
  const search = useAsync(loadSearch, []);
  const index = useMemo(
    () => (search.status === 'done' ? search.value[1].createRegistryIndex(view.registry, view.domains) : null),
    [search, view],
  );
  return (
    <Loadable state={search}>
      {([{ RegistrySearch }]) => (index === null ? null : <RegistrySearch index={index} records={records} now={now} />)}
    </Loadable>
  );
}
