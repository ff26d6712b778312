import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The export files a rekap's arguments stand for. An argument is a file (taken as is, whatever its
 * name: a missing one is reported when it is read), a folder (every `.json` and `.json.gz` under it,
 * recursively), or a glob (`*`, `?` and `**`, for shells that do not expand them or lists too long
 * for a command line: `'exports/**\/*.json.gz'`). Files are sorted within each argument and shown
 * relative to the working folder when under it. A file named twice is read twice: the merge counts
 * the second as a duplicate, as the dashboard does.
 */
export interface InputFile {
  /** As shown in messages. */
  file: string;
  path: string;
}

/** The names a folder or glob picks up. */
export const EXPORT_FILE = /\.json(\.gz)?$/i;

export async function expandInputs(args: readonly string[], cwd: string): Promise<{ inputs: InputFile[]; empty: string[] }> {
  const inputs: InputFile[] = [];
  const empty: string[] = [];
  const show = (path: string): string => {
    const rel = relative(cwd, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
  for (const arg of args) {
    const paths = await pathsOf(arg, cwd);
    if (paths === null) inputs.push({ file: arg, path: resolve(cwd, arg) });
    else if (paths.length === 0) empty.push(arg);
    else for (const path of paths) inputs.push({ file: show(path), path });
  }
  return { inputs, empty };
}

/** Null for a plain file argument; the export files found for a folder or glob. */
async function pathsOf(arg: string, cwd: string): Promise<string[] | null> {
  if (/[*?]/.test(arg)) {
    const { base, pattern } = splitGlob(resolve(cwd, arg));
    return (await walk(base)).filter((path) => pattern.test(path));
  }
  const path = resolve(cwd, arg);
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory() !== true) return null;
  return (await walk(path)).filter((file) => EXPORT_FILE.test(file));
}

/** Every regular file under `dir`, sorted (code-unit order, the same on every machine). */
async function walk(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile()) found.push(path);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The folder a glob starts in (its part before the first wildcard) and the whole path as a pattern. */
export function splitGlob(absolute: string): { base: string; pattern: RegExp } {
  const parts = absolute.split(sep);
  const first = parts.findIndex((part) => /[*?]/.test(part));
  const base = parts.slice(0, first).join(sep) || sep;
  let source = '';
  for (let i = 0; i < absolute.length; i += 1) {
    const c = absolute[i]!;
    if (c === '*' && absolute[i + 1] === '*') {
      // `**/` matches any number of folders, none included.
      const slash = absolute[i + 2] === sep;
      source += slash ? `(?:[^${escapeClass(sep)}]*${escapeRe(sep)})*` : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += `[^${escapeClass(sep)}]*`;
    else if (c === '?') source += `[^${escapeClass(sep)}]`;
    else source += escapeRe(c);
  }
  return { base, pattern: new RegExp(`^${source}$`) };
}

const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const escapeClass = (text: string): string => text.replace(/[\]\\^-]/g, '\\$&');
