import { z } from 'zod';
import type { SweepSighting } from './sweep-sightings';
import type { UnitPlanInfo } from './unit-plan-store';
import type { UnitPlan } from './unit-plan-schema';

/**
 * The requests of the expected-unit plan, part of the one message protocol (utils/messages.ts).
 * A plan a page built from a file is `unknown` here: the background checks it again with the same
 * schema the page's preview used (parseUnitPlan), never trusting the page's checking.
 */
const basedOn = z.int().nonnegative();

export const unitRequestSchemas = [
  z.object({ type: z.literal('getUnitPlan') }).strict(),
  z.object({ type: z.literal('applyUnitPlan'), plan: z.unknown(), fileName: z.string().min(1).max(300), basedOn }).strict(),
  z.object({ type: z.literal('restoreBundledUnitPlan'), basedOn }).strict(),
] as const;

/** The plan in force, where it came from, and this browser's sweep sightings (for the rollout view). */
export interface UnitPlanView {
  plan: UnitPlan;
  info: UnitPlanInfo;
  revision: number;
  sweeps: SweepSighting[];
}

export type UnitPlanChangeReply = { ok: true; view: UnitPlanView } | { ok: false; reason: 'changed' | 'invalid'; errors: string[]; view: UnitPlanView };

export interface UnitResponseMap {
  getUnitPlan: UnitPlanView;
  applyUnitPlan: UnitPlanChangeReply;
  restoreBundledUnitPlan: UnitPlanChangeReply;
}

export type UnitRequestType = keyof UnitResponseMap;

const UNIT_TYPES: ReadonlySet<string> = new Set(unitRequestSchemas.map((schema) => schema.shape.type.value));

/** True for the request types the unit service answers. */
export function isUnitRequest<T extends { type: string }>(request: T): request is T & { type: UnitRequestType } {
  return UNIT_TYPES.has(request.type);
}
