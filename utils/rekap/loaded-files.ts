import type { ExportV1 } from '../export/export-schema';
import type { FileProblem, ReadExportResult } from './read-export-file';
import { exportIdentity, sourcesOf } from './rekap-sources';

/** An export file the auditor loaded into the dashboard's rekap. */
export interface LoadedFile {
  /** The export's identity (collector + exportedAt): two files with the same one are the same export. */
  id: string;
  name: string;
  data: ExportV1;
  /** How many exports the file stands for (more than 1 for a rekap). */
  sources: number;
}

/** What the auditor is told about a file that was not added. */
export type ImportNotice =
  | { kind: 'rejected'; file: string; problem: FileProblem; details: string[] }
  | { kind: 'duplicate'; file: string; of: string };

/**
 * Adds newly read files to the loaded list. A refused file is reported and skipped; a file that
 * is the same export as one already loaded is reported and skipped (the merge would ignore it
 * anyway: saying so is what keeps the auditor from thinking it was counted). Files already loaded
 * stay loaded, whatever happens to the new ones.
 */
export function addLoadedFiles(
  loaded: readonly LoadedFile[],
  incoming: ReadonlyArray<{ name: string; result: ReadExportResult }>,
): { loaded: LoadedFile[]; notices: ImportNotice[] } {
  const next = [...loaded];
  const notices: ImportNotice[] = [];
  for (const { name, result } of incoming) {
    if (!result.ok) {
      notices.push({ kind: 'rejected', file: name, problem: result.problem, details: result.details });
      continue;
    }
    const id = exportIdentity(result.data);
    const existing = next.find((file) => file.id === id);
    if (existing !== undefined) {
      notices.push({ kind: 'duplicate', file: name, of: existing.name });
      continue;
    }
    next.push({ id, name, data: result.data, sources: sourcesOf(result.data).length });
  }
  return { loaded: next, notices };
}
