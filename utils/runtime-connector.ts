import { browser } from 'wxt/browser';
import { ConnectorError, unwrapReply, type PantauConnector } from './connector';
import type { Request, RequestType, ResponseMap } from './messages';

/** Sends one request to the background and resolves to its raw reply. */
export type SendMessage = (request: Request) => Promise<unknown>;

const sendRuntimeMessage: SendMessage = (request) => browser.runtime.sendMessage(request);

/**
 * The connector the popup and options page use: `browser.runtime.sendMessage` to the background,
 * whose replies are `Reply<T>` (utils/messages.ts). A failed reply, no reply, or a message that
 * could not be delivered at all all reject with a ConnectorError.
 */
export function createRuntimeConnector(send: SendMessage = sendRuntimeMessage): PantauConnector {
  async function request<K extends RequestType>(message: Extract<Request, { type: K }>): Promise<ResponseMap[K]> {
    let reply: unknown;
    try {
      reply = await send(message);
    } catch (error) {
      // e.g. "Could not establish connection. Receiving end does not exist." while the worker restarts.
      const detail = error instanceof Error ? error.message : String(error);
      throw new ConnectorError('no-response', `Could not reach the background for "${message.type}": ${detail}`);
    }
    return unwrapReply(message.type as K, reply);
  }

  return {
    getSiteCard: (url) => request({ type: 'getSiteCard', url }),
    getOverview: () => request({ type: 'getOverview' }),
    getExport: () => request({ type: 'getExport' }),
    getSettings: () => request({ type: 'getSettings' }),
    saveSettings: (settings) => request({ type: 'saveSettings', settings: { name: settings.name, unit: settings.unit } }),
    getInspectionSettings: () => request({ type: 'getInspectionSettings' }),
    saveInspectionSettings: (settings) =>
      request({ type: 'saveInspectionSettings', settings: { staleMonths: settings.staleMonths } }),
  };
}
