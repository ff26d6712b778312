import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../utils/background/create-background';
import { createDbProvider } from '../../../utils/db/open-db';
import { MOCK_ENTRIES } from '../../../utils/messaging/mock-connector';
import { REQUEST_TYPES } from '../../../utils/messaging/protocol';
import { createRuntimeConnector } from '../../../utils/platform/runtime-connector';
import { TEST_REGISTRY } from '../support/test-registry';
import { closure, importsOf, isBrowserPackage, resolveImport, ROOT, sourceFiles, usesBrowserGlobal } from './source-graph';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { opdList } from '../../../utils/registry/opd-list';

// The rules of docs/architecture.md, checked on the source so a break fails the build.

const CODE = [...sourceFiles('utils'), ...sourceFiles('components'), ...sourceFiles('scripts'), ...sourceFiles('bench')];

describe('browser code stays behind one door', () => {
  // entrypoints/ wire the browser's events to the code; bench/ and scripts/demo.ts drive a real
  // browser from outside (Playwright), so their `chrome.` runs in the extension, not in Node.
  it('only utils/platform/ imports or calls a browser API in utils/ and components/', () => {
    const app = [...sourceFiles('utils'), ...sourceFiles('components')];
    const offenders = app.filter((file) => !file.startsWith('utils/platform/')).filter(
      (file) => importsOf(file).some((ref) => isBrowserPackage(ref.specifier)) || usesBrowserGlobal(file),
    );
    expect(offenders).toEqual([]);
  });

  it('the pantau command (scripts/cli/) reaches no browser code, UI or WXT', () => {
    const { files, packages } = closure(sourceFiles('scripts/cli'), true);
    expect([...files].filter((file) => /^(utils\/platform|components|entrypoints)\//.test(file))).toEqual([]);
    expect([...packages.keys()].filter((name) => isBrowserPackage(name) || name.startsWith('wxt') || name.startsWith('preact'))).toEqual([]);
  });
});

describe('storage stays in the storage layer', () => {
  it('nothing under utils/ but utils/db/ imports idb', () => {
    const offenders = sourceFiles('utils').filter(
      (file) => !file.startsWith('utils/db/') && importsOf(file).some((ref) => ref.specifier === 'idb' || ref.specifier.startsWith('idb/')),
    );
    expect(offenders).toEqual([]);
  });

  it('components never load storage: their run-time imports reach neither idb nor the database or a store', () => {
    for (const component of sourceFiles('components')) {
      const { files, packages } = closure([component]);
      const storage = [...files].filter((file) => file.startsWith('utils/db/') || /-store\.ts$/.test(file));
      expect({ component, storage, idb: packages.has('idb') }).toEqual({ component, storage: [], idb: false });
    }
  });
});

describe('zod: the small build only (issue 11)', () => {
  const ALL = [...CODE, ...sourceFiles('entrypoints'), ...sourceFiles('tests')].filter((file) => file !== 'scripts/pantau.mjs');
  const ENGLISH = 'utils/text/zod-english.ts';

  it("nothing imports zod classic ('zod', 'zod/v4'...): only zod/mini, a third of classic's size in a bundle", () => {
    const zodImports = ALL.flatMap((file) => importsOf(file).map((ref) => ({ file, specifier: ref.specifier }))).filter(
      (ref) => ref.specifier === 'zod' || ref.specifier.startsWith('zod/'),
    );
    expect(zodImports.length).toBeGreaterThan(10);
    expect(zodImports.filter((ref) => ref.specifier !== 'zod/mini')).toEqual([]);
  });

  it("every module that loads zod/mini imports zod's English messages (else every issue reads \"Invalid input\")", () => {
    const loaders = ALL.filter((file) => importsOf(file).some((ref) => ref.specifier === 'zod/mini' && !ref.typeOnly));
    expect(loaders.length).toBeGreaterThan(10);
    const without = loaders
      .filter((file) => file !== ENGLISH && file !== 'utils/platform/zod-jitless.ts')
      .filter((file) => !importsOf(file).some((ref) => resolveImport(file, ref.specifier) === ENGLISH));
    expect(without).toEqual([]);
  });
});

describe('the popup opens light (issue 11)', () => {
  it('loads no validator before its first paint: the background checks every request and reply', () => {
    const { files, packages } = closure(['entrypoints/popup/main.tsx'], false, true);
    expect(files.has('components/popup/PopupApp.tsx')).toBe(true);
    expect([...packages.keys()].filter((name) => name === 'zod' || name.startsWith('zod/'))).toEqual([]);
    // The "Laporkan aplikasi" form and its checks come with the click that opens it.
    expect(files.has('components/proposals/ProposalForm.tsx')).toBe(false);
  });

  it('loads no file writer before its first paint: CSV and Excel writers come with the export click', () => {
    const { files, packages } = closure(['entrypoints/popup/main.tsx'], false, true);
    expect(files.has('components/common/ExportButtons.tsx')).toBe(true);
    expect([...packages.keys()].filter((name) => ['papaparse', 'write-excel-file', 'fflate'].includes(name.split('/')[0]!))).toEqual([]);
  });

  it('carries only what the first screen shows: labels, not the analysis that produces findings', () => {
    const { files } = closure(['entrypoints/popup/main.tsx'], false, true);
    expect(files.has('components/popup/SiteCard.tsx')).toBe(true);
    const analysis = [
      'utils/findings/findings.ts', // computeFindings (the worker's): the popup needs only the texts
      'utils/findings/badge.ts',
      'utils/inspection/detect-software.ts',
      'utils/inspection/fingerprints.ts',
      'utils/inspection/dates.ts',
      'utils/inspection/response-facts.ts',
    ];
    expect(analysis.filter((file) => files.has(file))).toEqual([]);
  });

  it('loads the folded inspection facts and the registry search after the card, not before it', () => {
    const { files } = closure(['entrypoints/popup/main.tsx'], false, true);
    const later = ['components/popup/InspectionFacts.tsx', 'components/popup/RegistrySearch.tsx', 'utils/registry/registry-search.ts', 'utils/registry/registry-index.ts'];
    expect(later.filter((file) => files.has(file))).toEqual([]);
    // …but they are still part of the popup, loaded on demand.
    const all = closure(['entrypoints/popup/main.tsx']).files;
    expect(later.filter((file) => !all.has(file))).toEqual([]);
  });
});

describe('the page inspector runs only the walk in a city page (issue 11)', () => {
  it('imports none of the analysis: patterns are compiled in the worker, once, not in every page it reads', () => {
    const { files, packages } = closure(['entrypoints/inspector.ts']);
    expect(files.has('utils/inspection/page-sample.ts')).toBe(true);
    const analysis = [
      'utils/inspection/analyse-page.ts',
      'utils/inspection/detect-software.ts',
      'utils/inspection/fingerprints.ts',
      'utils/inspection/dates.ts',
      'utils/inspection/placeholder.ts',
      'utils/text/clean-text.ts',
    ];
    expect(analysis.filter((file) => files.has(file))).toEqual([]);
    expect([...packages.keys()]).toEqual(['wxt/utils/define-unlisted-script']);
  });
});

describe('the protocol map is complete everywhere', () => {
  it('every request has a handler in the background', () => {
    const background = createBackground({
      getDb: createDbProvider(),
      bundled: async () => TEST_REGISTRY,
      unitPlan: async () => BUNDLED_UNIT_PLAN,
      opdUnits: async () => opdList(),
      extension: { version: '0.0.0', browser: 'chrome' },
      setBadge: async () => undefined,
      getTabTitle: async () => undefined,
    });
    expect(Object.keys(background.handlers).sort()).toEqual([...REQUEST_TYPES].sort());
    for (const type of REQUEST_TYPES) expect(typeof background.handlers[type]).toBe('function');
  });

  it('every request has a connector method and a mock entry', () => {
    const connector = createRuntimeConnector(async () => ({ ok: true, value: null }));
    for (const type of REQUEST_TYPES) expect(typeof connector[type]).toBe('function');
    expect([...MOCK_ENTRIES].sort()).toEqual([...REQUEST_TYPES, 'requestHostPermissions'].sort());
  });
});

describe('files stay small and imports resolve', () => {
  /** Data and generated files aside. */
  const GENERATED = new Set(['scripts/pantau.mjs']);
  const SOURCES = [...CODE, ...sourceFiles('entrypoints')].filter((file) => !GENERATED.has(file));

  it('every source file has at most 250 lines', () => {
    const long = SOURCES.map((file) => ({ file, lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1 })).filter(
      (entry) => entry.lines > 250,
    );
    expect(long).toEqual([]);
  });

  it('every relative import names a file that exists (the graph above reads them all)', () => {
    const broken = SOURCES.flatMap((file) =>
      importsOf(file)
        .filter((ref) => ref.specifier.startsWith('.') && resolveImport(file, ref.specifier) === null)
        .map((ref) => `${file}: ${ref.specifier}`),
    );
    expect(broken).toEqual([]);
  });
});
