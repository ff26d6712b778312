import type { CollectorSettings, Preferences } from './db/schema';
import type { InspectionSettings } from './inspection/types';
import type { ExportV1 } from './export/export-schema';
import type { Overview, Request, ReplyErrorCode, RequestType, ResponseMap, SiteCard } from './messages';
import type { UpkeepConnector } from './upkeep-connector';
import type { SweepMemory } from './sweep/sweep-memory';

/**
 * The one interface the extension pages use to talk to the background (Dark Reader's connector
 * pattern). Components receive it as a prop, so tests and UI work hand in a fake and need no
 * browser; utils/runtime-connector.ts is the real one.
 */
export interface PantauConnector extends UpkeepConnector {
  /** What is known about the page at `url` (null when the tab's URL is not visible: not a city site). */
  getSiteCard(url: string | null): Promise<SiteCard>;
  getOverview(): Promise<Overview>;
  getExport(): Promise<ExportV1>;
  getSettings(): Promise<CollectorSettings>;
  /** Saves the collector's name and unit; resolves to what was stored (trimmed). */
  saveSettings(settings: CollectorSettings): Promise<CollectorSettings>;
  /** Language and dashboard window (defaults filled in). */
  getPreferences(): Promise<Preferences>;
  savePreferences(preferences: Preferences): Promise<Preferences>;
  getInspectionSettings(): Promise<InspectionSettings>;
  /** Saves the staleness threshold; resolves to what was stored. */
  saveInspectionSettings(settings: InspectionSettings): Promise<InspectionSettings>;
  /** Stores one census-sweep result as the host's inspection (issue 5); a newer inspection is kept. */
  storeSweepResult(parts: Omit<Extract<Request, { type: 'storeSweepResult' }>, 'type'>): Promise<ResponseMap['storeSweepResult']>;
  /** The census sweep's options and last report (defaults before the first sweep). */
  getSweepMemory(): Promise<SweepMemory>;
  saveSweepMemory(memory: SweepMemory): Promise<SweepMemory>;
}

/**
 * Why a request failed: a code the background replied with, or `no-response` when nothing usable
 * came back (the background was not running, crashed, or answered with something else).
 */
export type ConnectorErrorCode = ReplyErrorCode | 'no-response';

const REPLY_ERROR_CODES: ReadonlySet<string> = new Set<ReplyErrorCode>([
  'invalid-request',
  'forbidden',
  'storage-full',
  'internal',
]);

/** A request the background did not answer with a value. `code` tells the UI what to explain. */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';

  constructor(
    readonly code: ConnectorErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The value of a background reply, or a ConnectorError. The reply comes over the message channel,
 * so it is checked rather than trusted: `undefined` (no listener answered) and any other shape
 * become `no-response`, an unknown error code becomes `internal`.
 */
export function unwrapReply<K extends RequestType>(type: K, reply: unknown): ResponseMap[K] {
  if (typeof reply !== 'object' || reply === null || typeof (reply as { ok?: unknown }).ok !== 'boolean') {
    throw new ConnectorError(
      'no-response',
      reply === undefined
        ? `The background returned nothing for "${type}" (is the extension's background running?)`
        : `The background returned a malformed reply for "${type}"`,
    );
  }
  const answer = reply as { ok: boolean; value?: unknown; code?: unknown; error?: unknown };
  if (answer.ok) return answer.value as ResponseMap[K];
  const code = typeof answer.code === 'string' && REPLY_ERROR_CODES.has(answer.code) ? (answer.code as ReplyErrorCode) : 'internal';
  const message = typeof answer.error === 'string' && answer.error !== '' ? answer.error : `"${type}" failed (${code})`;
  throw new ConnectorError(code, message);
}
