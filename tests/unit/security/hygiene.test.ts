import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { readExportFiles } from '../../../components/dashboard/read-files';
import { main } from '../../../scripts/cli/main';
import { cleanTitle } from '../../../utils/text/clean-text';
import { openPantauDB } from '../../../utils/db/open-db';
import { exportToJson } from '../../../utils/export/export-json';
import { validateProposal } from '../../../utils/proposals/proposal-schema';
import { saveCollector } from '../../../utils/settings/settings';
import { exportOf, host } from '../rekap/fixtures';

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const hidden = INVISIBLE.join('');

describe('zero-width characters and bidi overrides', () => {
  it('are removed from titles, not turned into spaces', () => {
    expect(cleanTitle(`Dinas${hidden}Kominfo ${hidden}Makassar`)).toBe('DinasKominfo Makassar');
    for (const ch of INVISIBLE) expect(cleanTitle(`a${ch}b`), `U+${ch.codePointAt(0)!.toString(16)}`).toBe('ab');
  });

  it('are removed from a proposal ("Laporkan aplikasi")', () => {
    const checked = validateProposal(
      { host: 'contoh-usulan.makassarkota.go.id', name: `Apli${hidden}kasi`, opd: `Dis${hidden}kominfo`, abbreviation: hidden, appKind: 'umum', platforms: ['web'], status: 'aktif' },
      { watchedDomains: ['makassarkota.go.id'], now: new Date('2026-12-01T00:00:00Z') },
    );
    expect(checked).toMatchObject({ ok: true, proposal: { name: 'Aplikasi', opd: 'Diskominfo' } });
    if (checked.ok) expect(checked.proposal.abbreviation).toBeUndefined();
  });

  it('are removed from the collector name and unit that go into every export', async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openPantauDB();
    expect(await saveCollector(db, { name: ` An${hidden}di `, unit: `Dis${hidden}kominfo` })).toEqual({ name: 'Andi', unit: 'Diskominfo' });
    db.close();
  });
});

/** UTF-16 with a BOM, as Windows "Unicode" save writes it. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    bytes.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return bytes;
}

let dir: string | null = null;
afterAll(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
});

describe('one decoder for exports, in the dashboard and the CLI', () => {
  const json = exportToJson(exportOf('Andi', '2025-06-30T00:00:00.000Z', [host('dukcapil.makassarkota.go.id', { lastTitle: 'Layanan – Kependudukan' })]));
  const files = { 'utf8.json': new TextEncoder().encode(json), 'utf8-bom.json': new TextEncoder().encode(`\ufeff${json}`), 'utf16le.json': utf16(json, 'le'), 'utf16be.json': utf16(json, 'be') };

  it('the dashboard reads UTF-8 and UTF-16 exports with a BOM alike', async () => {
    const read = await readExportFiles(Object.entries(files).map(([name, bytes]) => new File([bytes as BlobPart], name)));
    for (const { name, result } of read) {
      expect(result.ok, name).toBe(true);
      if (result.ok) expect(result.data.hosts[0]?.lastTitle).toBe('Layanan – Kependudukan');
    }
  });

  it('the CLI reads them too', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pantau-decode-'));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const err: string[] = [];
    const io = { out: () => {}, err: (l: string) => err.push(l), cwd: dir, env: {}, now: () => new Date('2025-07-01T00:00:00Z') };
    expect(await main(['rekap', ...Object.keys(files), '--out', 'rekap.json'], io)).toBe(0);
    expect(err).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'rekap.json'), 'utf8')).hosts[0].lastTitle).toBe('Layanan – Kependudukan');
  });
});

describe('README', () => {
  it('lists every permission the manifest asks for', () => {
    const root = resolve(__dirname, '../../..');
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    const permissions = JSON.parse((/permissions: (\[[^\]]*\])/.exec(config)?.[1] ?? '[]').replaceAll("'", '"')) as string[];
    expect(permissions).toContain('scripting');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const permission of permissions) expect(readme, permission).toContain(`\`${permission}\``);
  });
});
