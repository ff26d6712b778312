#!/usr/bin/env node
/**
 * Compiles the `pantau` command (scripts/cli/) to one plain-JavaScript file, scripts/pantau.mjs, so it
 * runs on Node with no TypeScript runner and no dev dependency (`npm ci --omit=dev && npx pantau`).
 * Packages stay imports (they are runtime dependencies); JSON data (the bundled registry, the
 * messages, package.json) is read from the repository at run time, so a data change never makes
 * the compiled file stale. tests/unit/cli/compiled-cli.test.ts checks the file is current.
 *   node scripts/build-cli.mjs           write scripts/pantau.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTFILE = resolve(ROOT, 'scripts/pantau.mjs');

/** JSON imports become a read of the file beside the repository, relative to scripts/pantau.mjs. */
const jsonAtRunTime = {
  name: 'json-at-run-time',
  setup(context) {
    context.onLoad({ filter: /\.json$/ }, (args) => {
      const path = relative(dirname(OUTFILE), args.path).split('\\').join('/');
      return {
        loader: 'js',
        contents: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(new URL(${JSON.stringify(path)}, import.meta.url), 'utf8'));\n`,
      };
    });
  },
};

/** The compiled command's text. */
export async function compileCli() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['scripts/cli/bin.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [jsonAtRunTime],
    banner: { js: '#!/usr/bin/env node\n// Compiled from scripts/cli/ by scripts/build-cli.mjs (npm run build:cli); do not edit.' },
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await compileCli();
  const before = (() => {
    try {
      return readFileSync(OUTFILE, 'utf8');
    } catch {
      return null;
    }
  })();
  if (before !== text) writeFileSync(OUTFILE, text, { mode: 0o755 });
  console.log(`${relative(ROOT, OUTFILE)}: ${before === text ? 'current' : 'written'} (${text.length} characters)`);
}
