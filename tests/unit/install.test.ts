import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { satisfiesNodeRange } from './support/node-range';

const root = resolve(__dirname, '../..');
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
      mkdirSync(join(project, 'node_modules/wxt/bin'), { recursive: true }); // wxt can come as a peer, without the config's plugins
      copyFileSync(join(root, 'scripts/postinstall.mjs'), join(project, 'scripts/postinstall.mjs'));
      const run = spawnSync(process.execPath, [join(project, 'scripts/postinstall.mjs')], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('skipping `wxt prepare`');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.postinstall).toBe('node scripts/postinstall.mjs');
  });
});
