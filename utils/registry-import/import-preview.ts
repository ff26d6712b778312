import { formatNumber } from '../text/format-number';
import { isProposalRegistry, mergeRegistries } from '../registry/merge-registries';
import { diffRegistries, type RegistryDiff } from '../registry/registry-diff';
import type { Registry } from '../registry/schema';
import { importRegistry, MAX_REGISTRY_BYTES, type RegistryFileFormat } from './import-registry';
import { notice, type ImportWarning, type Problem } from './problems';

/**
 * The Registri tab's import step, before anything changes: check the file (importRegistry, against
 * the watched domains), build the registry it would put in force, and the difference to show. Pure,
 * so the page recomputes it whenever the registry in force or the chosen mode changes.
 */

/** `replace`: the file becomes the registry. `merge`: its entries are added to the one in force (mergeRegistries). */
export type ImportMode = 'replace' | 'merge';

export type ImportPreview =
  | { ok: true; format: RegistryFileFormat; mode: ImportMode; suggestedMode: ImportMode; next: Registry; diff: RegistryDiff; warnings: ImportWarning[] }
  | { ok: false; format: RegistryFileFormat | null; problems: Problem[] };

export interface PreviewInput {
  content: string | Uint8Array;
  fileName: string;
  current: Registry;
  watchedDomains: readonly string[];
  now: Date;
  /** The mode chosen by the administrator; by default the suggested one. */
  mode?: ImportMode;
}

/**
 * Checks a file and previews its effect. A file made of proposals (every source `proposal:…`) is
 * suggested as `merge`: it lists a few new apps, and replacing the registry with it would drop
 * every other entry.
 */
export function previewImport(input: PreviewInput): ImportPreview {
  const imported = importRegistry({
    content: input.content,
    name: input.fileName,
    origin: 'file',
    watchedDomains: input.watchedDomains,
    current: input.current,
    now: input.now,
  });
  if (!imported.ok) return imported;
  const suggestedMode: ImportMode = isProposalRegistry(imported.registry) ? 'merge' : 'replace';
  const mode = input.mode ?? suggestedMode;
  let next = imported.registry;
  if (mode === 'merge') {
    const merged = mergeRegistries(input.current, imported.registry, input.now);
    if (!merged.ok) {
      return {
        ok: false,
        format: imported.format,
        problems: merged.errors.map((error) => notice('invalid-registry', { row: null, field: null }, { id: `Gabungan tidak sah: ${error}`, en: `The merged registry is invalid: ${error}` })),
      };
    }
    next = merged.registry;
  }
  return { ok: true, format: imported.format, mode, suggestedMode, next, diff: diffRegistries(input.current, next), warnings: imported.warnings };
}

/** The problem for a file refused before it is read (larger than MAX_REGISTRY_BYTES). */
export function fileTooLarge(bytes: number): Problem | null {
  if (bytes <= MAX_REGISTRY_BYTES) return null;
  const mb = (lang: 'id' | 'en') => formatNumber(bytes / 1024 / 1024, lang, 1);
  return notice('file-too-large', { row: null, field: null }, { id: `Berkas terlalu besar (${mb('id')} MB; paling besar 5 MB).`, en: `The file is too large (${mb('en')} MB; at most 5 MB).` });
}
