// The repository's own import graph, read from the source text (no bundler): enough for the
// convention tests to check which code may reach which.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');

/** Source files under `dir` (relative to the root), as root-relative paths. */
export function sourceFiles(dir: string, pattern = /\.(ts|tsx|mjs)$/): string[] {
  const base = join(ROOT, dir);
  if (!existsSync(base)) return [];
  return (readdirSync(base, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => pattern.test(file) && statSync(join(base, file)).isFile())
    .map((file) => join(dir, file).split('\\').join('/'));
}

export interface ImportRef {
  specifier: string;
  /** `import type` / `export type`: erased at compile time, never loaded. */
  typeOnly: boolean;
  /** `import('…')`: loaded when the code asks for it, in a chunk of its own. */
  dynamic: boolean;
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import of a file (static, re-exports, dynamic). */
export function importsOf(file: string): ImportRef[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const refs: ImportRef[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[3] ?? match[4];
    if (specifier !== undefined) refs.push({ specifier, typeOnly: match[2] !== undefined, dynamic: match[4] !== undefined });
  }
  return refs;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts'];

/** The root-relative file a relative specifier names, or null for a package (or a missing file). */
export function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(ROOT, dirname(from), specifier);
  for (const extension of EXTENSIONS) {
    const path = base + extension;
    if (existsSync(path) && statSync(path).isFile()) return relative(ROOT, path).split('\\').join('/');
  }
  return null;
}

/** The package an import names (`wxt/browser` → `wxt/browser`, `@a/b/c` → `@a/b`), or null for a file. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.')) return null;
  return specifier;
}

/**
 * Every file and package reachable from `entries` through imports that are loaded at run time
 * (type-only imports are skipped unless `withTypes`; dynamic ones when `staticOnly`: what a page
 * loads before its first paint).
 */
export function closure(entries: readonly string[], withTypes = false, staticOnly = false): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.(ts|tsx|mjs|js)$/.test(file)) continue;
    for (const ref of importsOf(file)) {
      if ((ref.typeOnly && !withTypes) || (ref.dynamic && staticOnly)) continue;
      const target = resolveImport(file, ref.specifier);
      if (target !== null) queue.push(target);
      else if (!ref.specifier.startsWith('.') && !packages.has(ref.specifier)) packages.set(ref.specifier, file);
    }
  }
  return { files, packages };
}

/** True for an import of a browser extension API. */
export const isBrowserPackage = (specifier: string) =>
  specifier === 'wxt/browser' || specifier.startsWith('webextension-polyfill') || specifier.startsWith('@wxt-dev/browser');

/** Uses of the extension API globals in code (not in comments). */
export function usesBrowserGlobal(file: string): boolean {
  const code = readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
  return /\b(?:browser|chrome)\.(?:runtime|tabs|i18n|action|browserAction|permissions|alarms|webNavigation|webRequest|scripting|storage|downloads)\b/.test(code);
}
