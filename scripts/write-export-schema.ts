/**
 * Writes docs/export.schema.json from the zod schema in utils/export/export-schema.ts, so the
 * published JSON Schema can never drift from what Pantau actually parses.
 *
 *   tsx scripts/write-export-schema.ts          rewrite the file
 *   tsx scripts/write-export-schema.ts --check  exit 1 if the committed file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import '../utils/text/zod-english';
import { exportV1Schema } from '../utils/export/export-schema';

/** Where the committed JSON Schema lives. */
export const EXPORT_SCHEMA_PATH = resolve(fileURLToPath(new URL('..', import.meta.url)), 'docs/export.schema.json');

/** The JSON Schema text for export version 1, exactly as it is committed (2-space indent, final newline). */
export function exportSchemaText(): string {
  const generated = z.toJSONSchema(exportV1Schema, { target: 'draft-2020-12', io: 'input' });
  const { $schema, ...rest } = generated;
  // $id is a name, not a download address: nothing is served there.
  const schema = {
    $schema,
    $id: 'urn:pantau:export:v1',
    title: 'Pantau export, version 1',
    description:
      'City hosts (e.g. of makassarkota.go.id) seen by one Pantau collector, with registry matches and findings. ' +
      'Version 1 only gains optional fields; unknown fields must be ignored. See docs/export-format.md.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The committed file's text, or null when it does not exist. */
export function committedSchemaText(path = EXPORT_SCHEMA_PATH): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The script's work, with the path as a parameter so a test can point it at a temporary file. Returns the exit code. */
export function writeExportSchema(args: readonly string[], path = EXPORT_SCHEMA_PATH): number {
  const expected = exportSchemaText();
  if (args.includes('--check')) {
    if (committedSchemaText(path) === expected) return 0;
    console.error(`${path} is out of date: run \`npx tsx scripts/write-export-schema.ts\`.`);
    return 1;
  }
  writeFileSync(path, expected);
  console.log(`wrote ${path}`);
  return 0;
}

// Run only when invoked as a script, so the test can import the functions above.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = writeExportSchema(process.argv.slice(2));
}
