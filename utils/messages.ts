import { z } from 'zod';
import type { CollectorSettings, Preferences } from './db/schema';
import { RECENT_DAYS_RANGE } from './settings';
import type { ExportV1 } from './export/export-schema';
import type { Finding } from './findings';
import type { HostRecord } from './host-record';
import type { RegistryEntry, RegistryStatus } from './registry/schema';
import type { BadgeState } from './badge';
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

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getSiteCard'), url: z.string().max(8192).nullable() }).strict(),
  z.object({ type: z.literal('getOverview') }).strict(),
  z.object({ type: z.literal('getExport') }).strict(),
  z.object({ type: z.literal('getSettings') }).strict(),
  z.object({ type: z.literal('saveSettings'), settings: collectorSchema }).strict(),
  z.object({ type: z.literal('getPreferences') }).strict(),
  z.object({ type: z.literal('savePreferences'), preferences: preferencesSchema }).strict(),
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
}

/** Error codes the UI knows how to explain. */
export type ReplyErrorCode = 'invalid-request' | 'forbidden' | 'storage-full' | 'internal';

export type Reply<T> = { ok: true; value: T } | { ok: false; code: ReplyErrorCode; error: string };

/** Parses an incoming message; never throws. */
export function parseRequest(message: unknown): Request | null {
  const result = requestSchema.safeParse(message);
  return result.success ? result.data : null;
}

/**
 * True when a message comes from one of the extension's own pages (popup, options), not from a
 * content script or another extension. Every request reveals or changes the local record, so the
 * background answers only these.
 */
export function isOwnPage(
  sender: { id?: string; url?: string; tab?: unknown } | undefined,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender === undefined || sender.id !== extensionId) return false;
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
