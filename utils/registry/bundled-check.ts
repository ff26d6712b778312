import { parseRegistry } from './parse-registry';
import type { Registry } from './schema';

/**
 * The bundled registry file, checked. A broken bundled registry would silently mark every city host
 * "unregistered", so this throws instead. `npm run build` runs the same check first
 * (build-registry.ts --check-only), so this is a backstop.
 */
export function checkBundledRegistry(data: unknown): Registry {
  const result = parseRegistry(data);
  if (!result.ok) throw new Error(`The bundled app registry is invalid:\n- ${result.errors.join('\n- ')}`);
  return result.registry;
}
