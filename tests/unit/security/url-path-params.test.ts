import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDbProvider } from '../../../utils/db/open-db';
import { exportHost, exportInspection } from '../../../utils/export/export-host';
import { exportToJson } from '../../../utils/export/export-json';
import { sanitiseUrl } from '../../../utils/domains/host-match';
import { createBackground } from '../../../utils/background/create-background';
import { readExportText } from '../../../utils/rekap/read-export-file';
import { exportOf, host } from '../rekap/fixtures';
import { TEST_REGISTRY } from '../support/test-registry';
import { record } from '../export/fixtures';
import { pageFacts } from '../inspection/support';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { opdList } from '../../../utils/registry/opd-list';

/**
 * A city login that redirects to `/app/home;jsessionid=SECRET` must not leave the secret in
 * anything Pantau stores or exports: path parameters go with the query and the fragment.
 */
const H = 'https://sso.makassarkota.go.id';

describe('sanitiseUrl strips path parameters and session ids', () => {
  it.each([
    [`${H}/app/home;jsessionid=SECRET`, `${H}/app/home`],
    [`${H}/app/home;JSESSIONID=SECRET?x=1#y`, `${H}/app/home`],
    [`${H}/a;name=value/b;x=1;y=2/c`, `${H}/a/b/c`],
    [`${H}/a;jsessionid=S/`, `${H}/a/`],
    [`${H}/app/home%3Bjsessionid=SECRET`, `${H}/app/home`],
    [`${H}/app/home%3bphpsessid=SECRET`, `${H}/app/home`],
    [`${H}/index.php/PHPSESSID=0123456789abcdef/berita`, `${H}/index.php/berita`],
    [`${H}/sid=0123456789abcdef/berita`, `${H}/berita`],
    [`${H}/(S(lit3py55t21z5v55vlm25s55))/default.aspx`, `${H}/default.aspx`],
    [`${H}/berita/2025/walikota`, `${H}/berita/2025/walikota`],
    [`${H}/`, `${H}/`],
  ])('%s → %s', (url, kept) => {
    expect(sanitiseUrl(url)).toBe(kept);
  });
});

describe('no session id is stored or exported', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('keeps it out of lastUrl, the inspection final URL and the page URL', async () => {
    const service = createBackground({
      getDb: createDbProvider(),
      bundled: async () => TEST_REGISTRY,
      unitPlan: async () => BUNDLED_UNIT_PLAN,
      opdUnits: async () => opdList(),
      extension: { version: '0.1.0', browser: 'chrome' },
      now: () => Date.UTC(2026, 10, 27),
      setBadge: async () => {},
      getTabTitle: async () => 'Beranda',
    });
    const url = 'https://dukcapil.makassarkota.go.id/app/home;jsessionid=SECRET';
    const visit = await service.onCommitted({ tabId: 1, frameId: 0, url });
    expect(visit?.lastUrl).toBe('https://dukcapil.makassarkota.go.id/app/home');
    await service.onBeforeRedirect({ tabId: 1, frameId: 0, type: 'main_frame', requestId: 'r1', url: 'https://dukcapil.makassarkota.go.id/login;jsessionid=SECRET', statusCode: 302, redirectUrl: url, timeStamp: 1 } as never);
    await service.onResponseCompleted({ tabId: 1, frameId: 0, type: 'main_frame', requestId: 'r1', url, statusCode: 200, responseHeaders: [], timeStamp: 2 } as never);
    await service.onPageInspected('dukcapil.makassarkota.go.id', pageFacts({ title: 'Beranda' }), url, 1);
    const exported = await service.handleRequest({ type: 'getExport' });
    expect(exported.ok).toBe(true);
    expect(JSON.stringify(exported)).not.toContain('SECRET');
    expect(JSON.stringify(exported)).toContain('/app/home');
  });

  it('strips one from a record or an inspection stored before the fix, on export', () => {
    const old = record({ host: 'dukcapil.makassarkota.go.id', lastUrl: 'https://dukcapil.makassarkota.go.id/app/home;jsessionid=SECRET' });
    expect(exportHost(null, old).lastUrl).toBe('https://dukcapil.makassarkota.go.id/app/home');
    const view = {
      checkedAt: 0, status: 200, error: null, finalUrl: `${H}/x;jsessionid=SECRET`, redirects: [{ url: `${H}/y;jsessionid=SECRET`, status: 302 }],
      https: true, hsts: false, server: null, poweredBy: null, lastModified: null, software: [], title: null, generators: [], lang: null,
      placeholder: null, passwordField: null, passwordOverHttp: null, newestDate: null, copyrightYear: null, pageCheckedAt: null, scanMs: null,
    };
    expect(JSON.stringify(exportInspection(view as never))).not.toContain('SECRET');
  });

  it("strips one from an export made by someone else, when it is read", () => {
    const foreign = exportOf('Andi', '2025-03-11T00:00:00.000Z', [
      host('sso.makassarkota.go.id', {
        lastUrl: `${H}/app/home;jsessionid=SECRET`,
        inspection: {
          checkedAt: '2025-03-10T00:00:00.000Z', status: 200, finalUrl: `${H}/app/home;jsessionid=SECRET`,
          redirects: [{ url: `${H}/login;jsessionid=SECRET`, status: 302 }], https: true, hsts: false, server: null, poweredBy: null,
          software: [], title: null, placeholder: null, passwordField: null, newestDate: null, copyrightYear: null,
        },
      }),
    ]);
    const read = readExportText(exportToJson(foreign));
    expect(read.ok).toBe(true);
    expect(JSON.stringify(read)).not.toContain('SECRET');
    if (read.ok) expect(read.data.hosts[0]?.lastUrl).toBe(`${H}/app/home`);
  });
});
