// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp, type DashboardAppProps } from '../../../../components/dashboard/DashboardApp';
import { exportToJson } from '../../../../utils/export/export-json';
import { type ExportV1 } from '../../../../utils/export/export-schema';
import { parseExportText } from '../../../../utils/export/parse-export';
import { DEFAULT_PREFERENCES } from '../../../../utils/settings/settings';
import { bundledSourceInfo } from '../../../../utils/registry/registry-source';
import type { RegistryView } from '../../../../utils/messaging/views';
import { exportOf, host, TEST_REGISTRY } from '../../rekap/fixtures';
import { fakeConnector, renderIn } from '../helpers';

afterEach(cleanup);

/** The registry in force, as the background gives it to the dashboard. */
const VIEW: RegistryView = { registry: TEST_REGISTRY, info: bundledSourceInfo(TEST_REGISTRY, 0), revision: 0, domains: ['makassarkota.go.id'] };

const LOCAL = exportOf('Saya', '2025-07-01T00:00:00.000Z', []);
const ANDI = exportOf('Andi', '2025-06-30T00:00:00.000Z', [host('contoh-hidup.makassarkota.go.id', { visits: 3 }), host('contoh-liar.makassarkota.go.id')]);
const BUDI = exportOf('Budi', '2025-06-29T00:00:00.000Z', [host('contoh-hidup.makassarkota.go.id', { visits: 4 })]);

async function setup(over: Partial<DashboardAppProps> = {}) {
  const download = vi.fn();
  const props: DashboardAppProps = {
    connector: fakeConnector({
      getExport: async () => LOCAL,
      getPreferences: async () => DEFAULT_PREFERENCES,
      getSettings: async () => ({ name: 'Auditor', unit: 'Inspektorat' }),
      getRegistry: async () => VIEW,
    }),
    extensionVersion: '0.1.0',
    download,
    initialTab: 'rekap',
    now: () => Date.parse('2025-07-01T00:00:00.000Z'),
    ...over,
  };
  renderIn(<DashboardApp {...props} />);
  // The registry in force comes from the background first.
  if (props.initialTab !== 'pengaturan' && props.initialTab !== 'registri' && props.initialTab !== 'usulan') await screen.findByTestId('data-as-of');
  return { download };
}

function choose(...files: Array<[name: string, text: string]>) {
  const input = screen.getByTestId('rekap-file-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: files.map(([name, text]) => new File([text], name, { type: 'application/json' })) });
  fireEvent.change(input);
}

const json = (data: ExportV1) => exportToJson(data);

describe('DashboardApp: rekap', () => {
  it('loads exports, refuses a broken file with its name and reason, and keeps the loaded ones', async () => {
    await setup();
    choose(['andi.json', json(ANDI)], ['budi.json', json(BUDI)]);
    await waitFor(() => expect(screen.getAllByTestId('loaded-file')).toHaveLength(2));
    choose(['catatan.txt', 'bukan json'], ['versi2.json', JSON.stringify({ ...ANDI, version: 2 })]);
    await waitFor(() => expect(screen.getAllByTestId('import-rejected')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('import-rejected');
    expect(first!.textContent).toContain('catatan.txt ditolak: bukan berkas JSON.');
    expect(second!.textContent).toContain('versi2.json ditolak: ekspor ini dibuat oleh Pantau yang lebih baru; perbarui Pantau.');
    expect(screen.getAllByTestId('loaded-file').map((li) => li.dataset.file)).toEqual(['andi.json', 'budi.json']);
    expect(screen.getByTestId('rekap-result').textContent).toContain('3 ekspor digabung (0 duplikat diabaikan), 2 host.');
  });

  it('says a file is the same export as one already loaded, and does not count it', async () => {
    await setup();
    choose(['andi.json', json(ANDI)]);
    await waitFor(() => expect(screen.getAllByTestId('loaded-file')).toHaveLength(1));
    choose(['andi-salinan.json', json(ANDI)]);
    expect((await screen.findByTestId('import-duplicate')).textContent).toBe(
      'andi-salinan.json adalah ekspor yang sama dengan andi.json, jadi tidak dihitung dua kali.',
    );
    expect(screen.getAllByTestId('loaded-file')).toHaveLength(1);
  });

  it('takes files dropped on the drop zone', async () => {
    await setup();
    const dropped = [new File([json(ANDI)], 'andi.json', { type: 'application/json' }), new File(['{}'], 'kosong.json')];
    const zone = screen.getByTestId('drop-zone');
    // Plain events: happy-dom's DragEvent does not reach listeners when dispatched by fireEvent.
    const drag = (type: string, files?: File[]) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      if (files !== undefined) Object.defineProperty(event, 'dataTransfer', { value: { files } });
      zone.dispatchEvent(event);
      return event;
    };
    expect(drag('dragover').defaultPrevented).toBe(true);
    await waitFor(() => expect(zone.className).toContain('drop-zone--active'));
    drag('drop', dropped);
    await waitFor(() => expect(screen.getAllByTestId('loaded-file').map((li) => li.dataset.file)).toEqual(['andi.json']));
    expect(screen.getByTestId('import-rejected').textContent).toContain('kosong.json ditolak: bukan ekspor Pantau.');
    await waitFor(() => expect(zone.className).not.toContain('drop-zone--active'));
  });

  it('removes a file and recomputes', async () => {
    await setup();
    choose(['andi.json', json(ANDI)], ['budi.json', json(BUDI)]);
    await waitFor(() => expect(screen.getAllByTestId('loaded-file')).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Hapus andi.json' }));
    expect(screen.getAllByTestId('loaded-file').map((li) => li.dataset.file)).toEqual(['budi.json']);
    expect(screen.getByTestId('rekap-result').textContent).toContain('2 ekspor digabung (0 duplikat diabaikan), 1 host.');
  });

  it('downloads the rekap as JSON with the auditor as collector and the exports listed', async () => {
    const { download } = await setup();
    choose(['andi.json', json(ANDI)], ['budi.json', json(BUDI)]);
    await waitFor(() => expect(screen.getAllByTestId('loaded-file')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('include-local'));
    fireEvent.click(screen.getByTestId('rekap-json'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [filename, bytes, mime] = download.mock.calls[0]!;
    expect(filename).toMatch(/^pantau-rekap-\d{8}-\d{4}\.json$/);
    expect(mime).toBe('application/json');
    const parsed = parseExportText(new TextDecoder().decode(bytes as Uint8Array));
    expect(parsed.ok && parsed.data.collector).toEqual({ name: 'Auditor', unit: 'Inspektorat' });
    expect(parsed.ok && parsed.data.collectors?.map((c) => c.name)).toEqual(['Budi', 'Andi']);
    expect(parsed.ok && parsed.data.hosts.find((h) => h.host === 'contoh-hidup.makassarkota.go.id')?.visits).toBe(7);
  });
});

describe('DashboardApp: overview and table', () => {
  it('summarises in words and charts per OPD', async () => {
    await setup({ initialTab: 'ikhtisar' });
    await waitFor(() => expect(screen.getAllByTestId('summary-line').length).toBeGreaterThan(3));
    expect(screen.getByTestId('summary-strip').textContent).toContain('0 dari 5 aplikasi terdaftar hidup dalam 90 hari terakhir.');
    expect(screen.getAllByTestId('opd-bar').map((bar) => bar.dataset.opd)).toEqual(['Badan Kepegawaian', 'Dinas Komunikasi dan Informatika', '']);
    expect(screen.getAllByTestId('opd-bar')[2]!.querySelector('title')?.textContent).toBe(
      '(OPD tidak diketahui): 0 hidup, 0 bermasalah, 1 tidak pernah terlihat',
    );
  });

  it('explains a background that cannot give this browser’s record, and still works on files', async () => {
    await setup({
      connector: fakeConnector({ getExport: async () => Promise.reject(new Error('no background')), getPreferences: async () => DEFAULT_PREFERENCES, getRegistry: async () => VIEW }),
    });
    expect((await screen.findByTestId('error-notice')).textContent).toContain('no background');
    choose(['andi.json', json(ANDI)]);
    await waitFor(() => expect(screen.getByTestId('rekap-result').textContent).toContain('1 ekspor digabung'));
  });
});

describe('DashboardApp: registry in force and proposals', () => {
  const WILD = 'contoh-liar.makassarkota.go.id';
  const mine = exportOf('Saya', '2025-07-01T00:00:00.000Z', [host(WILD, { lastTitle: 'Aplikasi Liar' })]);

  it('reads the census against the registry the background says is in force, and re-reads it after an import', async () => {
    let view = VIEW;
    const next = { ...TEST_REGISTRY, version: '2026.02.01', entries: [...TEST_REGISTRY.entries, { ...TEST_REGISTRY.entries[0]!, id: 'contoh-liar', name: 'Liar Terdaftar', hosts: [WILD] }] };
    const applyRegistry = vi.fn(async () => {
      view = { ...VIEW, registry: next, revision: 1 };
      return { ok: true as const, view };
    });
    await setup({
      initialTab: 'tabel',
      connector: fakeConnector({ getExport: async () => mine, getPreferences: async () => DEFAULT_PREFERENCES, getRegistry: async () => view, applyRegistry }),
    });
    const row = () => screen.getAllByTestId('census-row').find((r) => r.dataset.key === WILD)!;
    expect(row().textContent).toContain('Laporkan aplikasi');
    fireEvent.click(screen.getByTestId('tab-registri'));
    const input = (await screen.findByTestId('registry-file-input')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([JSON.stringify(next)], 'baru.json')] });
    fireEvent.change(input);
    fireEvent.click(await screen.findByTestId('registry-apply'));
    await screen.findByTestId('registry-applied');
    fireEvent.click(screen.getByTestId('tab-tabel'));
    await waitFor(() => expect(row().textContent).toContain('Liar Terdaftar'));
  });

  it('opens "Laporkan aplikasi" in the Usulan tab from an unregistered row of the table', async () => {
    await setup({
      initialTab: 'tabel',
      connector: fakeConnector({ getExport: async () => mine, getPreferences: async () => DEFAULT_PREFERENCES, getRegistry: async () => VIEW, getProposals: async () => [], getDraft: async () => null }),
    });
    fireEvent.click(screen.getByTestId('report-row'));
    expect((await screen.findByTestId('proposal-host')).textContent).toBe(WILD);
    expect((screen.getByTestId('proposal-name') as HTMLInputElement).value).toBe('Aplikasi Liar');
    expect(screen.getByTestId('tab-usulan').getAttribute('aria-selected')).toBe('true');
  });
});
