import { INSPECTED_DOMAINS } from '../domains/allowed-domains';
import { cityHostFromUrl } from '../domains/host-match';
import { parseRequest, type Handlers, type Payload, type Reply, type ReplyErrorCode, type Request, type ResponseMap } from '../messaging/protocol';
import { CONTENT_SCRIPT_TYPES, cityContentScriptHost, isOwnPage, type MessageSenderLike } from '../messaging/senders';

/** Who the background is, for checking message senders. */
export interface SelfIdentity {
  extensionId: string;
  extensionOrigin: string;
}

/** A request a handler refuses with a code the UI explains (anything else thrown is `internal`). */
export class RequestRefused extends Error {
  override readonly name = 'RequestRefused';

  constructor(
    readonly code: ReplyErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Turns a thrown error into a reply the UI can explain (a full disk gets its own code). */
export function replyError(error: unknown): { ok: false; code: ReplyErrorCode; error: string } {
  if (error instanceof RequestRefused) return { ok: false, code: error.code, error: error.message };
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return { ok: false, code: 'storage-full', error: message };
  return { ok: false, code: 'internal', error: message };
}

/** Takes what a city page's content script read (its PageReport), from a sender already checked. */
export type OnPageRead = (host: string, report: Omit<Payload<'pageInspected'>, 'host'>, pageUrl: string, tabId: number) => Promise<unknown>;

/**
 * The thin router between runtime messages and the services' handlers: it checks the sender,
 * validates the request against the protocol map, and calls the one handler of its type.
 */
export function createRouter(handlers: Handlers, onPageRead: OnPageRead) {
  /** Answers one already-validated request from an extension page. */
  async function handleRequest(request: Request): Promise<Reply<ResponseMap[Request['type']]>> {
    try {
      const handler = handlers[request.type] as (request: Request) => Promise<ResponseMap[Request['type']]>;
      return { ok: true, value: await handler(request) };
    } catch (error) {
      return replyError(error);
    }
  }

  /**
   * Routes one runtime message by its sender. Extension pages may send any request but
   * `pageInspected`; a content script may send only `pageInspected`, only from the top frame of a
   * tab on the city host it reports about. Anything else gets no answer at all (undefined), so a
   * message from elsewhere learns nothing.
   */
  function handleMessage(message: unknown, sender: MessageSenderLike | undefined, self: SelfIdentity): Promise<Reply<unknown>> | undefined {
    const request = parseRequest(message);
    if (isOwnPage(sender, self.extensionId, self.extensionOrigin)) {
      if (request === null) return Promise.resolve({ ok: false, code: 'invalid-request', error: 'Unknown or malformed message' });
      return handleRequest(request);
    }
    if (request === null || !CONTENT_SCRIPT_TYPES.has(request.type) || request.type !== 'pageInspected') return undefined;
    const host = cityContentScriptHost(sender, self.extensionId, request.host, (url) => cityHostFromUrl(url, INSPECTED_DOMAINS));
    if (host === null || sender?.tab?.id === undefined) return undefined;
    const pageUrl = sender.url ?? sender.tab.url ?? '';
    const { type: _type, host: _host, ...report } = request;
    return onPageRead(host, report, pageUrl, sender.tab.id).then(
      () => ({ ok: true, value: null }),
      (error: unknown) => replyError(error),
    );
  }

  return { handleRequest, handleMessage };
}
