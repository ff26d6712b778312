import { useState } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import { diffPlans, type PlanDiff } from '../../utils/units/plan-diff';
import type { UnitPlanView } from '../../utils/units/unit-plan-view';
import { parseUnitPlan, type UnitPlan } from '../../utils/units/unit-plan-schema';
import { useI18n } from '../common/I18n';

type Pending = { fileName: string; plan: UnitPlan; diff: PlanDiff } | { fileName: string; errors: string[] };

/** Large enough for thousands of units, small enough to refuse a wrong file before parsing it. */
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * The unit list in force and its replacement: an administrator chooses a JSON file, sees what it
 * changes, and applies it (checked again in the background) or restores the bundled list.
 */
export function UnitPlanImport({ connector, view, onChanged }: { connector: Pick<PantauConnector, 'applyUnitPlan' | 'restoreBundledUnitPlan'>; view: UnitPlanView; onChanged: (view: UnitPlanView) => void }) {
  const { t } = useI18n();
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string[] | null>(null);
  const source = view.info.source === 'file' ? t('unitPlanFromFile', view.info.fileName) : t('unitPlanBundled');

  async function choose(file: File | undefined): Promise<void> {
    setProblem(null);
    if (file === undefined) return;
    let json: unknown;
    try {
      if (file.size > MAX_BYTES) throw new Error(`${file.size} bytes`);
      json = JSON.parse(await file.text());
    } catch (error) {
      setPending({ fileName: file.name, errors: [error instanceof Error ? error.message : String(error)] });
      return;
    }
    const parsed = parseUnitPlan(json);
    setPending(parsed.ok ? { fileName: file.name, plan: parsed.plan, diff: diffPlans(view.plan, parsed.plan) } : { fileName: file.name, errors: parsed.errors });
  }

  async function change(run: () => ReturnType<PantauConnector['restoreBundledUnitPlan']>): Promise<void> {
    const reply = await run();
    onChanged(reply.view);
    setPending(null);
    setProblem(reply.ok ? null : reply.reason === 'changed' ? [t('unitPlanChanged')] : reply.errors);
  }

  return (
    <section class="unit-plan" data-testid="unit-plan">
      <h3>{t('unitPlanHeading')}</h3>
      <p data-testid="unit-plan-in-force" data-source={view.info.source}>
        {t('unitPlanInForce', [view.info.version, String(view.plan.units.length), source])}
      </p>
      <p class="muted">{t('unitPlanAttach')}</p>
      <label class="button">
        {t('unitPlanImport')}
        <input type="file" accept=".json,application/json" data-testid="unit-plan-file" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </label>
      {view.info.source === 'file' && (
        <button type="button" data-testid="unit-plan-restore" onClick={() => void change(() => connector.restoreBundledUnitPlan({ basedOn: view.revision }))}>
          {t('unitPlanRestore')}
        </button>
      )}
      {pending !== null && 'errors' in pending && (
        <div class="error-notice" data-testid="unit-plan-rejected">
          <p>{t('unitPlanRejected')}</p>
          <ul>{pending.errors.slice(0, 10).map((e, i) => <li key={i}><code>{e}</code></li>)}</ul>
        </div>
      )}
      {pending !== null && 'plan' in pending && (
        <div class="preview" data-testid="unit-plan-preview">
          <p>
            {t('unitPlanPreview', [pending.fileName, String(pending.diff.units), String(pending.diff.hosts), String(pending.diff.added.length), String(pending.diff.removed.length), String(pending.diff.changed.length)])}
          </p>
          <button type="button" class="primary" data-testid="unit-plan-apply" onClick={() => void change(() => connector.applyUnitPlan({ plan: pending.plan, fileName: pending.fileName, basedOn: view.revision }))}>
            {t('unitPlanApply')}
          </button>
          <button type="button" onClick={() => setPending(null)}>{t('unitPlanCancel')}</button>
        </div>
      )}
      {problem !== null && <div class="error-notice" data-testid="unit-plan-problem">{problem.map((p, i) => <p key={i}>{p}</p>)}</div>}
    </section>
  );
}
