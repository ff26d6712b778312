// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Overview } from '../../../utils/messaging/views';
import { createDashboardSweep } from '../../../utils/sweep/dashboard-sweep';
import { createInspectHtml, domParserParse } from '../../../utils/sweep/inspect-html';
import { planSweep } from '../../../utils/sweep/plan-sweep';
import { entry } from '../support/test-registry';

/** The census sweep with the unit plan's known sites ("Periksa semua" → include every unit site). */
const ENTRIES = [entry({ id: 'a', name: 'A', hosts: ['contoh-a.makassarkota.go.id'], status: 'aktif' })];
const UNIT_HOSTS = ['contoh-a.makassarkota.go.id', 'contohkec.makassarkota.go.id', 'dash.contoh.kel.makassarkota.go.id', 'contoh.makassar.go.id'];

describe('planSweep with unit sites', () => {
  it('adds each known unit site once, on the watched domains only', () => {
    expect(planSweep({ entries: ENTRIES, watchedDomains: ['makassarkota.go.id'], extraHosts: UNIT_HOSTS })).toEqual([
      'contoh-a.makassarkota.go.id',
      'contohkec.makassarkota.go.id',
      'dash.contoh.kel.makassarkota.go.id',
    ]);
  });
});

describe('createDashboardSweep with includeUnits', () => {
  function setup() {
    const fetched: string[] = [];
    const run = createDashboardSweep({
      connector: { getOverview: async () => ({ records: [] }) as unknown as Overview, storeSweepResult: async () => ({ stored: true }) },
      entries: ENTRIES,
      watchedDomains: ['makassarkota.go.id'],
      unitHosts: UNIT_HOSTS,
      fetchFn: async (url) => {
        fetched.push(new URL(url).hostname);
        if (url.includes('contohkec')) return new Response('<h1>500</h1>', { status: 500, headers: { 'content-type': 'text/html' } });
        return new Response('<title>Kelurahan</title><p>Layanan surat kelurahan untuk warga, silakan masuk dengan akun.</p>', { headers: { 'content-type': 'text/html' } });
      },
      inspectHtml: createInspectHtml({ parse: domParserParse }),
    });
    return { run, fetched };
  }
  const request = (includeUnits: boolean) => ({ concurrency: 2, timeoutMs: 1000, includeUnregistered: false, includeUnits, signal: new AbortController().signal, onProgress: () => undefined });

  it('checks the unit sites and says how many answered', async () => {
    const { run, fetched } = setup();
    const outcome = await run(request(true));
    expect(new Set(fetched)).toEqual(new Set(['contoh-a.makassarkota.go.id', 'contohkec.makassarkota.go.id', 'dash.contoh.kel.makassarkota.go.id']));
    expect(outcome.units).toEqual({ checked: 3, alive: 2 });
  });

  it('leaves them out unless asked', async () => {
    const { run, fetched } = setup();
    const outcome = await run(request(false));
    expect(fetched).toEqual(['contoh-a.makassarkota.go.id']);
    expect(outcome.units).toBeUndefined();
  });
});
