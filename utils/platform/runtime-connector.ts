import { pageBrowser as browser } from './page-browser';
import { ConnectorError, connectorFrom, unwrapReply, type PantauConnector } from '../messaging/connector';
import type { Payload, Request, RequestType, ResponseMap } from '../messaging/protocol';

/** Sends one request to the background and resolves to its raw reply. */
export type SendMessage = (request: Request) => Promise<unknown>;

/** How often a request is sent before the popup says the background cannot be reached. */
export const DELIVERY_ATTEMPTS = 5;

const sendRuntimeMessage: SendMessage = (request) => browser.runtime.sendMessage(request);

/** Asks the user for host permissions (a page-only browser call; see PantauConnector). */
export type RequestPermissions = (origins: string[]) => Promise<boolean>;

const requestBrowserPermissions: RequestPermissions = (origins) => browser.permissions.request({ origins });

/**
 * The connector the popup and options page use: `browser.runtime.sendMessage` to the background,
 * whose replies are `Reply<T>` (utils/messaging/protocol.ts), through one generic `request`. A failed reply, no reply, or a message that
 * could not be delivered at all all reject with a ConnectorError.
 */
export function createRuntimeConnector(
  send: SendMessage = sendRuntimeMessage,
  requestPermissions: RequestPermissions = requestBrowserPermissions,
  retryDelayMs = 50,
): PantauConnector {
  async function request<K extends RequestType>(type: K, payload: Payload<K>): Promise<ResponseMap[K]> {
    const message = { type, ...payload } as Request;
    let reply: unknown;
    for (let attempt = 1; ; attempt++) {
      try {
        reply = await send(message);
        // No reply at all: the worker was stopped after taking the message (Chromium then resolves
        // with undefined). Ask again like an undelivered message.
        if (reply === undefined && attempt < DELIVERY_ATTEMPTS) throw new Error('no reply');
        break;
      } catch (error) {
        // The worker was stopped while the message was on its way or being answered ("Receiving end
        // does not exist", "message channel closed before a response was received"). Every request
        // is idempotent (reads, or a put of the same settings), so asking again is safe; the next
        // attempt wakes a fresh worker.
        if (attempt < DELIVERY_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, retryDelayMs * attempt));
          continue;
        }
        const detail = error instanceof Error ? error.message : String(error);
        throw new ConnectorError('no-response', `Could not reach the background for "${message.type}": ${detail}`);
      }
    }
    return unwrapReply(type, reply);
  }

  return connectorFrom(request, async (origins) => {
    try {
      return await requestPermissions(origins);
    } catch (error) {
      // e.g. "Only permissions specified in the manifest may be requested."
      throw new ConnectorError('forbidden', error instanceof Error ? error.message : String(error));
    }
  });
}
