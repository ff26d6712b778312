import * as z from 'zod/mini';
import '../text/zod-english';
import type { CollectorSettings, Preferences } from '../db/schema';
import type { ExportV1 } from '../export/export-schema';
import { REINSPECT_HOURS_RANGE } from '../inspection/inspect-policy';
import { pageFactsSchema, pageReportSchema } from '../inspection/page-message';
import type { InspectionSettings } from '../inspection/types';
import type { ProposalDraft } from '../proposals/proposal-draft';
import type { ProposalRecord } from '../proposals/proposals-to-registry';
import { hostnameSchema } from '../registry/schema';
import { COLLECTOR_MAX_LENGTH, RECENT_DAYS_RANGE, STALE_MONTHS_RANGE } from '../settings/settings';
import { sweepMemorySchema, type SweepMemory } from '../sweep/sweep-memory-schema';
import { sweepResponseSchema } from '../sweep/sweep-message';
import type { UnitPlanChangeReply, UnitPlanView } from '../units/unit-plan-view';
import type {
  DomainChangeReply,
  Overview,
  RegistryChangeReply,
  RegistryView,
  SaveProposalReply,
  SiteCard,
  UpdateCheckReply,
  UpdateUrlReply,
  WatchedDomainsView,
} from './views';

/**
 * The one message protocol between extension pages and the background: every request type with
 * its payload schema (`requestSchemas`) and its response type (`ResponseMap`). Every request is
 * validated against its schema (unknown types and malformed payloads are rejected), and every
 * response is wrapped in `Reply` so a failure reaches the UI as a message, not a silent undefined.
 * Payloads a page builds from a file or a form (`registry`, `proposal`, `draft`) are `unknown` here
 * and checked by the background with the same validators the page used (parseRegistry,
 * validateProposal, parseDraft): the background never trusts a page's checking.
 */

const collectorSchema = z.strictObject({
  name: z.string().check(z.trim(), z.maxLength(COLLECTOR_MAX_LENGTH.name)),
  unit: z.string().check(z.trim(), z.maxLength(COLLECTOR_MAX_LENGTH.unit)),
});
const preferencesSchema = z.strictObject({
  language: z.enum(['auto', 'id', 'en']),
  recentDays: z.int().check(z.gte(RECENT_DAYS_RANGE.min), z.lte(RECENT_DAYS_RANGE.max)),
});
const inspectionSettingsSchema = z.strictObject({
  staleMonths: z.int().check(z.gte(STALE_MONTHS_RANGE.min), z.lte(STALE_MONTHS_RANGE.max)),
  reinspectHours: z.optional(z.int().check(z.gte(REINSPECT_HOURS_RANGE.min), z.lte(REINSPECT_HOURS_RANGE.max))),
});
/** A normalised hostname (drafts and proposals are keyed by it; anything else is refused). */
const host = hostnameSchema;
/** The registry revision the page's preview was made against (RegistryView.revision). */
const basedOn = z.int().check(z.nonnegative());
const payload = <T extends z.core.$ZodShape>(shape: T) => z.strictObject(shape);
const none = payload({});

/** The payload schema of each request (everything but `type`). */
export const requestSchemas = {
  getSiteCard: payload({ url: z.nullable(z.string().check(z.maxLength(8192))) }),
  getOverview: none,
  getExport: none,
  getSettings: none,
  saveSettings: payload({ settings: collectorSchema }),
  getPreferences: none,
  savePreferences: payload({ preferences: preferencesSchema }),
  getInspectionSettings: none,
  saveInspectionSettings: payload({ settings: inspectionSettingsSchema }),
  // "Periksa ulang" in the popup: read the page in tab `tabId` again now, whatever the period says.
  reinspectTab: payload({ tabId: z.int().check(z.nonnegative()) }),
  // The only message a content script may send: what it read on a city page (see messaging/senders.ts).
  pageInspected: payload({ host: z.string().check(z.minLength(1), z.maxLength(253)), ...pageReportSchema }),
  // One census-sweep result from the dashboard (own pages only), stored as the host's inspection.
  storeSweepResult: payload({ result: sweepResponseSchema, page: z.nullable(pageFactsSchema) }),
  getSweepMemory: none,
  // The census sweep's options and last report, so they outlive the dashboard tab (own pages only).
  saveSweepMemory: payload({ memory: sweepMemorySchema }),
  getRegistry: none,
  applyRegistry: payload({ registry: z.unknown(), fileName: z.string().check(z.minLength(1), z.maxLength(300)), basedOn }),
  restoreBundledRegistry: payload({ basedOn }),
  undoRegistry: payload({ basedOn }),
  setRegistryUpdateUrl: payload({ url: z.nullable(z.string().check(z.maxLength(2048))) }),
  checkRegistryUpdate: none,
  getProposals: none,
  saveProposal: payload({ proposal: z.unknown() }),
  deleteProposal: payload({ host }),
  getDraft: payload({ host }),
  saveDraft: payload({ host, draft: z.unknown() }),
  deleteDraft: payload({ host }),
  getWatchedDomains: none,
  addWatchedDomain: payload({ domain: z.string().check(z.maxLength(300)) }),
  removeWatchedDomain: payload({ domain: z.string().check(z.maxLength(300)) }),
  // The expected-unit plan: a plan a page built from a file is checked again with parseUnitPlan.
  getUnitPlan: none,
  applyUnitPlan: payload({ plan: z.unknown(), fileName: z.string().check(z.minLength(1), z.maxLength(300)), basedOn }),
  restoreBundledUnitPlan: payload({ basedOn }),
} as const;

/** The response type of each request. */
export interface ResponseMap {
  getSiteCard: SiteCard;
  getOverview: Overview;
  getExport: ExportV1;
  getSettings: CollectorSettings;
  /** What was stored (trimmed). */
  saveSettings: CollectorSettings;
  /** Language and dashboard window (defaults filled in). */
  getPreferences: Preferences;
  savePreferences: Preferences;
  getInspectionSettings: InspectionSettings;
  saveInspectionSettings: InspectionSettings;
  /** True once the page was read again and its facts stored; false when it could not be (tab gone, not a city page, timeout). */
  reinspectTab: boolean;
  /** Stored; nothing to report back to the page. */
  pageInspected: null;
  /** `stored: false` when the host already had a newer inspection (kept). */
  storeSweepResult: { stored: boolean };
  /** The census sweep's options and last report (defaults before the first sweep). */
  getSweepMemory: SweepMemory;
  saveSweepMemory: SweepMemory;
  /** The registry in force, its source info and revision, and the watched domains. */
  getRegistry: RegistryView;
  /** Puts a checked registry in force, if the registry is still at revision `basedOn`. */
  applyRegistry: RegistryChangeReply;
  restoreBundledRegistry: RegistryChangeReply;
  undoRegistry: RegistryChangeReply;
  /** Sets (null or '' clears) the https update URL. */
  setRegistryUpdateUrl: UpdateUrlReply;
  checkRegistryUpdate: UpdateCheckReply;
  getProposals: ProposalRecord[];
  /** Validates (again, in the background) and stores a proposal; drops the host's draft. */
  saveProposal: SaveProposalReply;
  deleteProposal: ProposalRecord[];
  getDraft: ProposalDraft | null;
  saveDraft: ProposalDraft | null;
  deleteDraft: null;
  getWatchedDomains: WatchedDomainsView;
  /** Adds a domain whose host permission the page has just obtained (the background checks it). */
  addWatchedDomain: DomainChangeReply;
  removeWatchedDomain: DomainChangeReply;
  /** The unit plan in force, its source and revision, and this browser's sweep sightings. */
  getUnitPlan: UnitPlanView;
  /** Puts an imported unit plan in force, if the plan is still at revision `basedOn`. */
  applyUnitPlan: UnitPlanChangeReply;
  restoreBundledUnitPlan: UnitPlanChangeReply;
}

export type RequestType = keyof typeof requestSchemas & keyof ResponseMap;
/** What a request of type K carries besides its type. */
export type Payload<K extends RequestType> = NoEmptyRecord<z.output<(typeof requestSchemas)[K]>>;
/** zod types a payload with no fields as `Record<string, never>`, which no `{ type }` could extend. */
type NoEmptyRecord<T> = string extends keyof T ? Record<never, never> : T;
export type RequestOf<K extends RequestType> = { type: K } & Payload<K>;
export type Request = { [K in RequestType]: RequestOf<K> }[RequestType];

/** The background's answer to each request, typed per request so a wrong answer does not compile. */
export type Handlers = { [K in RequestType]: (request: RequestOf<K>) => Promise<ResponseMap[K]> };

/** Every request type, in the map's order. */
export const REQUEST_TYPES = Object.keys(requestSchemas) as RequestType[];

/** The whole request (type and payload) of one type, as the background validates it. */
export function requestSchemaOf<K extends RequestType>(type: K) {
  return z.extend(requestSchemas[type], { type: z.literal(type) });
}

/** Every request as one schema (for checks that a message would be accepted). */
export const requestSchema = z.discriminatedUnion(
  'type',
  REQUEST_TYPES.map((type) => requestSchemaOf(type)) as unknown as [ReturnType<typeof requestSchemaOf<'getOverview'>>],
);

/** Error codes the UI knows how to explain. */
export type ReplyErrorCode = 'invalid-request' | 'forbidden' | 'storage-full' | 'internal';

export type Reply<T> = { ok: true; value: T } | { ok: false; code: ReplyErrorCode; error: string };

/** Parses an incoming message; never throws. */
export function parseRequest(message: unknown): Request | null {
  if (typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) return null;
  const result = requestSchemaOf(type as RequestType).safeParse(message);
  return result.success ? (result.data as Request) : null;
}
