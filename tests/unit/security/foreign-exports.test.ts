import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/main';
import { exportToJson } from '../../../utils/export/export-json';
import { readExportText } from '../../../utils/rekap/read-export-file';
import { exportOf, host } from '../rekap/fixtures';

/** Exports made by someone else: the same host twice, and invisible characters in names. */
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

let dir: string | null = null;
afterAll(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
});

describe('a host listed twice inside one export', () => {
  const twice = exportOf('Andi', '2025-03-11T00:00:00.000Z', [
    host('dukcapil.makassarkota.go.id', { visits: 5 }),
    host('dukcapil.makassarkota.go.id', { visits: 7 }),
  ]);

  it('is refused with the host named, instead of summing its visits silently', () => {
    const read = readExportText(exportToJson(twice));
    expect(read).toMatchObject({ ok: false, problem: 'repeated-host' });
    if (!read.ok) expect(read.details.join(' ')).toContain('"dukcapil.makassarkota.go.id"');
  });

  it('is refused by the CLI naming the file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pantau-twice-'));
    writeFileSync(join(dir, 'ganda.json'), exportToJson(twice));
    const err: string[] = [];
    const io = { out: () => {}, err: (line: string) => err.push(line), cwd: dir, env: {}, now: () => new Date('2025-04-01T00:00:00Z') };
    expect(await main(['rekap', 'ganda.json', '--out', 'rekap.json'], io)).toBe(1);
    expect(err.join('\n')).toContain('ganda.json ditolak: ada host yang tercantum lebih dari sekali dalam satu berkas.');
  });
});

describe('invisible characters in an export from someone else', () => {
  it('are removed from collector names and units, titles and app names', () => {
    const hidden = [...ZERO_WIDTH, ...BIDI].join('');
    const data = exportOf(`An${hidden}di`, '2025-03-11T00:00:00.000Z', [
      host('dukcapil.makassarkota.go.id', {
        lastTitle: `Dukcapil${hidden} Makassar`,
        registered: true,
        app: { id: 'dukcapil', name: `Dukcapil${hidden}`, opd: `Dinas${hidden}`, status: 'aktif' },
        collectors: [{ name: `Bu${hidden}di`, unit: `Uni${hidden}t` }],
      }),
    ], { collector: { name: `An${hidden}di`, unit: `Dis${hidden}kominfo` } });
    const read = readExportText(exportToJson(data));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const text = JSON.stringify(read.data);
    for (const ch of [...ZERO_WIDTH, ...BIDI]) expect(text.includes(ch), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(false);
    expect(read.data.collector).toEqual({ name: 'Andi', unit: 'Diskominfo' });
    expect(read.data.hosts[0]?.lastTitle).toBe('Dukcapil Makassar');
  });
});
