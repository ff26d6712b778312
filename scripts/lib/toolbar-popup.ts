import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Opens the extension's real toolbar popup, as a click on its button does, and reads figures from
 * inside it. Playwright cannot click browser UI, but `chrome.action.openPopup()` called from one of
 * the extension's own pages opens the same popup (Chromium 127+). Playwright does not list a popup
 * among its pages, so it is found and read over CDP: its DevTools target, attached without a flat
 * session (the only kind Playwright's CDPSession can talk to), and `Runtime.evaluate` inside it.
 */
export interface ToolbarPopup {
  /** When the open call was made, in epoch milliseconds (performance.timeOrigin + now of the caller). */
  openedAt: number;
  /**
   * Evaluates `expression` (a promise is awaited) in the popup's own document, once it has one,
   * and returns its value with that document's performance.timeOrigin. Nothing polls the popup
   * while it starts: an expression that waits should use events or observers.
   */
  inDocument<T>(expression: string): Promise<{ timeOrigin: number; value: T }>;
  close(): Promise<void>;
}

/**
 * An expression for ToolbarPopup.inDocument that resolves with the time of the User Timing mark
 * `name` once the popup sets it: an observer, so nothing polls the popup while it starts.
 */
export function untilMark(name: string): string {
  const quoted = JSON.stringify(name);
  return `new Promise((resolve) => {
    const mark = performance.getEntriesByName(${quoted}, 'mark')[0];
    if (mark) return resolve(mark.startTime);
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName(${quoted})[0];
      if (entry) { observer.disconnect(); resolve(entry.startTime); }
    }).observe({ type: 'mark', buffered: true });
  })`;
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
  // Targets are reported as they appear, so nothing asks the browser over and over while it makes the popup.
  const appeared: Array<{ path: string; resolve: (targetId: string) => void }> = [];
  // A popup already handed out can still report a change while it closes: never hand it out again.
  const handedOut = new Set<string>();
  const seen = (info: { targetId: string; url: string; type: string }) => {
    if (handedOut.has(info.targetId)) return;
    const waiter = appeared.find((each) => info.url.startsWith(origin + each.path));
    if (waiter === undefined) return;
    appeared.splice(appeared.indexOf(waiter), 1);
    handedOut.add(info.targetId);
    waiter.resolve(info.targetId);
  };
  cdp.on('Target.targetCreated', (event) => seen(event.targetInfo));
  cdp.on('Target.targetInfoChanged', (event) => seen(event.targetInfo));
  await cdp.send('Target.setDiscoverTargets', { discover: true });

  return {
    /**
     * Sets `path` as the action's popup (the extension's popup.html unless told otherwise) and
     * opens it. The tab in front must be the one the popup is about.
     */
    async open(path = 'popup.html'): Promise<ToolbarPopup> {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const target = new Promise<string>((resolve, reject) => {
        appeared.push({ path, resolve });
        timer = setTimeout(() => reject(new Error(`the toolbar popup ${path} did not open`)), 10_000);
      }).finally(() => clearTimeout(timer));
      const openedAt = await probe.evaluate(async (popup) => {
        const action = (globalThis as unknown as { chrome: { action: { setPopup(d: { popup: string }): Promise<void>; openPopup(): Promise<void> } } }).chrome.action;
        await action.setPopup({ popup });
        const at = performance.timeOrigin + performance.now();
        await action.openPopup();
        return at;
      }, path);
      const targetId = await target;
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
      const evaluate = async (expression: string): Promise<CdpReply['result']> => {
        const id = nextId++;
        const reply = new Promise<CdpReply>((resolve) => pending.set(id, resolve));
        await cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
        });
        const { result } = await reply;
        pending.delete(id);
        return result;
      };
      const own = JSON.stringify(origin + path);
      return {
        openedAt,
        async inDocument<T>(expression: string) {
          // Until the popup's own document has committed, the target may hold an empty one, whose
          // context goes away with the navigation (an error reply): then ask again.
          const wrapped = `location.href.startsWith(${own}) ? Promise.resolve(${expression}).then((value) => ({ timeOrigin: performance.timeOrigin, value })) : null`;
          for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
            const result = await evaluate(wrapped);
            if (result?.exceptionDetails !== undefined) throw new Error(`in the popup: ${JSON.stringify(result.exceptionDetails).slice(0, 300)}`);
            const value = result?.result?.value as { timeOrigin: number; value: T } | null | undefined;
            if (value !== null && value !== undefined) return value;
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
          throw new Error(`the toolbar popup ${path} never showed its document`);
        },
        close: async () => {
          await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
        },
      };
    },
  };
}
