import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPantau, type Pantau } from './support/pantau-browser';
import { PACKAGED_DATA } from '../../utils/background/packaged-data';

/**
 * Permission audit: the exact permissions per browser are pinned here, so a new permission is
 * always a deliberate, reviewed change (and shows up as a failing test first).
 */
const manifest = (target: string) =>
  JSON.parse(readFileSync(resolve(__dirname, `../../.output/${target}/manifest.json`), 'utf8')) as Record<string, unknown>;

describe('built manifests', () => {
  // Issue 3 added `webRequest` (observation of top-level city responses: status, redirects,
  // headers, errors) and one content script for the city pattern only (page inspection). Neither
  // widens what Pantau can reach: both are limited by the one host permission. Issue 5 added
  // `alarms` (the daily registry update check) and makassar.go.id as an optional host permission.
  it('Chrome MV3 asks only for webNavigation, webRequest, alarms and the city domain; makassar.go.id is optional', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    // scripting: the page inspector is injected after a city page's load (no install warning).
    expect(m.permissions).toEqual(['webNavigation', 'webRequest', 'alarms', 'scripting']);
    expect(m.host_permissions).toEqual(['*://*.makassarkota.go.id/*']);
    // The city's second domain, asked for at run time when an administrator adds it; nothing wider.
    expect(m.optional_host_permissions).toEqual(['*://*.makassar.go.id/*']);
    expect(m.optional_permissions).toBeUndefined();
    // No manifest content script: the inspector is injected at run time after the load.
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    expect(m.default_locale).toBe('id');
  });

  it('Firefox MV2 asks for the same, with its add-on id and no data collection', () => {
    const m = manifest('firefox-mv2');
    expect(m.manifest_version).toBe(2);
    expect(m.permissions).toEqual(['webNavigation', 'webRequest', 'alarms', 'scripting', '*://*.makassarkota.go.id/*']);
    expect(m.optional_permissions).toEqual(['*://*.makassar.go.id/*']);
    // No manifest content script: the inspector is injected at run time after the load.
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.browser_specific_settings).toEqual({
      gecko: {
        id: 'pantau@diskominfo.makassarkota.go.id',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android knows data_collection_permissions from 142 on (addons-linter's warning).
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('sets a strict extension CSP: scripts from the package only, no eval, no inline, no remote', () => {
    const policies = [
      (manifest('chrome-mv3').content_security_policy as { extension_pages: string }).extension_pages,
      manifest('firefox-mv2').content_security_policy as string,
    ];
    for (const policy of policies) {
      const directives = new Map(
        policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
          const [name, ...sources] = d.split(/\s+/);
          return [name!, sources] as const;
        }),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(["'self'", "'none'"]).toContain(directives.get('object-src')?.join(' '));
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\bdata:|\bblob:|\*/);
    }
  });

  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const files = builtFiles(target);

    it(`${target}: loads no remote code (script src, import(), importScripts, fetch, workers)`, () => {
      expect(files.filter((f) => f.path.endsWith('.js')).length).toBeGreaterThan(2);
      const remote = /(?:<script[^>]*\ssrc|<link[^>]*\shref)\s*=\s*["']?(?:https?:)?\/\/|\b(?:import|importScripts|fetch|Worker|SharedWorker)\s*\(\s*["'`](?:https?:)?\/\//gi;
      for (const file of files) expect(file.text.match(remote) ?? [], file.path).toEqual([]);
    });

    it(`${target}: ships the bundled registry, unit plan and OPD list as package files, not inside the worker's script`, () => {
      const root = resolve(__dirname, '../..');
      for (const file of Object.values(PACKAGED_DATA)) {
        const shipped = resolve(root, `.output/${target}`, file.path);
        expect(readFileSync(shipped, 'utf8'), file.path).toBe(readFileSync(resolve(root, file.source), 'utf8'));
      }
      const background = files.find((f) => f.path === 'background.js');
      expect(background).toBeDefined();
      // Long texts of each file: present in the package files above, absent from the script.
      const registry = JSON.parse(readFileSync(resolve(root, PACKAGED_DATA.registry.source), 'utf8')) as { entries: Array<{ description?: string }> };
      const description = registry.entries.find((entry) => (entry.description ?? '').length > 80)?.description;
      expect(description).toBeDefined();
      expect(background!.text).not.toContain(description!.slice(0, 60));
      const plan = JSON.parse(readFileSync(resolve(root, PACKAGED_DATA.unitPlan.source), 'utf8')) as { units: Array<{ name: string }> };
      const lastUnit = plan.units.at(-1)!.name;
      expect(background!.text).not.toContain(lastUnit);
      const opd = JSON.parse(readFileSync(resolve(root, PACKAGED_DATA.opdList.source), 'utf8')) as { units: Array<{ source: string[] }> };
      expect(background!.text).not.toContain(opd.units.at(-1)!.source[0]!);
    });

    it(`${target}: has no eval, no new Function and no string timers, zod's included`, () => {
      // zod/mini never compiles (its objects are interpreted): unlike zod classic's JIT (Doc.compile)
      // and eval probe (allowsEval, removed at build anyway: scripts/lib/zod-without-eval-probe.ts),
      // nothing of it reaches for eval.
      const evalLike = /\beval\s*\(|\bnew\s+Function\b|(?<![.\w$])Function\s*\(|[=,(:]\s*Function\s*[,;)}]|\bset(?:Timeout|Interval)\s*\(\s*["'`]/g;
      for (const file of files) {
        const sites = [...file.text.matchAll(evalLike)].map((m) => file.text.slice(Math.max(0, m.index - 120), m.index + 40));
        expect(sites, file.path).toEqual([]);
      }
    });

    it(`${target}: carries zod/mini only (issue 11), switched to jitless before anything parses`, () => {
      // Schema classes keep their names as strings ($constructor): zod/mini's are ZodMini*, classic's
      // ZodType, ZodString, ZodObject (core's own are $Zod*, so they do not match).
      const withZod = files.filter((file) => /[`'"]ZodMiniType[`'"]/.test(file.text)).map((file) => file.path);
      expect(withZod).toContain('background.js');
      for (const file of files) expect(file.text.match(/[`'"]Zod(?:Type|String|Object)[`'"]/g) ?? [], file.path).toEqual([]);
      // Per page (its script and the chunks it preloads) and for the worker: a page that loads zod
      // also loads the setting, which its main module imports first (utils/platform/zod-jitless.ts).
      // zod/mini has no JIT to switch off today; the setting stays so that a schema kind that
      // compiles could never evaluate code. The popup loads no zod at all.
      const pages = files.filter((f) => f.path.endsWith('.html')).map((page) => ({
        path: page.path,
        scripts: [...page.text.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => files.find((f) => f.path === m[1])!),
      }));
      pages.push({ path: 'background.js', scripts: [files.find((f) => f.path === 'background.js')!] });
      for (const page of pages) {
        const zod = page.scripts.some((script) => withZod.includes(script.path));
        const config = page.scripts.some((script) => script.text.includes('jitless:!0'));
        expect({ page: page.path, zod, config: zod && config }, `${page.path} loads zod but not z.config({ jitless: true })`).toEqual({ page: page.path, zod, config: zod });
      }
      expect(pages.find((page) => page.path === 'popup.html')?.scripts.some((script) => withZod.includes(script.path))).toBe(false);
    });
  }
});

/** Every built script and page of one target. */
function builtFiles(target: string): Array<{ path: string; text: string }> {
  const root = resolve(__dirname, `../../.output/${target}`);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return walk(root)
    .filter((path) => /\.(js|mjs|html)$/.test(path))
    .map((path) => ({ path: path.slice(root.length + 1), text: readFileSync(path, 'utf8') }));
}

describe('install warnings in Chromium', () => {
  let pantau: Pantau;
  beforeAll(async () => {
    pantau = await startPantau({});
  });
  afterAll(async () => pantau?.stop());

  // webRequest, alarms and optional permissions add no warning of their own: the two are
  // webNavigation's "Read your browsing history" and the host permission's "Read and change your
  // data on … makassarkota.go.id".
  it('are exactly the two the features need', async () => {
    const text = readFileSync(resolve(__dirname, '../../.output/chrome-mv3/manifest.json'), 'utf8');
    const warnings = await pantau.probe.evaluate(
      (json) =>
        (globalThis as unknown as { chrome: { management: { getPermissionWarningsByManifest(m: string): Promise<string[]> } } }).chrome.management.getPermissionWarningsByManifest(
          json,
        ),
      text,
    );
    console.log(`Chrome install warnings: ${JSON.stringify(warnings)}`);
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/makassarkota\.go\.id/);
  });
});
