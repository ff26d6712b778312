#!/usr/bin/env node
// npm's postinstall: `wxt prepare` (generates .wxt/ types, as WXT's templates do) when the dev
// dependencies that wxt.config.ts loads are installed. An install without them (`npm ci
// --omit=dev`, enough for the `pantau` CLI) needs no types: skip it there instead of failing the
// whole install. (WXT itself may still be there, pulled in as a peer of
// @wxt-dev/webextension-polyfill, but the config's @preact/preset-vite is not.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const installed = (path) => existsSync(fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url)));
const wxtBin = fileURLToPath(new URL('../node_modules/wxt/bin/wxt.mjs', import.meta.url));
if (!installed('wxt/bin/wxt.mjs') || !installed('@preact/preset-vite/package.json')) {
  console.log('postinstall: no dev dependencies installed, skipping `wxt prepare` (only the build needs it).');
  process.exit(0);
}
const run = spawnSync(process.execPath, [wxtBin, 'prepare'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
