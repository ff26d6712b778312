/**
 * One runtime message through the browser's own API, for the page inspector: it sends a single
 * message and must stay small (it is parsed in the city page), so it uses no polyfill. Firefox
 * has `browser`, Chromium `chrome`; both return a promise from runtime.sendMessage in MV3 / MV2
 * Firefox.
 */
interface RuntimeLike {
  runtime?: { sendMessage?: (message: unknown) => Promise<unknown> };
}

/** Sends `message` to the extension's background; rejects where there is no extension runtime. */
export function sendRuntimeMessage(message: unknown, scope: { browser?: RuntimeLike; chrome?: RuntimeLike } = globalThis as never): Promise<unknown> {
  const runtime = scope.browser?.runtime?.sendMessage !== undefined ? scope.browser.runtime : scope.chrome?.runtime;
  if (runtime?.sendMessage === undefined) return Promise.reject(new Error('no extension runtime in this context'));
  return runtime.sendMessage(message);
}
