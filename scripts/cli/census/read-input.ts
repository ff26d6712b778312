import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { checkFileSize, MAX_EXPORT_BYTES, readExportText, type FileProblem } from '../../../utils/rekap/read-export-file';
import type { ExportV1 } from '../../../utils/export/export-schema';

const gunzipAsync = promisify(gunzip);

/** One input file, read and validated; the checksum is of the bytes on disk (compressed or not). */
export type InputRead =
  | { ok: true; data: ExportV1; checksum: string; bytes: number }
  | { ok: false; problem: FileProblem; details: string[]; checksum: string | null };

/** The file's bytes and their SHA-256, or why it cannot be read. Never throws. */
export async function readRaw(path: string): Promise<{ ok: true; raw: Buffer; checksum: string } | { ok: false; problem: FileProblem; details: string[] }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, problem: 'unreadable', details: ['not a regular file'] };
    const tooLarge = checkFileSize(info.size);
    if (tooLarge !== null && !tooLarge.ok) return tooLarge;
    const raw = await readFile(path);
    return { ok: true, raw, checksum: createHash('sha256').update(raw).digest('hex') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: 'unreadable', details: [code ?? (error instanceof Error ? error.message : String(error))] };
  }
}

/**
 * Decodes and validates bytes read by {@link readRaw}. A gzip file (by its magic bytes, whatever
 * its name) is inflated with a ceiling, so a small "zip bomb" cannot take the memory.
 */
export async function decodeRaw(raw: Buffer, checksum: string): Promise<InputRead> {
  let bytes = raw;
  if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      bytes = await gunzipAsync(raw, { maxOutputLength: MAX_EXPORT_BYTES });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const problem: FileProblem = code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'unreadable';
      return { ok: false, problem, details: [`gzip: ${code ?? String(error)}`], checksum };
    }
  }
  const result = readExportText(bytes.toString('utf8'));
  return result.ok ? { ok: true, data: result.data, checksum, bytes: raw.length } : { ...result, checksum };
}

/** Reads, checksums and validates one input file. Never throws. */
export async function readInput(path: string): Promise<InputRead> {
  const raw = await readRaw(path);
  if (!raw.ok) return { ...raw, checksum: null };
  return decodeRaw(raw.raw, raw.checksum);
}
