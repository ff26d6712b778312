import type { Payload, ReplyErrorCode, RequestType, ResponseMap } from './protocol';
import { onlyKnownFields, REQUEST_FIELDS } from './request-fields';

/** A request type's arguments: its payload, which may be left out when it has no fields. */
type PayloadArgs<K extends RequestType> = {} extends Payload<K> ? [payload?: Payload<K>] : [payload: Payload<K>];

/**
 * The one interface the extension pages use to talk to the background (Dark Reader's connector
 * pattern): one method per request of the protocol map, derived from it, so a new request needs
 * no connector code. Components receive it as a prop, so tests and UI work hand in the mock
 * (utils/messaging/mock-connector.ts) and need no browser; utils/platform/runtime-connector.ts is
 * the real one.
 */
export type PantauConnector = { [K in RequestType]: (...payload: PayloadArgs<K>) => Promise<ResponseMap[K]> } & {
  /**
   * Asks the user for host permissions: `permissions.request`, which only a page can call, during
   * the click that asked for it (so it must be the first thing awaited after the click). Resolves
   * to whether they were granted.
   */
  requestHostPermissions(origins: string[]): Promise<boolean>;
};

/** Sends one request (type and payload) and resolves to its response. */
export type SendRequest = <K extends RequestType>(type: K, payload: Payload<K>) => Promise<ResponseMap[K]>;

/**
 * The connector over one generic `request(type, payload)`. Each payload is cut to the fields its
 * schema names (request-fields.ts). No validator here: the background checks every request.
 */
export function connectorFrom(request: SendRequest, requestHostPermissions: PantauConnector['requestHostPermissions']): PantauConnector {
  const methods = Object.fromEntries(
    Object.entries(REQUEST_FIELDS).map(([type, fields]) => [
      type,
      (payload: unknown = {}) => request(type as RequestType, onlyKnownFields(fields, payload) as never),
    ]),
  );
  return { ...methods, requestHostPermissions } as PantauConnector;
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
