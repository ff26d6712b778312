import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportToJson } from '../../utils/export/export-json';
import { type ExportHostV1, type ExportV1 } from '../../utils/export/export-schema';
import { parseExportText } from '../../utils/export/parse-export';
import { startPantau, type Pantau } from './support/pantau-browser';

// Two collectors' exports. dukcapil is a real registry host; contoh-* are made-up stand-ins.
function host(name: string, visits: number, lastSeen: string): ExportHostV1 {
  return {
    host: name,
    registered: false,
    app: null,
    firstSeen: '2025-06-01T00:00:00.000Z',
    lastSeen,
    visits,
    lastUrl: `https://${name}/`,
    lastTitle: `Judul ${name}`,
    lastOutcome: 'ok',
    lastError: null,
    findings: [],
  };
}
function exportOf(name: string, exportedAt: string, hosts: ExportHostV1[]): ExportV1 {
  return {
    format: 'pantau.export',
    version: 1,
    exportedAt,
    domain: 'makassarkota.go.id',
    collector: { name, unit: 'Diskominfo' },
    extension: { version: '0.1.0', browser: 'chrome' },
    registry: { version: '2025.09.24', entries: 41 },
    hosts,
  };
}
const ANDI = exportOf('Andi', '2025-06-30T00:00:00.000Z', [
  host('dukcapil.makassarkota.go.id', 3, '2025-06-20T00:00:00.000Z'),
  host('contoh-liar.makassarkota.go.id', 2, '2025-06-21T00:00:00.000Z'),
]);
const BUDI = exportOf('Budi', '2025-06-29T00:00:00.000Z', [host('dukcapil.makassarkota.go.id', 4, '2025-06-25T00:00:00.000Z')]);
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

let pantau: Pantau;
beforeAll(async () => {
  pantau = await startPantau({});
});
afterAll(async () => pantau?.stop());

describe('dashboard rekap in Chromium', () => {
  it('imports two exports, keeps them when a broken file is refused, and downloads the rekap', async () => {
    const page = await pantau.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(pantau.extensionUrl('dashboard.html#rekap'));

    const input = page.getByTestId('rekap-file-input');
    await input.setInputFiles([file('andi.json', exportToJson(ANDI)), file('budi.json', exportToJson(BUDI))]);
    await expect.poll(() => page.getByTestId('loaded-file').count()).toBe(2);
    await input.setInputFiles([file('rusak.json', '{"format":"pantau.export",')]);
    await expect.poll(() => page.getByTestId('import-rejected').getAttribute('data-problem')).toBe('not-json');
    expect(await page.getByTestId('import-rejected').textContent()).toContain('rusak.json ditolak: bukan berkas JSON.');
    expect(await page.getByTestId('loaded-file').count()).toBe(2);
    // Two files plus this browser's (empty) record.
    expect(await page.getByTestId('rekap-result').textContent()).toContain('3 ekspor digabung (0 duplikat diabaikan), 2 host.');
    expect(await page.getByTestId('list-add').getAttribute('data-count')).toBe('1');

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rekap-json').click()]);
    expect(jsonDownload.suggestedFilename()).toMatch(/^pantau-rekap-\d{8}-\d{4}\.json$/);
    const parsed = parseExportText(readFileSync((await jsonDownload.path())!, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const dukcapil = parsed.data.hosts.find((h) => h.host === 'dukcapil.makassarkota.go.id');
    expect(dukcapil).toMatchObject({ visits: 7, registered: true, lastSeen: '2025-06-25T00:00:00.000Z' });
    expect(dukcapil?.collectors?.map((c) => c.name)).toEqual(['Andi', 'Budi']);
    expect(parsed.data.extension.browser).toBe('dashboard');

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rekap-xlsx').click()]);
    const sheets = await readXlsxFile((await xlsxDownload.path())!);
    expect(sheets.map((s) => s.sheet)).toEqual(['Ringkasan', 'Per OPD', 'Host', 'Temuan', 'Tindak lanjut', 'Usulan', 'Cakupan unit']);

    await page.getByTestId('tab-tabel').click();
    await page.getByTestId('filter-query').fill('dukcapil');
    await expect.poll(() => page.getByTestId('census-row').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
