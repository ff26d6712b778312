import { describe, expect, it, vi } from 'vitest';
import { sendRuntimeMessage } from '../../../utils/platform/runtime-message';

describe('sendRuntimeMessage (the page inspector sends with the browser API itself)', () => {
  it('uses browser.runtime where it exists (Firefox), else chrome.runtime (Chromium)', async () => {
    const firefox = vi.fn(async () => 'ff');
    const chromium = vi.fn(async () => 'cr');
    expect(await sendRuntimeMessage({ type: 'x' }, { browser: { runtime: { sendMessage: firefox } }, chrome: { runtime: { sendMessage: chromium } } })).toBe('ff');
    expect(await sendRuntimeMessage({ type: 'y' }, { chrome: { runtime: { sendMessage: chromium } } })).toBe('cr');
    expect(firefox).toHaveBeenCalledWith({ type: 'x' });
    expect(chromium).toHaveBeenCalledWith({ type: 'y' });
  });

  it('rejects outside an extension', async () => {
    await expect(sendRuntimeMessage({}, {})).rejects.toThrow(/no extension runtime/);
  });
});
