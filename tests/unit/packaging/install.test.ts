import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { satisfiesNodeRange } from './node-range';

const root = resolve(__dirname, '../../..');
/** The Node the developers' machines and CI run (docs: /work/shared/TOOLCHAIN.md). */
const MACHINE_NODE = '20.20.2';

describe('install on Node 20', () => {
  it('reads engine ranges the way npm does', () => {
    expect(satisfiesNodeRange('20.20.2', '>=22.13.0')).toBe(false);
    expect(satisfiesNodeRange('20.20.2', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfiesNodeRange('20.20.2', '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(true);
    expect(satisfiesNodeRange('20.20.2', '^20.19.0 || ^22.13.0 || >=24')).toBe(true);
    expect(satisfiesNodeRange('20.20.2', '>=20.12 <21 || >=22')).toBe(true);
    expect(satisfiesNodeRange('20.20.2', '6.* || 8.* || >= 10.*')).toBe(true);
    expect(satisfiesNodeRange('20.20.2', '^12.22.0 || ^14.17.0')).toBe(false);
    expect(satisfiesNodeRange('20.20.2', '>= 0.6.x')).toBe(true);
    expect(satisfiesNodeRange('20.20.2', '*')).toBe(true);
  });

  it('installs no package whose engines exclude Node 20 (npm ci prints no EBADENGINE)', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; engines?: unknown; optional?: boolean }>;
    };
    const refused = Object.entries(lock.packages).flatMap(([path, pkg]) => {
      const node = typeof pkg.engines === 'object' && pkg.engines !== null && !Array.isArray(pkg.engines) ? (pkg.engines as { node?: string }).node : undefined;
      return node !== undefined && !satisfiesNodeRange(MACHINE_NODE, node) ? [`${path}@${pkg.version ?? '?'} wants node ${node}`] : [];
    });
    expect(refused).toEqual([]);
    expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
  });

  it('postinstall skips `wxt prepare` instead of failing when the dev dependencies are not installed', () => {
    const project = mkdtempSync(join(tmpdir(), 'pantau-install-'));
    try {
      mkdirSync(join(project, 'scripts'));
      copyFileSync(join(root, 'scripts/postinstall.mjs'), join(project, 'scripts/postinstall.mjs'));
      // wxt comes along with the polyfill even under --omit=dev: a stand-in that fails if it is run.
      mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
      writeFileSync(join(project, 'node_modules/.bin/wxt'), '#!/bin/sh\nexit 3\n', { mode: 0o755 });
      const postinstall = () => spawnSync(process.execPath, ['scripts/postinstall.mjs'], { cwd: project, encoding: 'utf8' });
      expect(postinstall().status).toBe(0);
      // With the dev dependencies there, it does run wxt prepare, and passes its failure on.
      mkdirSync(join(project, 'node_modules/@preact/preset-vite'), { recursive: true });
      writeFileSync(join(project, 'node_modules/@preact/preset-vite/package.json'), '{}');
      expect(postinstall().status).toBe(3);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.postinstall).toBe('node scripts/postinstall.mjs');
  });
});
