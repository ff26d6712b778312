import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/main';
import type { CliIo } from '../../../scripts/cli/rekap-command';
import { CSV_COLUMNS } from '../../../utils/export/export-csv';
import { exportToJson } from '../../../utils/export/export-json';
import { parseExportText } from '../../../utils/export/parse-export';
import { exportOf, host } from '../rekap/fixtures';

const ROOT = resolve(__dirname, '../../..');
const run = promisify(execFile);

/** Runs the real command as a user would; never rejects, resolves to exit code and output. */
async function pantau(args: string[], cwd: string, viaNpx = false) {
  const [file, argv] = viaNpx ? ['npx', ['--prefix', ROOT, 'pantau', ...args]] : [process.execPath, [join(ROOT, 'scripts/pantau.mjs'), ...args]];
  try {
    const { stdout, stderr } = await run(file as string, argv as string[], { cwd, env: { ...process.env, LANG: 'C.UTF-8' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-cli-'));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  write('andi.json', exportToJson(exportOf('Andi', '2025-06-30T00:00:00.000Z', [host('dukcapil.makassarkota.go.id', { lastSeen: '2025-06-20T00:00:00.000Z', visits: 3 }), host('contoh-liar.makassarkota.go.id')])));
  write('budi.json', exportToJson(exportOf('Budi', '2025-06-29T00:00:00.000Z', [host('dukcapil.makassarkota.go.id', { visits: 4 })])));
  write('rusak.json', '{"format": "pantau.export", "version": 1, "hosts": [');
  write('registri.json', '{"format": "pantau.registry", "entries": []}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pantau rekap (the real command)', () => {
  it('merges exports into a workbook, counting a repeated file once, and prints a summary', async () => {
    const result = await pantau(['rekap', 'andi.json', 'budi.json', 'andi.json', '--out', 'rekap.xlsx'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 ekspor digabung (1 duplikat diabaikan), 2 host.');
    expect(result.stdout).toMatch(/Ditulis: rekap\.xlsx \(xlsx, \d{1,3}(\.\d{3})+ bita\)\./);
    const sheets = await readXlsxFile(join(dir, 'rekap.xlsx'));
    const hosts = sheets.find((s) => s.sheet === 'Host')!.data;
    expect(hosts.find((row) => row[0] === 'dukcapil.makassarkota.go.id')?.[9]).toBe(7);
  }, 30_000);

  it('counts a host only the census sweep answered as seen in its summary', async () => {
    const sweptAt = '2025-06-29T00:00:00.000Z';
    const swept = host('dukcapil.makassarkota.go.id', {
      visits: 0,
      firstSeen: sweptAt,
      lastSeen: sweptAt,
      seenBy: ['sweep'],
      inspection: { checkedAt: sweptAt, status: 200, finalUrl: 'https://dukcapil.makassarkota.go.id/', redirects: [], https: true, hsts: true, server: null, poweredBy: null, software: [], title: null, placeholder: null, passwordField: null, newestDate: null, copyrightYear: null, error: null, source: 'sweep' },
    });
    writeFileSync(join(dir, 'sweep.json'), exportToJson(exportOf('Citra', '2025-06-30T00:00:00.000Z', [swept])));
    const result = await pantau(['rekap', 'sweep.json', '--out', 'sweep-rekap.json'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\n1 dari \d+ aplikasi terdaftar terlihat dalam \d+ hari terakhir\./);
    expect(result.stdout).toMatch(/\n1 dari \d+ aplikasi terdaftar hidup dalam \d+ hari terakhir\./);
    const written = parseExportText(readFileSync(join(dir, 'sweep-rekap.json'), 'utf8'));
    expect(written.ok && written.data.hosts[0]?.seenBy).toEqual(['sweep']);
  }, 30_000);

  it('with --strict refuses bad inputs with a non-zero exit, names each file and problem, and writes nothing', async () => {
    writeFileSync(join(dir, 'lama.csv'), 'isi lama');
    const result = await pantau(['rekap', 'andi.json', 'rusak.json', 'registri.json', 'hilang.json', '--out', 'lama.csv', '--strict'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('rusak.json ditolak: bukan berkas JSON.');
    expect(result.stderr).toContain('registri.json ditolak: bukan ekspor Pantau.');
    expect(result.stderr).toContain('hilang.json ditolak: berkas tidak dapat dibaca.');
    expect(result.stderr).toContain('ENOENT');
    expect(result.stderr).not.toContain('andi.json');
    expect(result.stderr.trim().split('\n').at(-1)).toBe('Tidak ada berkas yang ditulis.');
    expect(readFileSync(join(dir, 'lama.csv'), 'utf8')).toBe('isi lama');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 30_000);

  it('runs as `npx pantau` and writes a JSON rekap that lists its collectors', async () => {
    const result = await pantau(['rekap', 'andi.json', 'budi.json', '--out', 'rekap.json', '--name', 'Auditor', '--lang', 'en'], dir, true);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 exports merged (0 duplicates ignored), 2 hosts.');
    const parsed = parseExportText(readFileSync(join(dir, 'rekap.json'), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.collector.name).toBe('Auditor');
    expect(parsed.data.extension.browser).toBe('cli');
    expect(parsed.data.collectors?.map((c) => c.name)).toEqual(['Budi', 'Andi']);
  }, 60_000);
});

describe('pantau rekap (in process)', () => {
  function io() {
    const out: string[] = [];
    const err: string[] = [];
    const value: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir, env: {}, now: () => new Date('2025-07-01T00:00:00Z') };
    return { value, out, err };
  }

  it('writes the collector CSV columns when --format says csv', async () => {
    const { value } = io();
    expect(await main(['rekap', 'andi.json', 'budi.json', '-o', 'rekap.txt', '--format', 'csv'], value)).toBe(0);
    const text = readFileSync(join(dir, 'rekap.txt'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
  });

  it.each([
    [['rekap', 'andi.json'], 'pantau rekap: --out <berkas> wajib diisi'],
    [['rekap', '--out', 'x.xlsx'], 'pantau rekap: berikan sedikitnya satu berkas ekspor'],
    [['rekap', 'andi.json', '--out', 'x.pdf'], 'pantau rekap: format keluaran tidak jelas'],
    [['rekap', 'andi.json', '--out', 'x.json', '--days', '0'], 'pantau rekap: --days harus'],
    [['rekap', 'andi.json', '--out', 'andi.json'], 'juga merupakan masukan'],
    [['rekap', 'andi.json', '--out', 'x.json', '--bogus'], "Unknown option '--bogus'"],
    [['laporan'], 'pantau: perintah tidak dikenal "laporan"'],
    [['rekap', 'andi.json', '--out', 'x.json', '--lang', 'en', '--days', 'x'], 'pantau rekap: --days must be'],
  ])('rejects %j as a usage error: one line and the hint, exit 2', async (argv, message) => {
    const { value, err, out } = io();
    expect(await main(argv, value)).toBe(2);
    expect(err).toHaveLength(2);
    expect(err[0]).toContain(message);
    expect(err[1]).toBe(argv.includes('en') ? 'See: pantau --help' : 'Lihat: pantau --help');
    expect(out).toEqual([]);
  });

  it('prints its version, and its help in Indonesian unless asked for English', async () => {
    const version = io();
    expect(await main(['--version'], version.value)).toBe(0);
    expect(version.out).toEqual([`pantau ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}`]);
    const help = io();
    expect(await main(['rekap', '--help'], help.value)).toBe(0);
    expect(help.out.join('\n')).toContain('Pemakaian:');
    expect(help.out.join('\n')).toContain('--strict');
    const english = io();
    expect(await main(['--help', '--lang', 'en'], english.value)).toBe(0);
    expect(english.out.join('\n')).toContain('Usage:');
    const byLocale = io();
    byLocale.value.env = { LANG: 'en_US.UTF-8' };
    expect(await main(['help'], byLocale.value)).toBe(0);
    expect(byLocale.out.join('\n')).toContain('Usage:');
  });

  it('says which file to use when a CSV export is given instead of the JSON one', async () => {
    const { value, err } = io();
    writeFileSync(join(dir, 'andi.csv'), `\uFEFF${CSV_COLUMNS.join(',')}\r\ndukcapil.makassarkota.go.id,true\r\n`);
    expect(await main(['rekap', 'andi.csv', '--out', 'x.json', '--strict'], value)).toBe(1);
    expect(err.join('\n')).toContain('andi.csv ditolak: berkas CSV, bukan ekspor JSON');
    expect(err.join('\n')).toContain('pakai berkas .json yang diekspor bersamanya');
  });

  it('reports a folder it cannot write to and leaves no temporary file', async () => {
    const { value, err } = io();
    expect(await main(['rekap', 'andi.json', '--out', 'tidak-ada/rekap.json'], value)).toBe(1);
    expect(err.join('\n')).toContain('tidak dapat menulis tidak-ada/rekap.json: ENOENT');
    expect(existsSync(join(dir, 'tidak-ada'))).toBe(false);
  });
});
