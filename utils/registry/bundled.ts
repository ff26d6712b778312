import data from './bundled-registry.json';
import { checkBundledRegistry } from './bundled-check';
import type { Registry } from './schema';

/**
 * The app registry shipped with the extension, generated from the research data by
 * `npm run build:registry` and checked when this module loads. For Node (the CLI, scripts, tests)
 * and the settings page; the worker reads the same file from the package only when it first needs
 * it (utils/background/packaged-data.ts), so its start-up neither carries nor parses it.
 */
export const BUNDLED_REGISTRY: Registry = checkBundledRegistry(data);
