import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDbProvider } from '../../../utils/db/open-db';
import type { Overview } from '../../../utils/messaging/views';
import { createBackground } from '../../../utils/background/create-background';
import {
  actionAlarmStore,
  ALARM_BADGE,
  classifyWriteFailure,
  createRecordingAlarm,
  type ActionLike,
} from '../../../utils/background/recording-alarm';
import { withTransactionError } from '../../../utils/visits/visit-recorder';
import { TEST_REGISTRY } from '../support/test-registry';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { opdList } from '../../../utils/registry/opd-list';

/** The browser-held global action state: it outlives any one service (= worker) instance. */
function fakeAction() {
  const state = { text: '', title: 'Pantau', color: '' };
  const action: ActionLike = {
    setBadgeText: async ({ text }) => void (state.text = text),
    getBadgeText: async () => state.text,
    setBadgeBackgroundColor: async ({ color }) => void (state.color = color),
    setTitle: async ({ title }) => void (state.title = title),
  };
  return { action, state };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A fresh service over the same database and the same action state: a worker restart. */
function worker(action: ActionLike) {
  return createBackground({
    getDb: createDbProvider(),
    bundled: async () => TEST_REGISTRY,
    unitPlan: async () => BUNDLED_UNIT_PLAN,
    opdUnits: async () => opdList(),
    extension: { version: '0.1.0', browser: 'chrome' },
    setBadge: async () => {},
    getTabTitle: async () => 'Judul',
    recordingAlarm: createRecordingAlarm(actionAlarmStore(action, (p) => `Pantau: ${p}`, 'Pantau')),
  });
}

const nav = (host: string) => ({ tabId: 1, frameId: 0, url: `https://${host}/` });
async function overviewOf(service: ReturnType<typeof worker>): Promise<Overview> {
  const reply = await service.handleRequest({ type: 'getOverview' });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Overview;
}
const problemOf = async (service: ReturnType<typeof worker>) => (await overviewOf(service)).recordingProblem;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('classifyWriteFailure', () => {
  it('tells a full quota from any other failure', () => {
    expect(classifyWriteFailure(quotaError())).toBe('storage-full');
    expect(classifyWriteFailure(new DOMException('aborted', 'AbortError'))).toBe('write-failed');
    expect(classifyWriteFailure(new DOMException('Internal error opening backing store', 'UnknownError'))).toBe('write-failed');
    expect(classifyWriteFailure('weird')).toBe('write-failed');
  });

  it('sees the quota error that an aborted transaction carries behind an AbortError', async () => {
    const tx = { error: quotaError() };
    const failing = withTransactionError(tx, () => Promise.reject(new DOMException('The transaction was aborted', 'AbortError')));
    await expect(failing).rejects.toMatchObject({ name: 'QuotaExceededError' });
    await expect(withTransactionError({ error: null }, () => Promise.reject(new Error('x')))).rejects.toThrow('x');
  });
});

describe('storage full while recording', () => {
  it('raises a durable alarm, records nothing, and resumes when space returns', async () => {
    const { action, state } = fakeAction();
    const first = worker(action);
    await first.onCommitted(nav('data.makassarkota.go.id'));
    expect(await problemOf(first)).toBeNull();

    const put = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    await expect(first.onCommitted(nav('baru.makassarkota.go.id'))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    await expect(first.onCompleted(nav('data.makassarkota.go.id'))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(state).toMatchObject({ text: ALARM_BADGE['storage-full'], title: 'Pantau: storage-full', color: '#d93025' });
    expect(await problemOf(first)).toBe('storage-full');

    // The worker dies; a new one (empty memory) still knows, and nothing half-written appeared.
    const second = worker(action);
    expect(await problemOf(second)).toBe('storage-full');
    expect((await overviewOf(second)).records.map((r) => [r.host, r.visits])).toEqual([['data.makassarkota.go.id', 1]]);

    put.mockRestore();
    await second.onCommitted(nav('baru.makassarkota.go.id'));
    expect(state).toMatchObject({ text: '', title: 'Pantau' });
    expect(await problemOf(second)).toBeNull();
    expect((await overviewOf(second)).hostsSeen).toBe(2);
  });

  it('marks other database failures differently, and a failing alarm never hides the error', async () => {
    const { action, state } = fakeAction();
    const service = worker(action);
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('disk I/O', 'UnknownError');
    });
    await expect(service.onCommitted(nav('baru.makassarkota.go.id'))).rejects.toMatchObject({ name: 'UnknownError' });
    expect(state.text).toBe(ALARM_BADGE['write-failed']);

    action.setBadgeText = () => Promise.reject(new Error('no action API'));
    await expect(service.onCommitted(nav('baru.makassarkota.go.id'))).rejects.toMatchObject({ name: 'UnknownError' });
  });

  it('clears a stale alarm once per worker, not on every visit', async () => {
    const store = { read: vi.fn(async () => null), write: vi.fn(async (_problem: string | null) => {}) };
    const alarm = createRecordingAlarm(store);
    await alarm.succeeded();
    await alarm.succeeded();
    expect(store.write).toHaveBeenCalledTimes(1);
    expect(store.write).toHaveBeenCalledWith(null);
    await alarm.failed(quotaError());
    await alarm.succeeded();
    expect(store.write.mock.calls.map((c) => c[0])).toEqual([null, 'storage-full', null]);
  });
});
