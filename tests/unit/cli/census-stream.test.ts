import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../../scripts/cli/census/input-paths';
import { streamMerge } from '../../../scripts/cli/census/stream-merge';
import type { ExportV1 } from '../../../utils/export/export-schema';
import { buildCensus } from '../../../utils/rekap/census';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { DOMAINS, permutations, TEST_INDEX } from '../rekap/fixtures';
import { andi, budi, citra, dewi, kosong, rekapOfAndiBudi, writeExport } from './census-fixtures';

let dir: string;
const files: Record<string, { path: string; data: ExportV1 }> = {};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-stream-'));
  const put = (name: string, data: ExportV1) => (files[name] = { path: writeExport(dir, name, data), data });
  put('andi.json', andi);
  put('sub/budi.json.gz', budi);
  put('sub/deep/citra.json', citra);
  put('dewi.json.gz', dewi);
  put('kosong.json', kosong);
  put('rekap-andi-budi.json', rekapOfAndiBudi);
  writeFileSync(join(dir, 'rusak.json'), '{"format": "pantau.export", "version": 1, "hosts": [');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inputsOf = (names: readonly string[]) => names.map((name) => ({ file: name, path: files[name]?.path ?? join(dir, name) }));
const census = (rekap: ReturnType<typeof mergeExports>) => buildCensus(rekap, TEST_INDEX, { recentDays: 90, now: Date.parse('2025-04-01T00:00:00Z') });

describe('the streaming rekap', () => {
  it('gives the in-memory census for every order of the fixtures (same hosts, counts, findings), in one pass', async () => {
    const names = ['andi.json', 'sub/budi.json.gz', 'sub/deep/citra.json', 'dewi.json.gz'];
    const expected = mergeExports(names.map((n) => files[n]!.data), DOMAINS);
    expect(expected.hosts.length).toBeGreaterThan(2);
    for (const order of permutations(names)) {
      const streamed = await streamMerge(inputsOf(order), { domains: DOMAINS });
      expect(streamed.passes).toBe(1);
      expect(streamed.rekap).toEqual(expected);
      expect(census(streamed.rekap)).toEqual(census(expected));
    }
  });

  it('gives the in-memory result when a rekap overlaps its own sources, by a second pass in canonical order', async () => {
    const names = ['andi.json', 'sub/budi.json.gz', 'rekap-andi-budi.json', 'sub/deep/citra.json', 'kosong.json'];
    const expected = mergeExports(names.map((n) => files[n]!.data), DOMAINS);
    expect(expected.duplicates).toBe(2);
    for (const order of [names, [...names].reverse()]) {
      const streamed = await streamMerge(inputsOf(order), { domains: DOMAINS });
      expect(streamed.passes).toBe(2);
      expect(streamed.rekap).toEqual(expected);
      expect(census(streamed.rekap)).toEqual(census(expected));
    }
  });

  it('counts a file given twice once, as the in-memory merge does', async () => {
    const streamed = await streamMerge(inputsOf(['andi.json', 'dewi.json.gz', 'andi.json']), { domains: DOMAINS });
    expect(streamed.rekap).toEqual(mergeExports([andi, dewi, andi], DOMAINS));
    expect(streamed.files.map((f) => f.status)).toEqual(['merged', 'merged', 'duplicate']);
  });

  it('names a corrupt file in the middle with its reason and merges the rest', async () => {
    const streamed = await streamMerge(inputsOf(['andi.json', 'rusak.json', 'hilang.json', 'sub/budi.json.gz']), { domains: DOMAINS });
    expect(streamed.bad.map((b) => [b.input.file, b.problem])).toEqual([
      ['rusak.json', 'not-json'],
      ['hilang.json', 'unreadable'],
    ]);
    expect(streamed.rekap).toEqual(mergeExports([andi, budi], DOMAINS));
  });

  it('refuses a small gzip file that would inflate past the export size limit, without inflating it all', async () => {
    writeFileSync(join(dir, 'bom.json.gz'), gzipSync(Buffer.alloc(65 * 1024 * 1024, 0x20)));
    const streamed = await streamMerge(inputsOf(['bom.json.gz', 'andi.json']), { domains: DOMAINS });
    expect(streamed.bad.map((b) => [b.input.file, b.problem])).toEqual([['bom.json.gz', 'too-large']]);
    expect(streamed.rekap.sources.map((s) => s.name)).toEqual(['Andi']);
    rmSync(join(dir, 'bom.json.gz'));
  });

  it('skips files whose checksum an earlier run loaded, without merging them', async () => {
    const first = await streamMerge(inputsOf(['andi.json']), { domains: DOMAINS });
    const again = await streamMerge(inputsOf(['andi.json', 'sub/budi.json.gz']), { domains: DOMAINS, loaded: new Set([first.files[0]!.checksum]) });
    expect(again.files.map((f) => f.status)).toEqual(['already-loaded', 'merged']);
    expect(again.rekap.sources.map((s) => s.name)).toEqual(['Budi']);
  });
});

describe('the inputs of a rekap', () => {
  it('reads folders recursively and globs (*, **), taking .json and .json.gz files only', async () => {
    writeFileSync(join(dir, 'sub', 'catatan.txt'), 'bukan ekspor');
    const folder = await expandInputs(['sub'], dir);
    expect(folder.inputs.map((i) => i.file)).toEqual(['sub/budi.json.gz', 'sub/deep/citra.json']);
    const glob = await expandInputs(['**/*.json.gz', 'sub/deep/*.json'], dir);
    expect(glob.inputs.map((i) => i.file)).toEqual(['dewi.json.gz', 'sub/budi.json.gz', 'sub/deep/citra.json']);
    const nothing = await expandInputs(['*.xml', 'hilang.json'], dir);
    expect(nothing.empty).toEqual(['*.xml']);
    expect(nothing.inputs.map((i) => i.file)).toEqual(['hilang.json']);
  });
});
