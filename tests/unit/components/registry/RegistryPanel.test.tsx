// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegistryPanel } from '../../../../components/registry/RegistryPanel';
import type { PantauConnector } from '../../../../utils/messaging/connector';
import { afterFileImport, bundledSourceInfo } from '../../../../utils/registry/registry-source';
import type { Registry } from '../../../../utils/registry/schema';
import type { RegistryChangeReply, RegistryView } from '../../../../utils/messaging/views';
import { entry, TEST_REGISTRY } from '../../support/test-registry';
import { fakeConnector, renderIn } from '../helpers';

afterEach(cleanup);

const FIXTURES = join(__dirname, '../../../fixtures/registry-import');
const BUNDLED: Registry = { ...TEST_REGISTRY, version: '2026.11.01' };
const NOW = new Date('2026-12-01T03:00:00.000Z');
const bundledView: RegistryView = { registry: BUNDLED, info: bundledSourceInfo(BUNDLED, 0), revision: 4, domains: ['makassarkota.go.id'] };

function pick(name: string, content: string | Uint8Array<ArrayBuffer>) {
  const input = screen.getByTestId('registry-file-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], name)] });
  fireEvent.change(input);
}

/** A panel whose `onChanged` re-renders it with the new view, as the dashboard does. */
function setup(methods: Partial<PantauConnector>, view: RegistryView = bundledView) {
  const onChanged = vi.fn();
  const connector = fakeConnector(methods);
  function Harness() {
    const [current, setCurrent] = useState(view);
    return (
      <RegistryPanel
        connector={connector}
        view={current}
        onChanged={(next) => {
          onChanged(next);
          setCurrent(next);
        }}
        now={() => NOW}
      />
    );
  }
  renderIn(<Harness />);
  return { onChanged };
}

describe('RegistryPanel', () => {
  it('shows the registry in force: version, source, entries and update check', () => {
    setup({});
    expect(screen.getByTestId('registry-version').textContent).toBe('2026.11.01');
    expect(screen.getByTestId('registry-source').textContent).toBe('bawaan Pantau');
    expect(screen.getByTestId('registry-entries').textContent).toBe('5');
    // lpse.makassar.go.id waits until makassar.go.id is watched.
    expect(screen.getByTestId('registry-entries-watched').textContent).toBe(' · 4 di domain yang dipantau');
    expect(screen.getByTestId('registry-last-check').textContent).toBe('Alamat pembaruan belum diatur.');
    // Nothing to restore or undo yet.
    expect(screen.queryByTestId('registry-restore')).toBeNull();
    expect(screen.queryByTestId('registry-undo')).toBeNull();
  });

  it('lists every problem of a bad CSV with row, field and reason, and changes nothing', async () => {
    const applyRegistry = vi.fn();
    setup({ applyRegistry });
    pick('problems.csv', new Uint8Array(readFileSync(join(FIXTURES, 'problems.csv'))));
    const rows = await screen.findAllByTestId('import-problem');
    const reasons = rows.map((row) => row.dataset.reason);
    expect(reasons).toEqual(expect.arrayContaining(['empty-name', 'no-host', 'bad-url', 'duplicate-host', 'host-outside-domains', 'unknown-status', 'unknown-platform', 'bad-source', 'duplicate-id']));
    const emptyName = rows.find((row) => row.dataset.reason === 'empty-name')!;
    expect(emptyName.dataset.row).toBe('2');
    expect(emptyName.textContent).toContain('Baris 2');
    expect(screen.getByTestId('import-problems').textContent).toContain('registri yang berlaku tidak berubah');
    expect(screen.queryByTestId('registry-apply')).toBeNull();
    expect(applyRegistry).not.toHaveBeenCalled();
  });

  it('previews a JSON registry field by field and applies it only on confirmation, against the revision it showed', async () => {
    const next: Registry = {
      ...BUNDLED,
      version: '2026.12.01',
      entries: [...BUNDLED.entries.filter((e) => e.id !== 'lama').map((e) => (e.id === 'dukcapil' ? { ...e, status: 'aktif' as const } : e)), entry({ id: 'contoh-baru', hosts: ['contoh-baru.makassarkota.go.id'] })],
    };
    const applied: RegistryView = { registry: next, info: afterFileImport(bundledView.info, next, 'baru.json', NOW.getTime()), revision: 5, domains: ['makassarkota.go.id'] };
    const applyRegistry = vi.fn(async (): Promise<RegistryChangeReply> => ({ ok: true, view: applied }));
    const { onChanged } = setup({ applyRegistry });
    pick('baru.json', JSON.stringify(next));
    const summary = await screen.findByTestId('diff-summary');
    expect(summary.dataset).toMatchObject({ added: '1', removed: '1', changed: '1' });
    const changed = screen.getByTestId('diff-changed-entry');
    expect(changed.dataset.id).toBe('dukcapil');
    expect(changed.querySelector('[data-field="status"]')?.textContent).toContain('tidak-diketahui→aktif');
    expect(applyRegistry).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('registry-apply'));
    await screen.findByTestId('registry-applied');
    expect(applyRegistry).toHaveBeenCalledWith({ registry: next, fileName: 'baru.json', basedOn: 4 });
    expect(onChanged).toHaveBeenCalledWith(applied);
    expect(screen.getByTestId('registry-source').textContent).toContain('baru.json');
    expect(screen.queryByTestId('registry-preview')).toBeNull();
  });

  it('keeps the file and recomputes the preview when the registry changed meanwhile', async () => {
    const moved: RegistryView = { ...bundledView, revision: 5, registry: { ...BUNDLED, entries: BUNDLED.entries.slice(0, 2) } };
    const applyRegistry = vi.fn(async (): Promise<RegistryChangeReply> => ({ ok: false, reason: 'changed', errors: [{ id: 'Registri berubah sejak pratinjau dibuat.', en: 'x' }], view: moved }));
    setup({ applyRegistry });
    pick('sama.json', JSON.stringify(BUNDLED));
    expect((await screen.findByTestId('diff-summary')).dataset.added).toBe('0');
    fireEvent.click(screen.getByTestId('registry-apply'));
    expect((await screen.findByTestId('registry-apply-refused')).textContent).toContain('Registri berubah');
    await waitFor(() => expect(screen.getByTestId('diff-summary').dataset.added).toBe('3'));
  });

  it('suggests adding (not replacing) for a file of proposals', async () => {
    setup({});
    const proposals: Registry = { ...BUNDLED, entries: [entry({ id: 'contoh-usulan', hosts: ['contoh-usulan.makassarkota.go.id'], source: ['proposal:Andi (Diskominfo)@2026-11-30'] })] };
    pick('usulan.json', JSON.stringify(proposals));
    expect((await screen.findByTestId('diff-summary')).dataset).toMatchObject({ added: '1', removed: '0' });
    expect((screen.getByTestId('registry-mode-merge') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('registry-mode-replace'));
    await waitFor(() => expect(screen.getByTestId('diff-summary').dataset.removed).toBe('5'));
  });

  it('restores the bundled registry and undoes one step', async () => {
    const fileView: RegistryView = { ...bundledView, info: afterFileImport(bundledView.info, BUNDLED, 'a.csv', NOW.getTime()), revision: 7 };
    const restoreBundledRegistry = vi.fn(async (): Promise<RegistryChangeReply> => ({ ok: true, view: { ...bundledView, info: bundledSourceInfo(BUNDLED, NOW.getTime(), fileView.info), revision: 8 } }));
    const undoRegistry = vi.fn(async (): Promise<RegistryChangeReply> => ({ ok: true, view: { ...fileView, revision: 9 } }));
    setup({ restoreBundledRegistry, undoRegistry }, fileView);
    expect(screen.getByTestId('registry-previous').textContent).toContain('bawaan Pantau');
    fireEvent.click(screen.getByTestId('registry-restore'));
    expect((await screen.findByTestId('registry-notice')).textContent).toContain('Registri bawaan berlaku lagi');
    expect(restoreBundledRegistry).toHaveBeenCalledWith({ basedOn: 7 });
    fireEvent.click(screen.getByTestId('registry-undo'));
    await waitFor(() => expect(screen.getByTestId('registry-notice').textContent).toContain('Registri sebelumnya berlaku lagi'));
    expect(undoRegistry).toHaveBeenCalledWith({ basedOn: 8 });
  });

  it('refuses a file over 5 MB without reading it', async () => {
    setup({});
    const input = screen.getByTestId('registry-file-input') as HTMLInputElement;
    const huge = new File(['x'], 'besar.csv');
    Object.defineProperty(huge, 'size', { value: 6 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    Object.defineProperty(input, 'files', { configurable: true, value: [huge] });
    fireEvent.change(input);
    expect((await screen.findByTestId('import-problem')).dataset.reason).toBe('file-too-large');
    expect(read).not.toHaveBeenCalled();
  });
});

describe('RegistryPanel in English', () => {
  it('speaks English second, problems included', async () => {
    renderIn(<RegistryPanel connector={fakeConnector({})} view={bundledView} onChanged={() => {}} now={() => NOW} />, 'en');
    expect(screen.getByTestId('registry-source').textContent).toBe('bundled with Pantau');
    pick('kosong.csv', 'nama_aplikasi;url\n;contoh.makassarkota.go.id\n');
    const problem = await screen.findByTestId('import-problem');
    expect(problem.textContent).toMatch(/^2.*Row 2: /);
    expect(screen.getByTestId('import-problems').textContent).toContain('the registry in force has not changed');
  });
});
