import { describe, expect, it } from 'vitest';
import { ConnectorError, unwrapReply } from '../../../utils/messaging/connector';
import { requestSchema, type Request } from '../../../utils/messaging/protocol';
import { createRuntimeConnector, DELIVERY_ATTEMPTS } from '../../../utils/platform/runtime-connector';

async function rejection(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('createRuntimeConnector', () => {
  it('sends requests the background accepts and unwraps their values', async () => {
    const sent: Request[] = [];
    const connector = createRuntimeConnector(async (request) => {
      sent.push(request);
      return { ok: true, value: request.type === 'saveSettings' ? request.settings : { kind: 'not-city' } };
    });
    expect(await connector.getSiteCard({ url: 'https://a.makassarkota.go.id/' })).toEqual({ kind: 'not-city' });
    await connector.getSiteCard({ url: null });
    await connector.getOverview();
    await connector.getExport();
    await connector.getSettings();
    // Extra fields would make the strict schema reject the request.
    const extra = { name: 'Andi', unit: 'Diskominfo', other: 1 } as unknown as { name: string; unit: string };
    expect(await connector.saveSettings({ settings: extra })).toEqual({ name: 'Andi', unit: 'Diskominfo' });
    expect(sent.map((request) => request.type)).toEqual([
      'getSiteCard',
      'getSiteCard',
      'getOverview',
      'getExport',
      'getSettings',
      'saveSettings',
    ]);
    for (const request of sent) expect(requestSchema.safeParse(request).success).toBe(true);
  });

  it('rejects with the reply code when the background reports a failure', async () => {
    const connector = createRuntimeConnector(async () => ({ ok: false, code: 'storage-full', error: 'QuotaExceededError' }));
    const error = await rejection(connector.getExport());
    expect(error.code).toBe('storage-full');
    expect(error.message).toBe('QuotaExceededError');
  });

  it('rejects clearly when the background answers nothing, after asking again', async () => {
    let sends = 0;
    const error = await rejection(createRuntimeConnector(async () => void (sends += 1), undefined, 0).getOverview());
    expect(sends).toBe(DELIVERY_ATTEMPTS);
    expect(error.code).toBe('no-response');
    expect(error.message).toContain('returned nothing for "getOverview"');
  });

  it('rejects when the message cannot be delivered, after asking again', async () => {
    let sends = 0;
    const connector = createRuntimeConnector(async () => {
      sends += 1;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }, undefined, 0);
    const error = await rejection(connector.getSettings());
    expect(error.code).toBe('no-response');
    expect(error.message).toContain('Receiving end does not exist');
    expect(sends).toBe(DELIVERY_ATTEMPTS);
  });

  it('survives a worker stopped mid-request by sending again, but never retries an error reply', async () => {
    const replies: Array<() => unknown> = [
      () => {
        throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
      },
      () => ({ ok: true, value: { name: 'Andi', unit: 'Diskominfo' } }),
    ];
    const connector = createRuntimeConnector(async () => replies.shift()!(), undefined, 0);
    expect(await connector.getSettings()).toEqual({ name: 'Andi', unit: 'Diskominfo' });

    let sends = 0;
    const failing = createRuntimeConnector(async () => {
      sends += 1;
      return { ok: false, code: 'storage-full', error: 'full' };
    }, undefined, 0);
    expect((await rejection(failing.getOverview())).code).toBe('storage-full');
    expect(sends).toBe(1);
  });
});

describe('unwrapReply', () => {
  it('treats an unknown error code as internal and a malformed reply as no response', () => {
    expect(() => unwrapReply('getOverview', { ok: false, code: 'weird', error: 'x' })).toThrow(
      expect.objectContaining({ code: 'internal', message: 'x' }),
    );
    expect(() => unwrapReply('getOverview', { value: 1 })).toThrow(expect.objectContaining({ code: 'no-response' }));
    expect(() => unwrapReply('getOverview', 'ok')).toThrow(expect.objectContaining({ code: 'no-response' }));
    expect(unwrapReply('getSettings', { ok: true, value: { name: '', unit: '' } })).toEqual({ name: '', unit: '' });
  });
});
