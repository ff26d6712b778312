// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Overview } from '../../../utils/messaging/views';
import type { HostRecord } from '../../../utils/visits/host-record';
import { createDashboardSweep } from '../../../utils/sweep/dashboard-sweep';
import { createInspectHtml, domParserParse } from '../../../utils/sweep/inspect-html';
import type { SweepProgress } from '../../../utils/sweep/run-sweep';
import type { sweepMessageParts } from '../../../utils/sweep/sweep-message';
import { entry } from '../support/test-registry';

/** The dashboard's runner: plans, contacts only watched hosts, stores every result as it comes. */
const ENTRIES = [
  entry({ id: 'a', name: 'A', hosts: ['contoh-a.makassarkota.go.id'], status: 'aktif' }),
  entry({ id: 'b', name: 'B', hosts: ['contoh-b.makassarkota.go.id'], status: 'aktif' }),
  // On a domain not watched: never contacted, not counted.
  entry({ id: 'c', name: 'C', hosts: ['contoh-c.makassar.go.id'], status: 'aktif' }),
];
const record = (host: string) => ({ host }) as HostRecord;

function setup() {
  const fetched: string[] = [];
  const stored: Array<ReturnType<typeof sweepMessageParts>> = [];
  const overview = { records: [record('contoh-liar.makassarkota.go.id'), record('evil.example.com'), record('contoh-a.makassarkota.go.id')] } as Overview;
  const run = createDashboardSweep({
    connector: {
      getOverview: async () => overview,
      storeSweepResult: async (parts) => {
        stored.push(parts);
        return { stored: true };
      },
    },
    entries: ENTRIES,
    watchedDomains: ['makassarkota.go.id'],
    fetchFn: async (url) => {
      fetched.push(url);
      if (url.includes('contoh-b')) throw new TypeError('Failed to fetch');
      return new Response('<title>Halo</title><p>Layanan kota Makassar untuk warga, silakan masuk.</p>', { headers: { 'content-type': 'text/html' } });
    },
    inspectHtml: createInspectHtml({ parse: domParserParse }),
  });
  return { run, fetched, stored };
}

describe('createDashboardSweep', () => {
  it('contacts only hosts under the watched domains, unregistered seen ones only when asked', async () => {
    const { run, fetched, stored } = setup();
    const progress: SweepProgress[] = [];
    const outcome = await run({ concurrency: 2, timeoutMs: 1000, includeUnregistered: true, signal: new AbortController().signal, onProgress: (p) => progress.push(p) });
    const hosts = new Set(fetched.map((url) => new URL(url).hostname));
    expect([...hosts].sort()).toEqual(['contoh-a.makassarkota.go.id', 'contoh-b.makassarkota.go.id', 'contoh-liar.makassarkota.go.id']);
    expect(stored.map((parts) => parts.result.host).sort()).toEqual([...hosts].sort());
    expect(stored.find((parts) => parts.result.host === 'contoh-a.makassarkota.go.id')?.page?.title).toBe('Halo');
    expect(stored.find((parts) => parts.result.host === 'contoh-b.makassarkota.go.id')).toMatchObject({ page: null, result: { status: null, error: 'net::ERR_FAILED' } });
    expect(outcome).toMatchObject({ status: 'completed', planned: 3, summary: { alive: 1, total: 2, unregistered: { checked: 1, alive: 1 } } });
    expect(outcome.summary.headline.id).toBe('1 dari 2 aplikasi terdaftar hidup');
    expect(progress.at(-1)).toMatchObject({ total: 3, checked: 3, alive: 2, failed: 1 });
  });

  it('leaves unregistered hosts out unless asked', async () => {
    const { run, fetched } = setup();
    await run({ concurrency: 6, timeoutMs: 1000, includeUnregistered: false, signal: new AbortController().signal, onProgress: () => undefined });
    expect(fetched.some((url) => url.includes('contoh-liar'))).toBe(false);
  });

  it('stops at once when cancelled before it starts: nothing contacted, nothing stored', async () => {
    const { run, fetched, stored } = setup();
    const abort = new AbortController();
    abort.abort();
    const outcome = await run({ concurrency: 6, timeoutMs: 1000, includeUnregistered: true, signal: abort.signal, onProgress: () => undefined });
    expect(outcome.status).toBe('cancelled');
    expect(fetched).toEqual([]);
    expect(stored).toEqual([]);
  });
});
