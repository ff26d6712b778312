import type { HostRecord } from '../../../utils/visits/host-record';
import type { Inspection, PageFacts } from '../../../utils/inspection/types';
import type { PageReading } from '../../../utils/inspection/page-reading';

/** Builders for inspection tests: a healthy HTTPS page, changed as each test needs. */
export const T = new Date(2026, 10, 27, 10, 0).getTime();

export function pageFacts(over: Partial<PageFacts> = {}): PageFacts {
  return {
    title: 'Aplikasi',
    generators: [],
    lang: 'id',
    software: [],
    placeholder: null,
    passwordField: false,
    passwordOverHttp: false,
    newestDate: '2026-11-20',
    copyrightYear: 2026,
    truncated: false,
    scanMs: 2,
    ...over,
  };
}

/** A content script's reading of a healthy page: its facts are pageFacts()'s, less what it has no evidence for. */
export function pageReading(over: Partial<PageReading> = {}): PageReading {
  return {
    title: 'Aplikasi',
    lang: 'id',
    headings: [],
    text: 'Diperbarui 20 November 2026. © 2026 Pemerintah Kota Makassar',
    contentElements: 0,
    generators: [],
    baseHref: null,
    scripts: [],
    stylesheets: [],
    selectorHits: [],
    cookieNames: [],
    dates: [],
    jsonLd: [],
    passwordField: false,
    passwordActions: [],
    truncated: false,
    ...over,
  };
}

/** The content script's message body for a reading (what runInspection sends, less type and host). */
export const pageReport = (over: Partial<PageReading> = {}) => ({ reading: pageReading(over), scanMs: 2, longestSliceMs: 1 });

export function inspection(over: Partial<Inspection> = {}): Inspection {
  return {
    checkedAt: T,
    status: 200,
    error: null,
    finalUrl: 'https://x.makassarkota.go.id/',
    redirects: [],
    https: true,
    hsts: true,
    server: 'nginx',
    poweredBy: null,
    lastModified: null,
    software: [],
    title: 'Aplikasi',
    generators: [],
    lang: 'id',
    placeholder: null,
    passwordField: false,
    passwordOverHttp: false,
    newestDate: '2026-11-20',
    copyrightYear: 2026,
    pageCheckedAt: T,
    scanMs: 2,
    ...over,
  };
}

export function hostRecord(over: Partial<HostRecord> = {}): HostRecord {
  return {
    host: 'x.makassarkota.go.id',
    firstSeen: T,
    lastSeen: T,
    visits: 1,
    lastUrl: 'https://x.makassarkota.go.id/',
    lastTitle: null,
    lastOutcome: 'ok',
    lastError: null,
    days: {},
    ...over,
  };
}
