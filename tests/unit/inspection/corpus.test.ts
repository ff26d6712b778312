// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  corpusHost,
  corpusHtml,
  expectedDate,
  expectedYear,
  loadCorpus,
  type CorpusPage,
} from '../../../scripts/lib/page-corpus';
import { computeFindings, type FindingCode } from '../../../utils/findings/findings';
import type { HostRecord } from '../../../utils/visits/host-record';
import { inspectDocument } from '../../../utils/inspection/analyse-page';
import { softwareLabel } from '../../../utils/inspection/detect-software';
import { FINGERPRINTS } from '../../../utils/inspection/fingerprints';
import { inspectionView } from '../../../utils/inspection/inspection-view';
import { pageFactsSchema } from '../../../utils/inspection/page-message';
import { SAMPLE_LIMITS } from '../../../utils/inspection/page-sample';
import { responseFactsFrom } from '../../../utils/inspection/response-facts';
import { PLACEHOLDER_KINDS, type PageFacts } from '../../../utils/inspection/types';
import { entry } from '../support/test-registry';

/**
 * Every page of the fixture corpus through the whole pure pipeline: the content script's
 * inspection (over happy-dom), the response facts, the merged view and the findings, against
 * what tests/fixtures/pages/manifest.json says the page must produce.
 */
const NOW = new Date(2026, 10, 27, 10, 0).getTime();
const CORPUS = loadCorpus();
const PAGES = CORPUS.filter((page) => page.browserOnly !== true);

function inspect(page: CorpusPage): { facts: PageFacts; software: string[]; codes: string[] } {
  const host = corpusHost(page);
  const url = `${page.scheme}://${host}/`;
  // 36,000 elements and their text still exceed the 50,000 nodes a scan may visit.
  const doc = new DOMParser().parseFromString(corpusHtml(page, NOW, { hugeDomElements: 36_000 })!, 'text/html');
  // happy-dom is far slower than a browser: the time budget is lifted here so results do not
  // depend on machine load; the node and text bounds still apply (page-sample.test.ts tests time).
  const facts = inspectDocument(doc, url, NOW, { ...SAMPLE_LIMITS, timeBudgetMs: 60_000 });
  const response = responseFactsFrom({
    url,
    time: NOW,
    statusCode: page.status,
    headers: Object.entries(page.headers).map(([name, value]) => ({ name, value })),
  });
  const view = inspectionView({ host, response, page: { ...facts, checkedAt: NOW + 300, url } });
  const record: HostRecord = {
    host,
    firstSeen: NOW,
    lastSeen: NOW,
    visits: 1,
    lastUrl: url,
    lastTitle: facts.title,
    lastOutcome: 'ok',
    lastError: null,
    days: {},
  };
  const registered = entry({ id: page.id, hosts: [host], status: 'tidak-diketahui' });
  return {
    facts,
    software: view!.software.map(softwareLabel),
    codes: computeFindings(registered, record, view).map((finding) => finding.code),
  };
}

describe('inspection corpus', () => {
  for (const page of PAGES) {
    it(`${page.id}: ${page.what}`, () => {
      const { facts: view, software, codes } = inspect(page);
      expect([...codes].sort()).toEqual([...page.expect.findings].sort());
      expect([...software].sort()).toEqual([...page.expect.software].sort());
      expect(view.placeholder).toBe(page.expect.placeholder);
      expect(view.passwordField).toBe(page.expect.passwordField);
      expect(view.newestDate).toBe(expectedDate(page.expect.newestDate, NOW));
      expect(view.copyrightYear).toBe(expectedYear(page.expect.copyrightYear, NOW));
      if (page.expect.truncated !== undefined) expect(view.truncated).toBe(page.expect.truncated);
      // What the content script would send is what the background accepts.
      expect(pageFactsSchema.safeParse(view).success).toBe(true);
    }, 30_000); // the huge page takes seconds in happy-dom on a loaded 2-core machine
  }

  it('has a test page for every fingerprint, placeholder kind and page-level finding code', () => {
    const software = new Set(CORPUS.flatMap((page) => page.expect.software.map((label) => label.replace(/ [\d.]+$/, ''))));
    expect(FINGERPRINTS.map((fingerprint) => fingerprint.name).filter((name) => !software.has(name))).toEqual([]);
    const kinds = new Set(CORPUS.map((page) => page.expect.placeholder));
    expect(PLACEHOLDER_KINDS.filter((kind) => !kinds.has(kind))).toEqual([]);
    const codes = new Set(CORPUS.flatMap((page) => page.expect.findings));
    const pageCodes: FindingCode[] = ['http-error', 'placeholder', 'no-https', 'login-over-http', 'no-hsts', 'version-exposed', 'stale-content', 'unreachable'];
    expect(pageCodes.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('keeps hostile titles bounded and as text', () => {
    const huge = inspect(CORPUS.find((page) => page.id === 'hostile-title-1mb')!).facts;
    expect(huge.title!.length).toBeLessThanOrEqual(300);
    expect(huge.title!.endsWith('…')).toBe(true);
    const script = inspect(CORPUS.find((page) => page.id === 'hostile-script-title')!).facts;
    expect(script.title).toBe(`<script>alert('pantau')</script> <img src=x onerror=alert(1)> =HYPERLINK("http://evil.test")`);
  });
});
