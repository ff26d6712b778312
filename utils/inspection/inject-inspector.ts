/** The built inspector (entrypoints/inspector.ts, an unlisted script), as WXT names it in the output. */
export const INSPECTOR_FILE = 'inspector.js';

/** The slice of the scripting API the background uses (chrome.scripting / browser.scripting). */
export interface ScriptingLike {
  executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
}

/**
 * Injects the inspector into the top frame of a tab whose city page finished loading. A tab that
 * closed or navigated away meanwhile makes the browser refuse; that only means no page facts this
 * time, so it is not an error worth more than a resolved `false`.
 */
export async function injectInspector(scripting: ScriptingLike, tabId: number): Promise<boolean> {
  try {
    await scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [INSPECTOR_FILE] });
    return true;
  } catch {
    return false;
  }
}
