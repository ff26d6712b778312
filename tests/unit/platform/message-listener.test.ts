import { describe, expect, it, vi } from 'vitest';
import { answerMessage } from '../../../utils/platform/message-listener';

describe('answerMessage (the worker runtime.onMessage listener without the polyfill)', () => {
  it('keeps the channel open and answers with the handler result through sendResponse', async () => {
    const sendResponse = vi.fn();
    const listener = answerMessage((message) => Promise.resolve({ ok: true, value: message }));
    expect(listener('hi', {}, sendResponse)).toBe(true);
    expect(sendResponse).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: 'hi' }));
  });

  it('leaves a message the handler does not answer unanswered (returns false, never sends)', async () => {
    const sendResponse = vi.fn();
    expect(answerMessage(() => undefined)('from elsewhere', {}, sendResponse)).toBe(false);
    await Promise.resolve();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers undefined when the handler fails, so the sender is not left waiting', async () => {
    const sendResponse = vi.fn();
    expect(answerMessage(() => Promise.reject(new Error('boom')))('x', {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(undefined));
  });
});
