#!/usr/bin/env node
/**
 * The `pantau` command (package.json "bin"). It runs the TypeScript in scripts/cli/ through tsx's
 * loader, a runtime dependency, so the command shares utils/ with the extension as is, with no
 * separate build step to forget: `npx pantau rekap a.json b.json --out rekap.xlsx`.
 */
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
