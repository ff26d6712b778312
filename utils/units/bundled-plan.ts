import data from './unit-plan.json';
import { checkBundledUnitPlan } from './bundled-plan-check';
import type { UnitPlan } from './unit-plan-schema';

/**
 * The expected-unit plan shipped with the extension, generated from the research data by
 * `npm run build:units` and checked when this module loads. For Node (the CLI, scripts, tests);
 * the worker reads the same file from the package when a page first asks for the plan.
 */
export const BUNDLED_UNIT_PLAN: UnitPlan = checkBundledUnitPlan(data);
