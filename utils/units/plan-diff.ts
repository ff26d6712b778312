import type { UnitPlan } from './unit-plan-schema';

/** What an imported plan changes, for the preview before it applies. Pure. */
export interface PlanDiff {
  units: number;
  hosts: number;
  added: string[];
  removed: string[];
  /** Units in both whose hosts differ. */
  changed: string[];
}

export function diffPlans(current: UnitPlan, next: UnitPlan): PlanDiff {
  const before = new Map(current.units.map((u) => [u.id, u]));
  const after = new Map(next.units.map((u) => [u.id, u]));
  const key = (hosts: readonly string[]) => [...hosts].sort().join(' ');
  return {
    units: next.units.length,
    hosts: next.units.reduce((n, u) => n + u.hosts.length, 0),
    added: next.units.filter((u) => !before.has(u.id)).map((u) => u.name),
    removed: current.units.filter((u) => !after.has(u.id)).map((u) => u.name),
    changed: next.units.filter((u) => before.has(u.id) && key(before.get(u.id)?.hosts ?? []) !== key(u.hosts)).map((u) => u.name),
  };
}
