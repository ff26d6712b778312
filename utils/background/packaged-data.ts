/**
 * Data files shipped inside the extension package beside the code (wxt.config.ts copies them from
 * utils/), which the worker reads only when it first needs them: the registry, the unit plan and the
 * OPD list are ~165 kB of JSON that every worker start would otherwise carry in its script and check at once,
 * before the event that woke it could be handled (bench/worker-cold-start.bench.ts).
 */
export const PACKAGED_DATA = {
  registry: { source: 'utils/registry/bundled-registry.json', path: 'data/bundled-registry.json' },
  unitPlan: { source: 'utils/units/unit-plan.json', path: 'data/unit-plan.json' },
  opdList: { source: 'utils/registry/opd-list.json', path: 'data/opd-list.json' },
} as const;

/** A value made on first use and kept for the worker's life. */
export type Lazy<T> = () => Promise<T>;

/**
 * `load` once, on the first call; later calls share its result. A failed load is not kept, so the
 * next call tries again (a read that failed while the browser was busy is not a broken package).
 */
export function lazily<T>(load: () => Promise<T>): Lazy<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
