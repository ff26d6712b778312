// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportButtons } from '../../../../components/common/ExportButtons';
import { downloadText, REVOKE_DELAY_MS } from '../../../../utils/platform/downloads';
import { ConnectorError } from '../../../../utils/messaging/connector';
import { exportToCsv } from '../../../../utils/export/export-csv';
import type { ExportV1 } from '../../../../utils/export/export-schema';
import { exportToJson } from '../../../../utils/export/export-json';
import { fakeConnector, renderIn } from '../helpers';

const EXPORT: ExportV1 = {
  format: 'pantau.export',
  version: 1,
  exportedAt: '2025-11-27T13:20:00.000Z',
  domain: 'makassarkota.go.id',
  collector: { name: 'Andi', unit: 'Dinas Komunikasi dan Informatika' },
  extension: { version: '0.1.0', browser: 'chrome' },
  registry: { version: '2025.09.24', entries: 43 },
  hosts: [
    {
      host: 'lontaraplus.makassarkota.go.id',
      registered: true,
      app: { id: 'lontara-plus', name: 'Lontara+', opd: 'Dinas Komunikasi dan Informatika', status: 'aktif' },
      firstSeen: '2025-11-17T13:20:00.000Z',
      lastSeen: '2025-11-24T13:20:00.000Z',
      visits: 12,
      lastUrl: 'https://lontaraplus.makassarkota.go.id/',
      lastTitle: 'Lontara+',
      lastOutcome: 'ok',
      lastError: null,
      findings: [],
    },
  ],
};

const SETTINGS = { name: 'Andi', unit: 'Diskominfo' };
// Local time, as exportFilename reads it.
const NOW = () => new Date(2025, 10, 27, 21, 20);

/** Captures what the default downloader hands the browser: the Blob, the anchor, the revocation. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const anchors: Array<{ download: string; href: string; inDocument: boolean }> = [];
  // A URL that still constructs (module loading needs it: the workbook writer is imported on click).
  vi.stubGlobal('URL', Object.assign(class extends URL {}, {
    createObjectURL: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:pantau/${blobs.length}`;
    }),
    revokeObjectURL: vi.fn(),
  }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    anchors.push({ download: this.download, href: this.getAttribute('href') ?? '', inDocument: this.isConnected });
  });
  return { blobs, anchors };
}

beforeEach(() => {
  vi.unstubAllGlobals();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('ExportButtons', () => {
  it('labels its buttons with the formats', () => {
    renderIn(<ExportButtons connector={fakeConnector({ getSettings: async () => SETTINGS })} onOpenSettings={() => {}} />);
    expect(screen.getByTestId('export-json').textContent).toBe('Ekspor JSON');
    expect(screen.getByTestId('export-csv').textContent).toBe('Ekspor CSV');
    expect(screen.getByTestId('export-xlsx').textContent).toBe('Unduh Excel (.xlsx)');
  });

  it('downloads the JSON export under a dated file name', async () => {
    const { blobs, anchors } = captureDownloads();
    const getExport = vi.fn(async () => EXPORT);
    renderIn(
      <ExportButtons connector={fakeConnector({ getExport, getSettings: async () => SETTINGS })} onOpenSettings={() => {}} now={NOW} />,
    );
    fireEvent.click(screen.getByTestId('export-json'));
    await waitFor(() => expect(anchors).toHaveLength(1));
    expect(getExport).toHaveBeenCalledTimes(1);
    expect(anchors[0]).toEqual({ download: 'pantau-20251127-2120.json', href: 'blob:pantau/1', inDocument: true });
    expect(blobs[0]!.type).toBe('application/json');
    expect(await blobs[0]!.text()).toBe(exportToJson(EXPORT));
    expect(JSON.parse(await blobs[0]!.text())).toEqual(EXPORT);
    await waitFor(() => expect(screen.getByTestId('export-done').textContent).toBe('Diunduh: pantau-20251127-2120.json'));
    // The temporary anchor is gone again.
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });

  it('downloads the CSV export, `;`-separated when the UI is Indonesian', async () => {
    const { blobs, anchors } = captureDownloads();
    renderIn(
      <ExportButtons
        connector={fakeConnector({ getExport: async () => EXPORT, getSettings: async () => SETTINGS })}
        onOpenSettings={() => {}}
        now={NOW}
      />,
    );
    fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(anchors).toHaveLength(1));
    expect(anchors[0]!.download).toBe('pantau-20251127-2120.csv');
    expect(blobs[0]!.type).toMatch(/^text\/csv/);
    // Blob.text() decodes UTF-8 and drops the BOM; compare the bytes instead.
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect(bytes).toEqual(new TextEncoder().encode(exportToCsv(EXPORT, ';')));
  });

  it('downloads the Excel workbook, its Host sheet listing the collector\'s hosts', async () => {
    const { blobs, anchors } = captureDownloads();
    renderIn(
      <ExportButtons
        connector={fakeConnector({ getExport: async () => EXPORT, getSettings: async () => SETTINGS })}
        onOpenSettings={() => {}}
        now={NOW}
      />,
    );
    fireEvent.click(screen.getByTestId('export-xlsx'));
    // The first click loads the workbook writer.
    await waitFor(() => expect(screen.queryByTestId('error-notice')?.textContent ?? anchors.length).toBe(1), { timeout: 4_000 });
    expect(anchors[0]!.download).toBe('pantau-20251127-2120.xlsx');
    expect(blobs[0]!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheets = await readXlsxFile(Buffer.from(await blobs[0]!.arrayBuffer()));
    expect(sheets.map((s) => s.sheet)).toEqual(['Host', 'Temuan', 'Tentang']);
    const hosts = sheets[0]!.data;
    expect(hosts).toHaveLength(2);
    expect(hosts[1]!.slice(0, 6)).toEqual(['lontaraplus.makassarkota.go.id', 'Ya', 'lontara-plus', 'Lontara+', 'Dinas Komunikasi dan Informatika', 'Aktif']);
    expect(hosts[1]![8]).toBe(12);
    await waitFor(() => expect(screen.getByTestId('export-done').textContent).toBe('Diunduh: pantau-20251127-2120.xlsx'));
  });

  it('explains a workbook that could not be written and downloads nothing', async () => {
    vi.doMock('../../../../utils/export/export-xlsx', () => ({
      exportToXlsx: async () => {
        throw new Error('zip failed');
      },
    }));
    const download = vi.fn();
    try {
      renderIn(
        <ExportButtons connector={fakeConnector({ getExport: async () => EXPORT, getSettings: async () => SETTINGS })} onOpenSettings={() => {}} download={download} />,
      );
      fireEvent.click(screen.getByTestId('export-xlsx'));
      const notice = await screen.findByTestId('error-notice');
      expect(notice.textContent).toContain('zip failed');
      expect(download).not.toHaveBeenCalled();
      // The buttons work again after the failure.
      expect(screen.getByTestId('export-xlsx').hasAttribute('disabled')).toBe(false);
    } finally {
      vi.doUnmock('../../../../utils/export/export-xlsx');
    }
  });

  it('revokes the object URL after the download has started', () => {
    vi.useFakeTimers();
    const { anchors } = captureDownloads();
    downloadText('a.json', '{}', 'application/json');
    expect(anchors).toHaveLength(1);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_DELAY_MS);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:pantau/1');
  });

  it('warns when the collector name or unit is not set, with a link to the settings', async () => {
    const onOpenSettings = vi.fn();
    renderIn(
      <ExportButtons connector={fakeConnector({ getSettings: async () => ({ name: 'Andi', unit: ' ' }) })} onOpenSettings={onOpenSettings} />,
    );
    const warning = await screen.findByTestId('collector-warning');
    expect(warning.textContent).toContain('belum diisi');
    fireEvent.click(screen.getByText('Isi di Pengaturan'));
    expect(onOpenSettings).toHaveBeenCalledTimes(1);
  });

  it('does not warn once the collector is set', async () => {
    const getSettings = vi.fn(async () => SETTINGS);
    renderIn(<ExportButtons connector={fakeConnector({ getSettings })} onOpenSettings={() => {}} />);
    await waitFor(() => expect(getSettings).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByTestId('collector-warning')).toBeNull();
  });

  it('explains a failed export and downloads nothing', async () => {
    const download = vi.fn();
    renderIn(
      <ExportButtons
        connector={fakeConnector({
          getSettings: async () => SETTINGS,
          getExport: async () => {
            throw new ConnectorError('storage-full', 'QuotaExceededError');
          },
        })}
        onOpenSettings={() => {}}
        download={download}
      />,
    );
    fireEvent.click(screen.getByTestId('export-xlsx'));
    const notice = await screen.findByTestId('error-notice');
    expect(notice.textContent).toContain('Penyimpanan browser penuh');
    expect(download).not.toHaveBeenCalled();
  });
});
