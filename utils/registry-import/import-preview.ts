import { formatNumber } from '../text/format-number';
import { isProposalRegistry, mergeRegistries } from '../registry/merge-registries';
import { diffRegistries, type RegistryDiff } from '../registry/registry-diff';
import { opdList } from '../registry/opd-list';
import type { Registry } from '../registry/schema';
import { importRegistry, MAX_REGISTRY_BYTES, type RegistryFileFormat } from './import-registry';
import { notice, type ImportWarning, type Problem } from './problems';

/**
 * The Registri tab's import step, before anything changes: check the file (importRegistry, against
 * the watched domains), build the registry it would put in force, and the difference to show. Pure,
 * so the page recomputes it whenever the registry in force or the chosen mode changes.
 */

/**
 * `merge` (the default): the file's entries fill the registry in force field by field
 * (mergeRegistries). `replace`: the file becomes the registry, an explicit choice the page words
 * with the number of entries it removes.
 */
export type ImportMode = 'replace' | 'merge';

export type ImportPreview =
  | {
      ok: true;
      format: RegistryFileFormat;
      mode: ImportMode;
      suggestedMode: ImportMode;
      next: Registry;
      diff: RegistryDiff;
      warnings: ImportWarning[];
      /** How many entries in force `replace` would remove, whichever mode is shown. */
      replaceRemoves: number;
      /** Rows left out (skipBadRows), with their problems, for the page to keep listing. */
      skipped: Problem[];
    }
  | { ok: false; format: RegistryFileFormat | null; problems: Problem[]; validRows: number };

export interface PreviewInput {
  content: string | Uint8Array;
  fileName: string;
  current: Registry;
  watchedDomains: readonly string[];
  now: Date;
  /** The mode chosen by the administrator; by default the suggested one (`merge`). */
  mode?: ImportMode;
  /** Import the valid rows of a CSV with bad rows, once the user has seen the bad ones listed. */
  skipBadRows?: boolean;
}

/**
 * Checks a file and previews its effect. `merge` is suggested for every file: a partial office
 * list or a file of proposals replacing the registry would drop every other entry (a 5-row CSV
 * removed 41), so replacing is never the default.
 */
export function previewImport(input: PreviewInput): ImportPreview {
  const imported = importRegistry({
    content: input.content,
    name: input.fileName,
    origin: 'file',
    watchedDomains: input.watchedDomains,
    current: input.current,
    opdUnits: opdList(),
    now: input.now,
    ...(input.skipBadRows === undefined ? {} : { skipBadRows: input.skipBadRows }),
  });
  if (!imported.ok) return imported;
  const suggestedMode: ImportMode = 'merge';
  const mode = input.mode ?? suggestedMode;
  const replaced = diffRegistries(input.current, imported.registry);
  let next = imported.registry;
  if (mode === 'merge') {
    const merged = mergeRegistries(input.current, imported.registry, input.now, imported.blankFields);
    if (!merged.ok) {
      return {
        ok: false,
        format: imported.format,
        problems: merged.errors.map((error) => notice('invalid-registry', { row: null, field: null }, { id: `Gabungan tidak sah: ${error}`, en: `The merged registry is invalid: ${error}` })),
        validRows: 0,
      };
    }
    next = merged.registry;
  }
  const diff = mode === 'replace' ? replaced : diffRegistries(input.current, next);
  return { ok: true, format: imported.format, mode, suggestedMode, next, diff, warnings: imported.warnings, replaceRemoves: replaced.removed.length, skipped: imported.skipped };
}

/** The problem for a file refused before it is read (larger than MAX_REGISTRY_BYTES). */
export function fileTooLarge(bytes: number): Problem | null {
  if (bytes <= MAX_REGISTRY_BYTES) return null;
  const mb = (lang: 'id' | 'en') => formatNumber(bytes / 1024 / 1024, lang, 1);
  return notice('file-too-large', { row: null, field: null }, { id: `Berkas terlalu besar (${mb('id')} MB; paling besar 5 MB).`, en: `The file is too large (${mb('en')} MB; at most 5 MB).` });
}
