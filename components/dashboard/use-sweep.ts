import { useMemo } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import type { RegistryView } from '../../utils/messaging/views';
import type { RegistryEntry } from '../../utils/registry/schema';
import { createDashboardSweep, type DashboardSweepDeps, type SweepRunner } from '../../utils/sweep/dashboard-sweep';

/**
 * The census sweep as the dashboard runs it, following the registry in force, the watched domains
 * and the known unit sites of the unit plan, as the rest of the dashboard; null without the page's
 * fetch and page reader (the tab then says nothing can be checked).
 */
export function useSweep(
  connector: PantauConnector,
  view: RegistryView | null,
  entries: readonly RegistryEntry[],
  unitHosts: readonly string[],
  tools: Pick<DashboardSweepDeps, 'fetchFn' | 'inspectHtml'> | undefined,
): SweepRunner | null {
  return useMemo(
    () => (view === null || tools === undefined ? null : createDashboardSweep({ connector, entries, watchedDomains: view.domains, unitHosts, ...tools })),
    [view, entries, connector, tools, unitHosts],
  );
}
