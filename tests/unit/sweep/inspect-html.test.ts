// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { corpusHost, corpusHtml, expectedDate, expectedYear, loadCorpus } from '../../../scripts/lib/page-corpus';
import { SAMPLE_LIMITS } from '../../../utils/inspection/page-sample';
import { createInspectHtml, domParserParse, inspectFetchedHtml } from '../../../utils/sweep/inspect-html';
import { probeHost } from '../../../utils/sweep/probe-host';

/**
 * The sweep reads fetched HTML with issue 3's detectors: every corpus page must give the sweep the
 * same placeholder, password, freshness and copyright facts it gives a visit.
 */
const NOW = new Date(2026, 10, 27, 10, 0).getTime();
const PAGES = loadCorpus().filter((page) => page.browserOnly !== true && page.file !== undefined);
const options = { parse: domParserParse, now: () => NOW, limits: { ...SAMPLE_LIMITS, timeBudgetMs: 60_000 } };

describe('inspectFetchedHtml over the page corpus', () => {
  it('covers a useful part of the corpus', () => expect(PAGES.length).toBeGreaterThan(10));
  for (const page of PAGES) {
    it(`${page.id}: ${page.what}`, () => {
      const url = `${page.scheme}://${corpusHost(page)}/`;
      const facts = inspectFetchedHtml(corpusHtml(page, NOW)!, url, options);
      expect(facts.placeholder).toBe(page.expect.placeholder);
      expect(facts.passwordField).toBe(page.expect.passwordField ?? false);
      expect(facts.newestDate).toBe(expectedDate(page.expect.newestDate, NOW));
      expect(facts.copyrightYear).toBe(expectedYear(page.expect.copyrightYear, NOW));
    });
  }
});

describe('inspectFetchedHtml', () => {
  it('never runs page scripts and reads the title as text', () => {
    const marker = globalThis as { pwned?: boolean };
    const facts = inspectFetchedHtml('<html><head><title>Portal &lt;b&gt;</title><script>globalThis.pwned = true</script></head><body><img src=x onerror="globalThis.pwned=true"></body></html>', 'https://contoh.makassarkota.go.id/', options);
    expect(marker.pwned).toBeUndefined();
    expect(facts.title).toBe('Portal <b>');
  });

  it('turns a parser failure into empty, truncated facts instead of throwing', () => {
    const facts = inspectFetchedHtml('<html>', 'https://contoh.makassarkota.go.id/', { ...options, parse: () => { throw new Error('boom'); } });
    expect(facts).toMatchObject({ title: null, placeholder: null, truncated: true });
  });

  it('plugs into probeHost: the probe carries title, generator and software of the fetched page', async () => {
    const html = '<html lang="id"><head><title>SIMPEG Kota</title><meta name="generator" content="WordPress 6.4.2"></head><body><p>Diperbarui 20 November 2026</p><p>© 2026 Pemkot</p></body></html>';
    const fetchFn = async () => new Response(html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
    const result = await probeHost('contoh-simpeg.makassarkota.go.id', {
      fetchFn,
      watchedDomains: ['makassarkota.go.id'],
      signal: new AbortController().signal,
      now: () => NOW,
      inspectHtml: createInspectHtml(options),
    });
    expect(result).toMatchObject({ status: 200, title: 'SIMPEG Kota', newestDate: '2026-11-20', copyrightYear: 2026, generators: ['WordPress 6.4.2'], lang: 'id' });
    expect(result.software.map((item) => item.name)).toContain('WordPress');
  });
});
