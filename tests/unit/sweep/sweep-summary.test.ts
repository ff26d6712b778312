import { describe, expect, it } from 'vitest';
import { planSweep } from '../../../utils/sweep/plan-sweep';
import { NO_HTML, type SweepResult } from '../../../utils/sweep/sweep-result';
import { summariseSweep } from '../../../utils/sweep/sweep-summary';
import { TEST_REGISTRY } from '../support/test-registry';

function result(host: string, over: Partial<SweepResult> = {}): SweepResult {
  return { ...NO_HTML, source: 'sweep', host, checkedAt: 1, status: 200, finalUrl: `https://${host}/`, redirects: [], https: true, hsts: true, server: null, poweredBy: null, lastModified: null, error: null, httpsError: null, redirectStop: null, ...over };
}
const WATCHED = ['makassarkota.go.id'];
const entries = TEST_REGISTRY.entries.filter((e) => e.hosts.some((h) => h.endsWith('makassarkota.go.id')));

describe('summariseSweep', () => {
  it('says "N dari M aplikasi terdaftar hidup" and lists problems, registered-active apps first', () => {
    const summary = summariseSweep(entries, [
      result('www.makassarkota.go.id', { status: 503 }), // portal (aktif): one host down…
      result('makassarkota.go.id', { status: 500 }), // …and the other too
      result('dukcapil.makassarkota.go.id', { status: null, error: 'net::ERR_CONNECTION_TIMED_OUT' }),
      result('lama.makassarkota.go.id'), // listed tidak-aktif, but alive
      result('baru.makassarkota.go.id', { placeholder: 'default-page' }),
      result('liar.makassarkota.go.id'), // unregistered
    ]);
    expect(summary.headline).toEqual({ id: '1 dari 4 aplikasi terdaftar hidup', en: '1 of 4 registered apps alive' });
    expect(summary.aliveButListedInactive).toEqual(['lama']);
    expect(summary.problems.map((p) => [p.entryId, p.outcome, p.code])).toEqual([
      ['portal', 'problem', 'http-500'], // the entry's first host is shown,
      ['baru', 'problem', 'placeholder-default-page'],
      ['dukcapil', 'failed', 'net::ERR_CONNECTION_TIMED_OUT'],
    ]);
    // Words, not the code: the code stays in `code` and is shown as a detail.
    expect(summary.problems[2]?.detail).toEqual({ id: 'tidak menjawab tepat waktu', en: 'no answer in time' });
    expect(summary.problems[2]?.code).toBe('net::ERR_CONNECTION_TIMED_OUT');
    expect(summary.unregistered).toEqual({ checked: 1, alive: 1 });
  });

  it('counts an app alive when any of its hosts is, and uses the latest result per host', () => {
    const summary = summariseSweep(entries, [
      result('makassarkota.go.id', { status: 500, checkedAt: 1 }),
      result('makassarkota.go.id', { status: 200, checkedAt: 2 }),
      result('www.makassarkota.go.id', { status: 500 }),
    ]);
    expect(summary).toMatchObject({ alive: 1, total: 4, notChecked: 3, problems: [] });
    expect(summary.headline.id).toBe('1 dari 4 aplikasi terdaftar hidup; 3 belum diperiksa');
  });
});

describe('planSweep', () => {
  it('takes every watched registry host, then seen unregistered hosts when asked, skipping done ones', () => {
    const plan = planSweep({
      entries: TEST_REGISTRY.entries,
      watchedDomains: WATCHED,
      seenHosts: ['liar.makassarkota.go.id', 'dukcapil.makassarkota.go.id'],
      includeUnregistered: true,
      done: new Set(['lama.makassarkota.go.id']),
    });
    expect(plan).toEqual(['makassarkota.go.id', 'www.makassarkota.go.id', 'dukcapil.makassarkota.go.id', 'baru.makassarkota.go.id', 'liar.makassarkota.go.id']);
    expect(planSweep({ entries: TEST_REGISTRY.entries, watchedDomains: WATCHED, seenHosts: ['liar.makassarkota.go.id'] })).not.toContain('liar.makassarkota.go.id');
  });
});

describe('sweep problem words', () => {
  it('names a placeholder kind in words and tells a fetch failure apart from a precise one', async () => {
    const { describeResult } = await import('../../../utils/sweep/sweep-summary');
    const { NO_HTML } = await import('../../../utils/sweep/sweep-result');
    const base = { ...NO_HTML, source: 'sweep' as const, host: 'contoh.makassarkota.go.id', checkedAt: 1, status: null, finalUrl: null, redirects: [], https: false, hsts: false, server: null, poweredBy: null, lastModified: null, error: null, httpsError: null, redirectStop: null };
    expect(describeResult({ ...base, status: 200, placeholder: 'server-default' }).detail.id).toBe('halaman pengganti: halaman bawaan server web');
    expect(describeResult({ ...base, error: 'net::ERR_FAILED' }).detail.id).toMatch(/^tidak dapat dihubungi \(sebab pastinya hanya terlihat saat situs dikunjungi\)$/);
    expect(describeResult({ ...base, error: 'net::ERR_NAME_NOT_RESOLVED' }).detail).toEqual({ id: 'nama host tidak ditemukan', en: 'host name not found' });
  });
});
