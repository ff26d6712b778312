import { checkFileSize, readExportBytes, type ReadExportResult } from '../../utils/rekap/read-export-file';

/**
 * Reads dropped or picked files one after another (a few MB each at most; one at a time keeps
 * memory flat) and validates each. Never rejects: a file that cannot be read becomes `unreadable`.
 */
export async function readExportFiles(files: readonly File[]): Promise<Array<{ name: string; result: ReadExportResult }>> {
  const results: Array<{ name: string; result: ReadExportResult }> = [];
  for (const file of files) {
    const tooLarge = checkFileSize(file.size);
    if (tooLarge !== null) {
      results.push({ name: file.name, result: tooLarge });
      continue;
    }
    try {
      results.push({ name: file.name, result: readExportBytes(new Uint8Array(await file.arrayBuffer())) });
    } catch (error) {
      results.push({ name: file.name, result: { ok: false, problem: 'unreadable', details: [error instanceof Error ? error.message : String(error)] } });
    }
  }
  return results;
}
