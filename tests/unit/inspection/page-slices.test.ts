// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { analyseReport, inspectDocument } from '../../../utils/inspection/analyse-page';
import { readDocumentInSlices } from '../../../utils/inspection/run-inspection';
import { createPageWalk, samplePage, SAMPLE_LIMITS } from '../../../utils/inspection/page-sample';
import { completeSample } from '../../../utils/inspection/page-reading';
import { pageYielder, SLICE_MS, walkInSlices } from '../../../utils/inspection/page-slices';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const URL_HTTPS = 'https://x.makassarkota.go.id/';
const NOW = new Date(2026, 10, 27, 10, 0).getTime();
const rows = (n: number) => Array.from({ length: n }, (_, i) => `<p>Baris ${i}</p>`).join('');

/** A clock that advances 1 ms per look, and by `pageMs` whenever the page has the thread. */
function fakeTime(pageMs: number) {
  let t = 0;
  const clock = () => (t += 1);
  const yields: number[] = [];
  const yieldToPage = vi.fn(async () => {
    t += pageMs;
    yields.push(t);
    return SLICE_MS;
  });
  return { clock, yieldToPage, yields };
}

describe('walkInSlices', () => {
  it('reads the whole page in several slices, yielding before each, with the same facts as one walk', async () => {
    const doc = parse(`<head><title>Portal</title></head><body><time datetime="2026-11-20">x</time>${rows(3000)}</body>`);
    const time = fakeTime(0);
    const { reading, report } = await walkInSlices(createPageWalk(doc, { ...SAMPLE_LIMITS, timeBudgetMs: 10_000 }, time.clock), { timeBudgetMs: 10_000 }, time.yieldToPage, time.clock);
    const sample = completeSample(reading, URL_HTTPS, SAMPLE_LIMITS);
    expect(report.slices).toBeGreaterThan(3);
    // One yield before every slice but the first (the caller has just waited for idle time).
    expect(time.yieldToPage).toHaveBeenCalledTimes(report.slices - 1);
    // A slice stops at the first clock look past its end: SLICE_MS plus one look (1 ms here), and its own timing looks.
    expect(report.longestSliceMs).toBeLessThanOrEqual(SLICE_MS + 3);
    expect(sample).toEqual(samplePage(doc, URL_HTTPS, { ...SAMPLE_LIMITS, timeBudgetMs: 10_000 }, () => 0));
    expect(sample.truncated).toBe(false);
  });

  it('counts only its own slices against the time budget, not the time the page runs in between', async () => {
    const doc = parse(`<body>${rows(3000)}</body>`);
    const busyPage = fakeTime(1_000); // a second of page work between slices
    const { reading, report } = await walkInSlices(createPageWalk(doc, SAMPLE_LIMITS, busyPage.clock), { timeBudgetMs: 1_000 }, busyPage.yieldToPage, busyPage.clock);
    const sample = completeSample(reading, URL_HTTPS, SAMPLE_LIMITS);
    expect(sample.truncated).toBe(false);
    expect(sample.text).toContain('Baris 2999');
    expect(report.workMs).toBeLessThan(1_000);
  });

  it('does not count a pause in one slice (the thread descheduled, a GC) as the walk’s work', async () => {
    const doc = parse(`<body>${rows(300)}<footer>© 2026 Kecamatan Contoh</footer></body>`);
    let t = 0;
    let looks = 0;
    // One look at the clock, early in the first slice, finds 100 ms gone; every other look costs 1 ms.
    const clock = () => (t += ++looks === 3 ? 100 : 1);
    const { reading, report } = await walkInSlices(createPageWalk(doc, SAMPLE_LIMITS, clock), { timeBudgetMs: 30 }, async () => SLICE_MS, clock);
    const sample = completeSample(reading, URL_HTTPS, SAMPLE_LIMITS);
    expect(sample.truncated).toBe(false);
    expect(sample.text).toContain('© 2026');
    // The pause is still reported as it was: the page was held that long.
    expect(report.longestSliceMs).toBeGreaterThanOrEqual(100);
  });

  it('stops when the slices have spent the budget, having read the top of the page', async () => {
    const doc = parse(`<body><time datetime="2026-11-20">x</time>${rows(20_000)}</body>`);
    const time = fakeTime(0);
    const { reading, report } = await walkInSlices(createPageWalk(doc, SAMPLE_LIMITS, time.clock), { timeBudgetMs: 12 }, time.yieldToPage, time.clock);
    const sample = completeSample(reading, URL_HTTPS, SAMPLE_LIMITS);
    expect(sample.truncated).toBe(true);
    expect(sample.structuredDates).toEqual(['2026-11-20']);
    expect(sample.text).not.toContain('Baris 19999');
    // Budget, plus at most one slice's overshoot and the finishing slice.
    expect(report.workMs).toBeLessThanOrEqual(12 + SLICE_MS + 6);
  });
});

describe('a small page', () => {
  it('is read and gathered in one slice, with no wait', async () => {
    const doc = parse('<head><title>Kecil</title></head><body><p>Halo</p></body>');
    const time = fakeTime(0);
    const { reading, report } = await walkInSlices(createPageWalk(doc, SAMPLE_LIMITS, time.clock), SAMPLE_LIMITS, time.yieldToPage, time.clock);
    expect(reading.title).toBe('Kecil');
    expect(report.slices).toBe(1);
    expect(time.yieldToPage).not.toHaveBeenCalled();
    expect(report.longestSliceMs).toBe(report.workMs);
  });
});

describe('readDocumentInSlices and analyseReport', () => {
  it('reports the slices total as scanMs and the longest slice', async () => {
    const time = fakeTime(5);
    const report = await readDocumentInSlices(parse(`<head><title>Portal</title></head><body>${rows(2000)}</body>`), time.yieldToPage, SAMPLE_LIMITS, time.clock);
    const facts = analyseReport(report, URL_HTTPS, NOW);
    expect(facts.title).toBe('Portal');
    expect(facts.longestSliceMs).toBeGreaterThan(0);
    expect(facts.longestSliceMs).toBeLessThanOrEqual(facts.scanMs);
    expect(facts.scanMs).toBeLessThan(time.yields.at(-1)!); // the page's own time is not in it
  });

  it('gives the worker the same facts the sweep gets from one walk of the same page', async () => {
    const html = `<head><base href="/portal/"><title>Portal</title><meta name="generator" content="WordPress 6.4"><script type="application/ld+json">{"dateModified":"2026-11-20"}</script></head>
      <body><h1>Layanan</h1><style>p { color: red }</style><p>Berita 2 November 2026</p><form action="http://x.makassarkota.go.id/masuk"><input type="password"></form><noscript><p>Aktifkan JavaScript</p></noscript>${rows(300)}</body>`;
    const time = fakeTime(0);
    const report = await readDocumentInSlices(parse(html), time.yieldToPage, SAMPLE_LIMITS, time.clock);
    const { scanMs: _a, longestSliceMs: _b, ...fromReport } = analyseReport(report, URL_HTTPS, NOW);
    const { scanMs: _c, ...inOneWalk } = inspectDocument(parse(html), URL_HTTPS, NOW);
    expect(fromReport).toEqual(inOneWalk);
    expect(fromReport).toMatchObject({ passwordOverHttp: true, newestDate: '2026-11-20', software: [{ name: 'WordPress', version: '6.4' }] });
    // Style and noscript text is not page text.
    expect(report.reading.text).not.toMatch(/color: red|Aktifkan/);
  });
});

describe('pageYielder', () => {
  it('waits for an idle callback and works no longer than its deadline allows, nor than SLICE_MS', async () => {
    const calls: Array<{ run: IdleRequestCallback; timeout?: number }> = [];
    const win = { setTimeout, requestIdleCallback: (run: IdleRequestCallback, options?: IdleRequestOptions) => calls.push({ run, timeout: options?.timeout }) };
    const next = pageYielder(win as never);
    const short = next();
    calls[0]!.run({ didTimeout: false, timeRemaining: () => 2 });
    expect(await short).toBe(2);
    const long = next();
    calls[1]!.run({ didTimeout: false, timeRemaining: () => 49 });
    expect(await long).toBe(SLICE_MS);
    // A page never idle still gets its slices, after a timeout.
    expect(calls[1]!.timeout).toBeGreaterThan(0);
    const late = next();
    calls[2]!.run({ didTimeout: true, timeRemaining: () => 0 });
    expect(await late).toBe(SLICE_MS);
  });

  it('falls back to scheduler.yield, then to a zero timeout', async () => {
    const yieldFn = vi.fn(async () => {});
    expect(await pageYielder({ setTimeout, scheduler: { yield: yieldFn } } as never)()).toBe(SLICE_MS);
    expect(yieldFn).toHaveBeenCalledOnce();
    const timeout = vi.fn((run: () => void) => setTimeout(run, 0));
    expect(await pageYielder({ setTimeout: timeout } as never)()).toBe(SLICE_MS);
    expect(timeout).toHaveBeenCalledOnce();
  });
});
