import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { committedSchemaText, exportSchemaText, writeExportSchema } from '../../../scripts/write-export-schema';
import { exportToJson } from '../../../utils/export/export-json';
import { sampleExport } from './fixtures';

type Schema = Record<string, unknown>;

const IGNORED = new Set(['$schema', '$id', 'title', 'description', 'format']);

/**
 * A deliberately tiny JSON Schema checker for the keywords docs/export.schema.json uses (no
 * validator is installed and adding one for a test is not worth it). It throws on any keyword it
 * does not know, so a new keyword in the schema cannot be silently skipped.
 */
function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const typeOf = (v: unknown) =>
    v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
  for (const [key, rule] of Object.entries(schema)) {
    if (IGNORED.has(key)) continue;
    switch (key) {
      case 'type': {
        const actual = typeOf(value);
        if (!(actual === rule || (rule === 'number' && actual === 'integer'))) errors.push(`${path}: not ${String(rule)}`);
        break;
      }
      case 'const':
        if (value !== rule) errors.push(`${path}: not ${JSON.stringify(rule)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value)) errors.push(`${path}: not in enum`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value)) errors.push(`${path}: pattern`);
        break;
      case 'minLength':
      case 'maxLength':
        if (typeof value === 'string') {
          const length = [...value].length;
          if (key === 'minLength' ? length < (rule as number) : length > (rule as number)) errors.push(`${path}: ${key}`);
        }
        break;
      case 'minimum':
      case 'maximum':
        if (typeof value === 'number' && (key === 'minimum' ? value < (rule as number) : value > (rule as number))) {
          errors.push(`${path}: ${key}`);
        }
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (rule as number)) errors.push(`${path}: maxItems`);
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((item, i) => errors.push(...validate(rule as Schema, item, `${path}[${i}]`)));
        break;
      case 'required':
        if (isObject(value)) for (const name of rule as string[]) if (!(name in value)) errors.push(`${path}.${name}: required`);
        break;
      case 'properties':
        if (isObject(value)) {
          for (const [name, sub] of Object.entries(rule as Record<string, Schema>)) {
            if (name in value) errors.push(...validate(sub, value[name], `${path}.${name}`));
          }
        }
        break;
      case 'additionalProperties':
        // Only `{}` (anything goes) is expected: the format promises to tolerate unknown fields.
        if (JSON.stringify(rule) !== '{}') throw new Error(`${path}: unexpected additionalProperties`);
        break;
      case 'anyOf':
        if (!(rule as Schema[]).some((sub) => validate(sub, value, path).length === 0)) errors.push(`${path}: no anyOf branch`);
        break;
      case 'if':
        break; // handled with then/else below
      case 'then':
      case 'else': {
        const matches = validate(schema.if as Schema, value, path).length === 0;
        if (matches === (key === 'then')) errors.push(...validate(rule as Schema, value, path));
        break;
      }
      default:
        throw new Error(`mini validator does not know the keyword "${key}" (at ${path})`);
    }
  }
  return errors;
}

const schema = JSON.parse(readFileSync(new URL('../../../docs/export.schema.json', import.meta.url), 'utf8')) as Schema;
const sample = () => JSON.parse(exportToJson(sampleExport())) as Record<string, unknown> & { hosts: Record<string, unknown>[] };

describe('docs/export.schema.json', () => {
  it('is up to date with the zod schema (run `npx tsx scripts/write-export-schema.ts` when this fails)', () => {
    expect(committedSchemaText()).toBe(exportSchemaText());
  });

  it('names itself', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:pantau:export:v1',
      title: 'Pantau export, version 1',
    });
    expect(schema.description).toEqual(expect.stringContaining('optional fields'));
  });

  it('accepts a real export, including unknown future fields', () => {
    const file = sample();
    file.inspection = { anything: [1, 2] };
    file.hosts[0]!.proposals = [];
    expect(validate(schema, file)).toEqual([]);
  });

  it('rejects what parseExport rejects', () => {
    const cases: [string, (file: ReturnType<typeof sample>) => void, string][] = [
      ['wrong format', (f) => (f.format = 'x'), '$.format: not "pantau.export"'],
      ['newer version', (f) => (f.version = 2), '$.version: not 1'],
      ['missing field', (f) => delete f.hosts[0]!.visits, '$.hosts[0].visits: required'],
      ['string visits', (f) => (f.hosts[0]!.visits = '3'), '$.hosts[0].visits: not integer'],
      ['query string', (f) => (f.hosts[0]!.lastUrl = 'https://a.makassarkota.go.id/?q=1'), '$.hosts[0].lastUrl: no anyOf branch'],
      ['app mismatch', (f) => (f.hosts[1]!.registered = true), '$.hosts[1].app: not object'],
      ['local time', (f) => (f.exportedAt = '2025-05-06T15:08:09+08:00'), '$.exportedAt: pattern'],
    ];
    for (const [name, mutate, error] of cases) {
      const file = sample();
      mutate(file);
      expect(validate(schema, file), name).toContain(error);
    }
  });
});

describe('scripts/write-export-schema.ts', () => {
  it('writes the schema, and --check fails only while the file is stale', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pantau-schema-')), 'export.schema.json');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(writeExportSchema(['--check'], path)).toBe(1);
    expect(writeExportSchema([], path)).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(exportSchemaText());
    expect(writeExportSchema(['--check'], path)).toBe(0);
    writeFileSync(path, exportSchemaText().replace('"maxItems": 50000', '"maxItems": 5'));
    expect(writeExportSchema(['--check'], path)).toBe(1);
    vi.restoreAllMocks();
  });
});
