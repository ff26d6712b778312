// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { analyseReport } from '../../../utils/inspection/analyse-page';
import { EMPTY_RECHECK_MS, MAX_LOAD_WAIT_MS, runInspection, whenPageIdle, type PageInspectedMessage } from '../../../utils/inspection/run-inspection';

const NOW = new Date(2026, 10, 27, 10, 0).getTime();

describe('runInspection (the content script)', () => {
  it('reports the page once for its normalised host', async () => {
    document.documentElement.innerHTML = '<head><title>Portal</title></head><body><p>Berita 20 November 2026</p></body>';
    const sent: PageInspectedMessage[] = [];
    const message = await runInspection(
      document,
      { href: 'https://www.makassarkota.go.id./berita', hostname: 'WWW.makassarkota.go.id.' },
      { send: async (m) => void sent.push(m) },
    );
    expect(sent).toEqual([message]);
    expect(message).toMatchObject({ type: 'pageInspected', host: 'www.makassarkota.go.id', reading: { title: 'Portal', text: 'Berita 20 November 2026' } });
    // The worker makes the facts from the reading.
    expect(analyseReport(message!, 'https://www.makassarkota.go.id/berita', NOW)).toMatchObject({ title: 'Portal', newestDate: '2026-11-20' });
  });

  it('looks again at a page that seemed empty, in case an app was still rendering', async () => {
    document.documentElement.innerHTML = '<head><title></title></head><body><div id="app"></div></body>';
    const wait = vi.fn(async (ms: number) => {
      expect(ms).toBe(EMPTY_RECHECK_MS);
      document.getElementById('app')!.textContent = 'Sistem Informasi Pelayanan Terpadu Kecamatan Contoh — silakan masuk';
    });
    const message = await runInspection(document, { href: 'https://x.makassarkota.go.id/', hostname: 'x.makassarkota.go.id' }, { send: async () => {}, wait });
    expect(wait).toHaveBeenCalledOnce();
    expect(analyseReport(message!, 'https://x.makassarkota.go.id/', NOW).placeholder).toBeNull();
  });

  it('reads a page again exactly when the worker would call it empty', async () => {
    const bodies = ['', '<p>Halo</p>', `<p>${'kata '.repeat(12)}</p>`, '<p>   a  \n\n  b   </p>', '<h1>Portal</h1>', '<img src="x.png">', '<div><span>Memuat</span> <span>…</span></div>'];
    for (const body of bodies) {
      document.documentElement.innerHTML = `<head><title>T</title></head><body>${body}</body>`;
      const wait = vi.fn(async () => {});
      const message = await runInspection(document, { href: 'https://x.makassarkota.go.id/', hostname: 'x.makassarkota.go.id' }, { send: async () => {}, wait });
      const empty = analyseReport(message!, 'https://x.makassarkota.go.id/', NOW).placeholder === 'empty';
      expect({ body, readAgain: wait.mock.calls.length === 1 }).toEqual({ body, readAgain: empty });
    }
    // The one bound: a page with thousands of raw characters is not collapsed in the page to find out.
    document.documentElement.innerHTML = `<head><title>T</title></head><body><p>${' '.repeat(5000)}x</p></body>`;
    const wait = vi.fn(async () => {});
    await runInspection(document, { href: 'https://x.makassarkota.go.id/', hostname: 'x.makassarkota.go.id' }, { send: async () => {}, wait });
    expect(wait).not.toHaveBeenCalled();
  });

  it('sends nothing for a page whose host is not a plain name', async () => {
    const send = vi.fn(async () => {});
    expect(await runInspection(document, { href: 'http://127.0.0.1/', hostname: '127.0.0.1' }, { send })).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });
});

describe('whenPageIdle', () => {
  /** A window whose load event, timers and idle callbacks the test fires by hand. */
  function fakeWindow(readyState: DocumentReadyState) {
    const listeners: Array<() => void> = [];
    const timers: Array<{ ms: number; run: () => void }> = [];
    const idle: Array<() => void> = [];
    const win = {
      document: { readyState },
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
      setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
      requestIdleCallback: (run: () => void) => idle.push(run),
    } as unknown as Window;
    return { win, listeners, timers, idle };
  }
  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    return done;
  };

  it('waits for the load event, then for an idle moment', async () => {
    const fake = fakeWindow('interactive');
    const idle = whenPageIdle(fake.win);
    expect(fake.idle).toHaveLength(0);
    fake.listeners[0]!();
    expect(await settled(idle)).toBe(false);
    fake.idle[0]!();
    expect(await settled(idle)).toBe(true);
  });

  it('does not wait for a load that never comes', async () => {
    const fake = fakeWindow('loading');
    const idle = whenPageIdle(fake.win);
    expect(fake.timers[0]?.ms).toBe(MAX_LOAD_WAIT_MS);
    fake.timers[0]!.run();
    fake.listeners[0]!(); // a late load changes nothing
    expect(fake.idle).toHaveLength(1);
    fake.idle[0]!();
    expect(await settled(idle)).toBe(true);
  });

  it('only waits for idle time on a page that has loaded', () => {
    const fake = fakeWindow('complete');
    void whenPageIdle(fake.win);
    expect(fake.listeners).toHaveLength(0);
    expect(fake.idle).toHaveLength(1);
  });
});
