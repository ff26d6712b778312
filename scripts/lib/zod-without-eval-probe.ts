import type { Plugin } from 'vite';

/**
 * Removes zod 4's eval probe (`allowsEval`: `new Function("")` in a try block) from the bundles.
 *
 * Pantau runs zod jitless (utils/platform/zod-jitless.ts), so the probe never runs; but Mozilla's
 * addons-linter flags the `Function` call in every bundle that has zod as DANGEROUS_EVAL, and a
 * store reviewer would have to take our word that it is dead code. Without the probe, allowsEval
 * is always false and zod's JIT (Doc.compile, the other `Function` use, which the linter does not
 * flag) can never be reached whatever the configuration. The build fails if zod changes the probe,
 * so this never silently stops applying (tests/e2e-firefox/addons-linter.e2e.test.ts would notice too).
 */
export function zodWithoutEvalProbe(): Plugin {
  const probe = /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/;
  return {
    name: 'pantau:zod-without-eval-probe',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!probe.test(code)) this.error(`zod's eval probe (allowsEval) not found in ${id}: update scripts/lib/zod-without-eval-probe.ts`);
      return { code: code.replace(probe, 'return false;'), map: null };
    },
  };
}
