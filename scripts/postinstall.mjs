// `wxt prepare` writes .wxt/ (the extension's generated types, which tsconfig.json extends). A
// production install (`npm ci --omit=dev`, for the `pantau` command alone) has no wxt and needs
// none of it, so it skips the step instead of failing the install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wxt = 'node_modules/.bin/wxt';
if (existsSync(wxt)) {
  const run = spawnSync(wxt, ['prepare'], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
