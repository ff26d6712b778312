/**
 * "Periksa ulang": the popup asks to read the page of a tab again now, whatever the inspect-once
 * period says. The answer waits until the page's report is stored (or gives up), so the popup can
 * show the new facts at once. Memory only: if the worker stops meanwhile, the popup's request
 * fails and it says so; the report itself is stored as any other.
 */
export interface ReinspectServiceDeps {
  /** Injects the inspector into the tab; resolves false when the browser refused (tab gone, not a city page). */
  inspectPage?: (tabId: number) => Promise<unknown>;
  /** How long to wait for the page's report. */
  timeoutMs?: number;
}

/** A busy page is read in idle slices; this leaves it time, and bounds a page that never answers. */
const REPORT_TIMEOUT_MS = 15_000;

export function createReinspectService(deps: ReinspectServiceDeps) {
  const waiting = new Map<number, Array<(read: boolean) => void>>();

  /** A page report from tab `tabId` was stored: answer who asked for it. */
  function pageRead(tabId: number): void {
    const answers = waiting.get(tabId) ?? [];
    waiting.delete(tabId);
    for (const answer of answers) answer(true);
  }

  async function reinspect(tabId: number): Promise<boolean> {
    if (deps.inspectPage === undefined) return false;
    let answer: (read: boolean) => void = () => {};
    const read = new Promise<boolean>((resolve) => (answer = resolve));
    waiting.set(tabId, [...(waiting.get(tabId) ?? []), answer]);
    const timer = setTimeout(() => answer(false), deps.timeoutMs ?? REPORT_TIMEOUT_MS);
    if ((await deps.inspectPage(tabId)) === false) answer(false);
    const result = await read;
    clearTimeout(timer);
    waiting.set(tabId, (waiting.get(tabId) ?? []).filter((waiter) => waiter !== answer));
    if (waiting.get(tabId)?.length === 0) waiting.delete(tabId);
    return result;
  }

  return { reinspect, pageRead };
}
