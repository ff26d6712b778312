import { ErrorNotice } from '../common/ErrorNotice';
import { useI18n } from '../common/I18n';
import type { PantauConnector } from '../../utils/messaging/connector';
import { UnitCoveragePanel } from './UnitCoveragePanel';
import { UnitPlanImport } from './UnitPlanImport';
import type { useCoverage } from './use-coverage';

/** The "Cakupan unit" tab: the rollout, then the unit list in force and its import. */
export function UnitsTab({ connector, units }: { connector: Pick<PantauConnector, 'applyUnitPlan' | 'restoreBundledUnitPlan'>; units: ReturnType<typeof useCoverage> }) {
  const { t } = useI18n();
  if (units.error !== null && units.view === null) return <ErrorNotice error={units.error} />;
  if (units.view === null || units.coverage === null) {
    return (
      <p class="muted loading" aria-busy="true">
        {t('loading')}
      </p>
    );
  }
  return (
    <>
      <UnitCoveragePanel coverage={units.coverage} />
      <UnitPlanImport connector={connector} view={units.view} onChanged={units.setView} />
    </>
  );
}
