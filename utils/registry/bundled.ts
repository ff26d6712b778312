import data from './bundled-registry.json';
import { parseRegistry } from './parse-registry';
import type { Registry } from './schema';

function loadBundled(): Registry {
  const result = parseRegistry(data);
  // A broken bundled registry would silently mark every city host "unregistered"; fail loudly instead.
  // `npm run build` runs the same check first (build-registry.ts --check-only), so this is a backstop.
  if (!result.ok) throw new Error(`The bundled app registry is invalid:\n- ${result.errors.join('\n- ')}`);
  return result.registry;
}

/**
 * The app registry shipped with the extension, generated from the research data by
 * `npm run build:registry` and checked when this module loads.
 */
export const BUNDLED_REGISTRY: Registry = loadBundled();
