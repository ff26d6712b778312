import * as z from 'zod/mini';

/**
 * Zod 4 classic compiles object schemas into functions with `new Function` the first time they
 * parse (its "JIT"), after probing whether eval works with `Function('')`; extension pages and the
 * worker run under `script-src 'self'`, where both are refused (a CSP violation each time). Pantau
 * now uses zod/mini, whose objects are interpreted and never compiled, so there is nothing to
 * switch off today: the setting stays (it lives in zod's core, which both share) so that no schema
 * kind that compiles could ever evaluate code. Validation is the same either way.
 *
 * Imported first by every entrypoint (before any module that parses at load, such as the bundled
 * registry), so the setting is in force before the first parse. tests/e2e/manifest.e2e.test.ts
 * checks that every built bundle containing zod carries this setting, and no eval at all.
 */
z.config({ jitless: true });
