import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CensusRegistry, CensusRow } from '../../utils/rekap/census';
import type { PantauConnector } from '../../utils/messaging/connector';
import type { UnitPlanView } from '../../utils/units/unit-plan-view';
import { computeCoverage, type Coverage } from '../../utils/units/rollout';

/**
 * The unit plan in force (asked of the background, again on `reload`) and the rollout computed
 * from it and the census the dashboard already has. `coverage` is null until the plan arrives.
 */
export function useCoverage(connector: Pick<PantauConnector, 'getUnitPlan'>, registry: CensusRegistry, rows: readonly CensusRow[]) {
  const [view, setView] = useState<UnitPlanView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = () =>
    connector.getUnitPlan().then(
      (value) => {
        setView(value);
        setError(null);
      },
      (reason: unknown) => setError(reason),
    );
  useEffect(() => void reload(), [connector]);
  const coverage: Coverage | null = useMemo(
    () => (view === null ? null : computeCoverage({ plan: view.plan, registry, rows, sweeps: view.sweeps })),
    [view, registry, rows],
  );
  // The known unit sites, for the sweep's "every unit site" option.
  const unitHosts = useMemo(() => (view?.plan.units ?? []).flatMap((unit) => unit.hosts), [view]);
  return { view, setView, error, coverage, unitHosts, reload };
}
