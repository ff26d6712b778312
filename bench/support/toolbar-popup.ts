import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Opens the extension's real toolbar popup, as a click on its button does, and reads figures from
 * inside it. Playwright cannot click browser UI, but `chrome.action.openPopup()` called from one of
 * the extension's own pages opens the same popup (Chromium 127+). Playwright does not list a popup
 * among its pages, so it is found and read over CDP: its DevTools target, attached without a flat
 * session (the only kind Playwright's CDPSession can talk to), and `Runtime.evaluate` inside it.
 */
export interface ToolbarPopup {
  /** Milliseconds from the call that opened it to the popup document's navigation start. */
  startAfterOpen: number;
  /** Evaluates an expression in the popup (a promise is awaited) and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** A CDP reply to `Runtime.evaluate`, as the popup's target sends it back. */
interface CdpReply {
  id?: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: unknown };
}

export async function createPopupOpener(context: BrowserContext, probe: Page, extensionId: string) {
  const cdp: CDPSession = await context.newCDPSession(probe);
  const pending = new Map<number, (reply: CdpReply) => void>();
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as CdpReply;
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  const origin = `chrome-extension://${extensionId}/`;

  async function findTarget(path: string, known: ReadonlySet<string>): Promise<string> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const popup = targetInfos.find((target) => target.url.startsWith(origin + path) && !known.has(target.targetId));
      if (popup !== undefined) return popup.targetId;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`the toolbar popup ${path} did not open`);
  }

  return {
    /**
     * Sets `path` as the action's popup (the extension's popup.html unless told otherwise), opens
     * it, and waits until its document exists. The tab in front must be the one the popup is about.
     */
    async open(path = 'popup.html'): Promise<ToolbarPopup> {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const known = new Set(targetInfos.filter((target) => target.url.startsWith(origin + path)).map((target) => target.targetId));
      const openedAt = await probe.evaluate(async (popup) => {
        const action = (globalThis as unknown as { chrome: { action: { setPopup(d: { popup: string }): Promise<void>; openPopup(): Promise<void> } } }).chrome.action;
        await action.setPopup({ popup });
        const at = performance.timeOrigin + performance.now();
        await action.openPopup();
        return at;
      }, path);
      const targetId = await findTarget(path, known);
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
      const evaluate = async <T>(expression: string): Promise<T> => {
        const id = nextId++;
        const reply = new Promise<CdpReply>((resolve) => pending.set(id, resolve));
        await cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
        });
        const { result } = await reply;
        pending.delete(id);
        if (result?.exceptionDetails !== undefined) throw new Error(`in the popup: ${JSON.stringify(result.exceptionDetails).slice(0, 300)}`);
        return result?.result?.value as T;
      };
      // Until the popup's own document has committed, the target may show an empty one (or none).
      let timeOrigin: number | undefined;
      for (const deadline = Date.now() + 10_000; timeOrigin === undefined && Date.now() < deadline; ) {
        const seen = await evaluate<{ href: string; timeOrigin: number } | undefined>('({ href: location.href, timeOrigin: performance.timeOrigin })').catch(() => undefined);
        if (seen?.href.startsWith(origin + path)) timeOrigin = seen.timeOrigin;
        else await new Promise((resolve) => setTimeout(resolve, 5));
      }
      if (timeOrigin === undefined) throw new Error(`the toolbar popup ${path} never showed its document`);
      return {
        startAfterOpen: timeOrigin - openedAt,
        evaluate,
        close: async () => {
          await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
        },
      };
    },
    /** Puts the extension's own popup back (after a round that set another page). */
    async restore(path = 'popup.html'): Promise<void> {
      await probe.evaluate(async (popup) => {
        await (globalThis as unknown as { chrome: { action: { setPopup(d: { popup: string }): Promise<void> } } }).chrome.action.setPopup({ popup });
      }, path);
    },
  };
}
