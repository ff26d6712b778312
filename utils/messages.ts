import { z } from 'zod';
import type { CollectorSettings, Preferences } from './db/schema';
import { RECENT_DAYS_RANGE } from './settings';
import type { ExportV1 } from './export/export-schema';
import type { Finding } from './findings';
import type { HostRecord } from './host-record';
import { REINSPECT_HOURS_RANGE } from './inspection/inspect-policy';
import { pageFactsSchema } from './inspection/page-message';
import type { Inspection, InspectionSettings } from './inspection/types';
import type { RegistryEntry, RegistryStatus } from './registry/schema';
import { sweepResponseSchema } from './sweep/sweep-store';
import type { BadgeState } from './badge';
import type { RecordingProblem } from './recording-alarm';
import type { ProposalDraft } from './proposals/proposal-draft';
import type { ProposalRecord } from './proposals/proposals-to-registry';
import { upkeepRequestSchemas, type UpkeepResponseMap } from './upkeep-protocol';

/**
 * The one message protocol between extension pages and the background. Every request is
 * validated against `requestSchema` (unknown types and malformed payloads are rejected), and every
 * response is wrapped in `Reply` so a failure reaches the UI as a message, not a silent undefined.
 */

/** What the popup shows for the current tab. */
export type SiteCard =
  | {
      kind: 'not-city';
      /** The watched domains, for the hint (absent: the default one). */
      domains?: string[];
    }
  | {
      kind: 'city';
      host: string;
      entry: RegistryEntry | null;
      record: HostRecord | null;
      findings: Finding[];
      badge: BadgeState;
      /** The host's current inspection, null when none was made (optional, so code that builds cards without one still compiles). */
      inspection?: Inspection | null;
      /** This browser's proposal for an unregistered host ("Laporkan aplikasi"), if one was sent. */
      proposal?: ProposalRecord | null;
      /** A proposal form left unfinished for this host, restored when the popup opens again. */
      draft?: ProposalDraft | null;
    };

/** Registry and local-record totals for the popup's counts. */
export interface Overview {
  registryVersion: string;
  registryByStatus: Record<RegistryStatus, number>;
  registryEntries: number;
  hostsSeen: number;
  unregisteredSeen: number;
  /** Every host record, so search results can show last-seen (a few hundred rows at most). */
  records: HostRecord[];
  /**
   * Set while the background cannot save visits (disk or quota full, database failing), so the
   * popup can say so; cleared by the next successful write. Absent from older backgrounds.
   */
  recordingProblem?: RecordingProblem | null;
}

const collectorSchema = z
  .object({
    name: z.string().trim().max(120),
    unit: z.string().trim().max(200),
  })
  .strict();

const preferencesSchema = z
  .object({
    language: z.enum(['auto', 'id', 'en']),
    recentDays: z.int().min(RECENT_DAYS_RANGE.min).max(RECENT_DAYS_RANGE.max),
  })
  .strict();
const inspectionSettingsSchema = z.object({ staleMonths: z.int().min(1).max(120), reinspectHours: z.int().min(REINSPECT_HOURS_RANGE.min).max(REINSPECT_HOURS_RANGE.max).optional() }).strict();

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getSiteCard'), url: z.string().max(8192).nullable() }).strict(),
  z.object({ type: z.literal('getOverview') }).strict(),
  z.object({ type: z.literal('getExport') }).strict(),
  z.object({ type: z.literal('getSettings') }).strict(),
  z.object({ type: z.literal('saveSettings'), settings: collectorSchema }).strict(),
  z.object({ type: z.literal('getPreferences') }).strict(),
  z.object({ type: z.literal('savePreferences'), preferences: preferencesSchema }).strict(),
  z.object({ type: z.literal('getInspectionSettings') }).strict(),
  z.object({ type: z.literal('saveInspectionSettings'), settings: inspectionSettingsSchema }).strict(),
  // The only message a content script may send: what it read on a city page (see cityContentScriptHost).
  z.object({ type: z.literal('pageInspected'), host: z.string().min(1).max(253), facts: pageFactsSchema }).strict(),
  // Issue 5: one census-sweep result from the dashboard (own pages only), stored as the host's inspection.
  z.object({ type: z.literal('storeSweepResult'), result: sweepResponseSchema, page: pageFactsSchema.nullable() }).strict(),
  ...upkeepRequestSchemas,
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** The response type of each request (the upkeep ones are in utils/upkeep-protocol.ts). */
export interface ResponseMap extends UpkeepResponseMap {
  getSiteCard: SiteCard;
  getOverview: Overview;
  getExport: ExportV1;
  getSettings: CollectorSettings;
  saveSettings: CollectorSettings;
  getPreferences: Preferences;
  savePreferences: Preferences;
  getInspectionSettings: InspectionSettings;
  saveInspectionSettings: InspectionSettings;
  /** Stored; nothing to report back to the page. */
  pageInspected: null;
  /** `stored: false` when the host already had a newer inspection (kept). */
  storeSweepResult: { stored: boolean };
}

/** Error codes the UI knows how to explain. */
export type ReplyErrorCode = 'invalid-request' | 'forbidden' | 'storage-full' | 'internal';

export type Reply<T> = { ok: true; value: T } | { ok: false; code: ReplyErrorCode; error: string };

/** Parses an incoming message; never throws. */
export function parseRequest(message: unknown): Request | null {
  const result = requestSchema.safeParse(message);
  return result.success ? result.data : null;
}

/** Request types a content script may send; every other type is for the extension's own pages only. */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<RequestType> = new Set<RequestType>(['pageInspected']);

/**
 * True when a message comes from one of the extension's own pages (popup, options), not from a
 * content script or another extension. Every request but `pageInspected` reveals or changes the
 * local record, so the background answers only these.
 */
export function isOwnPage(
  sender: { id?: string; url?: string; tab?: unknown } | undefined,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender === undefined || sender.id !== extensionId) return false;
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** What the background knows about a message's sender (runtime.MessageSender, the fields read here). */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * The city host a content-script message may speak for: the sender is this extension, in a tab's
 * top frame, the tab's URL AND the frame's URL are on a watched city host, and both hosts equal
 * `claimedHost`. Null for anything else (another extension, a sub-frame, a non-city tab, a page
 * claiming another host), so a page can never write facts about a host it is not on.
 */
export function cityContentScriptHost(
  sender: MessageSenderLike | undefined,
  extensionId: string,
  claimedHost: string,
  cityHost: (url: string) => string | null,
): string | null {
  if (sender === undefined || sender.id !== extensionId || sender.tab === undefined) return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  const tabUrl = sender.tab.url;
  if (typeof tabUrl !== 'string') return null;
  const host = cityHost(tabUrl);
  if (host === null || host !== claimedHost) return null;
  if (typeof sender.url === 'string' && cityHost(sender.url) !== host) return null;
  return host;
}
