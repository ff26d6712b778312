import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Everything an extension page loads: the HTML, the scripts and styles it references, and the
 * chunks those scripts import (transitively). Sizes are per file so shared chunks count once.
 */
export function pageBundle(root: string, html: string): Array<{ file: string; raw: number; gzip: number }> {
  const seen = new Set<string>();
  const queue = [join(root, html)];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    const text = readFileSync(path, 'utf8');
    const refs = path.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => join(root, m[1]!))
      : path.endsWith('.js')
        ? [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => join(dirname(path), m[1]!))
        : [];
    queue.push(...refs);
  }
  return [...seen].map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

/** Totals of {@link pageBundle}. */
export function bundleSize(root: string, entry: string): { raw: number; gzip: number; files: number } {
  const files = pageBundle(root, entry);
  return files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, files: sum.files + 1 }), { raw: 0, gzip: 0, files: 0 });
}
