import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JavaScript build script, without type declarations.
import { compileCli, OUTFILE } from '../../../scripts/build-cli.mjs';

describe('the compiled pantau command (scripts/pantau.mjs)', () => {
  it('is what scripts/cli/ compiles to now (run `npm run build:cli` after changing the CLI or what it imports)', async () => {
    const compiled = (await compileCli()) as string;
    expect(readFileSync(OUTFILE as string, 'utf8') === compiled).toBe(true);
  });

  it('is the package bin and imports no TypeScript runner, no browser code and no dev dependency', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      bin: Record<string, string>;
      dependencies: Record<string, string>;
    };
    expect(pkg.bin.pantau).toBe('scripts/pantau.mjs');
    const text = readFileSync(OUTFILE as string, 'utf8');
    const packages = [...text.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]!);
    const outside = packages.filter((name) => !name.startsWith('node:') && !Object.hasOwn(pkg.dependencies, name.split('/')[0]!));
    expect(outside).toEqual([]);
    expect(text).not.toMatch(/wxt|tsx\/esm|webextension-polyfill/);
  });
});
