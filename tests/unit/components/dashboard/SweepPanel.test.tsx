// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SweepPanel } from '../../../../components/dashboard/SweepPanel';
import type { SweepRequest, SweepRunner } from '../../../../utils/sweep/dashboard-sweep';
import type { SweepProgress } from '../../../../utils/sweep/run-sweep';
import { summariseSweep } from '../../../../utils/sweep/sweep-summary';
import { NO_HTML, type SweepResult } from '../../../../utils/sweep/sweep-result';
import { entry } from '../../support/test-registry';
import { renderIn } from '../helpers';

afterEach(cleanup);

const ENTRIES = [
  entry({ id: 'a', name: 'Aplikasi A', hosts: ['contoh-a.makassarkota.go.id'], status: 'aktif' }),
  entry({ id: 'b', name: 'Aplikasi B', hosts: ['contoh-b.makassarkota.go.id'], status: 'aktif' }),
];

function result(host: string, over: Partial<SweepResult> = {}): SweepResult {
  return { ...NO_HTML, source: 'sweep', host, checkedAt: 1, status: 200, finalUrl: `https://${host}/`, redirects: [], https: true, hsts: false, server: null, poweredBy: null, lastModified: null, error: null, httpsError: null, redirectStop: null, ...over };
}

const progress = (over: Partial<SweepProgress>): SweepProgress => ({ total: 2, checked: 0, alive: 0, problem: 0, failed: 0, inFlight: 0, elapsedMs: 0, etaMs: null, ...over });

/** A runner the test drives by hand: it reports progress when told and ends on cancel. */
function fakeRunner() {
  const calls: SweepRequest[] = [];
  const run: SweepRunner = (request) => {
    calls.push(request);
    return new Promise((resolve) => {
      request.signal.addEventListener('abort', () => {
        const results = [result('contoh-a.makassarkota.go.id')];
        resolve({ status: 'cancelled', planned: 2, summary: summariseSweep(ENTRIES, results) });
      });
    });
  };
  return { run, calls };
}

describe('SweepPanel', () => {
  it('passes the options, shows counts and time left, and cancels keeping what was checked', async () => {
    const runner = fakeRunner();
    renderIn(<SweepPanel run={runner.run} />);
    expect((screen.getByTestId('sweep-concurrency') as HTMLInputElement).value).toBe('6');
    expect((screen.getByTestId('sweep-timeout') as HTMLInputElement).value).toBe('10');
    fireEvent.input(screen.getByTestId('sweep-concurrency'), { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('sweep-include-unregistered'));
    fireEvent.click(screen.getByTestId('sweep-start'));
    await waitFor(() => expect(runner.calls).toHaveLength(1));
    expect(runner.calls[0]).toMatchObject({ concurrency: 3, timeoutMs: 10_000, includeUnregistered: true });
    act(() => runner.calls[0]!.onProgress(progress({ checked: 1, alive: 1, etaMs: 4200 })));
    expect(screen.getByTestId('sweep-counts').textContent).toBe('1 dari 2 diperiksa: 1 hidup, 0 bermasalah, 0 gagal');
    expect(screen.getByTestId('sweep-eta').textContent).toBe('Perkiraan sisa waktu: 5 detik');
    expect((screen.getByTestId('sweep-concurrency') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('sweep-cancel'));
    await screen.findByTestId('sweep-cancelled');
    expect(runner.calls[0]!.signal.aborted).toBe(true);
    expect(screen.getByTestId('sweep-headline').textContent).toBe('1 dari 2 aplikasi terdaftar hidup; 1 belum diperiksa');
    expect(screen.getByTestId('sweep-counts').textContent).toBe('1 dari 2 diperiksa: 1 hidup, 0 bermasalah, 0 gagal');
    expect(screen.queryByTestId('sweep-eta')).toBeNull();
    expect(screen.getByTestId('sweep-start')).toBeTruthy();
  });

  it('ends with the headline and the list of problems, failures explained like visit failures', async () => {
    const results = [result('contoh-a.makassarkota.go.id', { status: 500 }), result('contoh-b.makassarkota.go.id', { status: null, finalUrl: null, error: 'net::ERR_NAME_NOT_RESOLVED' })];
    const run: SweepRunner = async (request) => {
      request.onProgress(progress({ checked: 2, problem: 1, failed: 1, etaMs: 0 }));
      return { status: 'completed', planned: 2, summary: summariseSweep(ENTRIES, results) };
    };
    renderIn(<SweepPanel run={run} />, 'en');
    fireEvent.click(screen.getByTestId('sweep-start'));
    expect((await screen.findByTestId('sweep-headline')).textContent).toBe('0 of 2 registered apps alive');
    const problems = screen.getAllByTestId('sweep-problem');
    expect(problems.map((li) => li.dataset['code'])).toEqual(['http-500', 'net::ERR_NAME_NOT_RESOLVED']);
    expect(problems[1]!.textContent).toMatch(/address|name|DNS/i);
    expect(screen.getByTestId('sweep-counts').textContent).toBe('2 of 2 checked: 0 alive, 1 with problems, 1 failed');
  });

  it('shows a runner failure as an error, not a summary', async () => {
    renderIn(<SweepPanel run={async () => Promise.reject(new Error('disk full'))} />);
    fireEvent.click(screen.getByTestId('sweep-start'));
    expect((await screen.findByTestId('sweep-error')).textContent).toContain('disk full');
    expect(screen.queryByTestId('sweep-summary')).toBeNull();
  });
});
