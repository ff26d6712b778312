import * as z from 'zod/mini';

/**
 * Zod 4 compiles object schemas into functions with `new Function` the first time they parse
 * (its "JIT"), after probing whether eval works with `Function('')`. Extension pages and the
 * worker run under `script-src 'self'`, where both are refused: zod then falls back to its
 * interpreter, but every context would still attempt an eval (a CSP violation). With `jitless`
 * zod never probes and never compiles; validation is exactly the same, only not code-generated.
 * (zod/mini and zod classic share this setting: it lives in zod's core.)
 *
 * Imported first by every entrypoint (before any module that parses at load, such as the bundled
 * registry), so the setting is in force before the first parse. tests/e2e/manifest.e2e.test.ts
 * checks that every built bundle containing zod's eval sites also carries this setting.
 */
z.config({ jitless: true });
