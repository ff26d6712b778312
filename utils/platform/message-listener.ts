import { browser } from 'wxt/browser';

/** Answers one runtime message, or returns undefined to leave it unanswered. */
export type MessageHandler<Sender> = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

type SendResponse = (reply: unknown) => void;

/**
 * The worker's runtime.onMessage listener in the one form both browsers honour without
 * webextension-polyfill: `sendResponse` plus `return true` to keep the channel open. A listener
 * returning a Promise is answered natively by Firefox, but Chromium only learned it recently, and
 * returning `true` works in every version of both. A handler that rejects (it never should: the
 * router turns errors into replies) leaves the message unanswered, which the connector reports.
 */
export function answerMessage<Sender>(handle: MessageHandler<Sender>) {
  return (message: unknown, sender: Sender, sendResponse: SendResponse): boolean => {
    const reply = handle(message, sender);
    if (reply === undefined) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}

/** Registers `handle` for the extension's runtime messages (synchronously, at worker start). */
export function listenForMessages<Sender>(handle: MessageHandler<Sender>): void {
  browser.runtime.onMessage.addListener(answerMessage(handle) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
