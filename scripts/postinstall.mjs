// `wxt prepare` writes .wxt/ (the extension's generated types, which tsconfig.json extends). It
// loads wxt.config.ts, which needs the dev dependencies (the Preact preset). A production install
// (`npm ci --omit=dev`, for the `pantau` command alone) has them not, and needs none of .wxt/, so
// it skips the step instead of failing the install. (wxt itself comes along with the polyfill.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wxt = 'node_modules/.bin/wxt';
if (existsSync(wxt) && existsSync('node_modules/@preact/preset-vite/package.json')) {
  const run = spawnSync(wxt, ['prepare'], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
