// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProposalsPanel } from '../../../../components/proposals/ProposalsPanel';
import { WatchedDomainsForm } from '../../../../components/settings/WatchedDomainsForm';
import type { ProposalRecord } from '../../../../utils/proposals/proposals-to-registry';
import { previewImport } from '../../../../utils/registry-import/import-preview';
import { bundledSourceInfo } from '../../../../utils/registry/registry-source';
import type { Registry } from '../../../../utils/registry/schema';
import type { DomainChangeReply, RegistryView, WatchedDomainsView } from '../../../../utils/messaging/views';
import { TEST_REGISTRY } from '../../support/test-registry';
import { fakeConnector, NOW, renderIn } from '../helpers';

afterEach(cleanup);

const ONE: WatchedDomainsView = { domains: ['makassarkota.go.id'], defaults: ['makassarkota.go.id'], optional: ['makassar.go.id'], suggest: [{ domain: 'makassar.go.id', entries: 1 }] };
const TWO: WatchedDomainsView = { ...ONE, domains: ['makassarkota.go.id', 'makassar.go.id'], suggest: [] };

describe('WatchedDomainsForm', () => {
  it('asks the browser for the permission, then the background, and shows the new list', async () => {
    const requestHostPermissions = vi.fn(async () => true);
    const addWatchedDomain = vi.fn(async (): Promise<DomainChangeReply> => ({ ok: true, view: TWO, warning: null }));
    renderIn(<WatchedDomainsForm connector={fakeConnector({ getWatchedDomains: async () => ONE, requestHostPermissions, addWatchedDomain })} />);
    fireEvent.click(await screen.findByTestId('suggest-domain-makassar.go.id'));
    expect((await screen.findByTestId('domain-status')).textContent).toBe('makassar.go.id kini dipantau.');
    expect(requestHostPermissions).toHaveBeenCalledWith(['*://*.makassar.go.id/*']);
    expect(addWatchedDomain).toHaveBeenCalledWith({ domain: 'makassar.go.id' });
    expect(screen.getAllByTestId('watched-domain').map((li) => li.dataset.domain)).toEqual(['makassarkota.go.id', 'makassar.go.id']);
  });

  it('adds nothing when the permission prompt is refused', async () => {
    const addWatchedDomain = vi.fn();
    renderIn(<WatchedDomainsForm connector={fakeConnector({ getWatchedDomains: async () => ONE, requestHostPermissions: async () => false, addWatchedDomain })} />);
    fireEvent.input(await screen.findByTestId('domain-input'), { target: { value: 'https://www.makassar.go.id/berita' } });
    fireEvent.click(screen.getByTestId('domain-add'));
    const status = await screen.findByTestId('domain-status');
    expect(status.textContent).toBe('Izin untuk makassar.go.id tidak diberikan; domain tidak ditambahkan.');
    expect(status.dataset.ok).toBe('false');
    expect(addWatchedDomain).not.toHaveBeenCalled();
  });

  it('refuses a domain the manifest does not declare before asking the browser, saying why', async () => {
    const requestHostPermissions = vi.fn();
    renderIn(<WatchedDomainsForm connector={fakeConnector({ getWatchedDomains: async () => ONE, requestHostPermissions })} />);
    fireEvent.input(await screen.findByTestId('domain-input'), { target: { value: 'contoh.example.com' } });
    fireEvent.click(screen.getByTestId('domain-add'));
    expect((await screen.findByTestId('domain-status')).textContent).toContain('hanya meminta izin untuk domain yang tercantum di manifesnya (makassar.go.id)');
    expect(requestHostPermissions).not.toHaveBeenCalled();
  });

  it('removes an added domain, never the default one', async () => {
    const removeWatchedDomain = vi.fn(async (): Promise<DomainChangeReply> => ({ ok: true, view: ONE, warning: null }));
    renderIn(<WatchedDomainsForm connector={fakeConnector({ getWatchedDomains: async () => TWO, removeWatchedDomain })} />);
    expect(await screen.findByTestId('remove-domain-makassar.go.id')).toBeTruthy();
    expect(screen.queryByTestId('remove-domain-makassarkota.go.id')).toBeNull();
    fireEvent.click(screen.getByTestId('remove-domain-makassar.go.id'));
    expect((await screen.findByTestId('domain-status')).textContent).toBe('makassar.go.id tidak dipantau lagi; izinnya dikembalikan.');
    expect(removeWatchedDomain).toHaveBeenCalledWith({ domain: 'makassar.go.id' });
  });
});

describe('ProposalsPanel', () => {
  const BUNDLED: Registry = { ...TEST_REGISTRY, version: '2026.11.01' };
  const view: RegistryView = { registry: BUNDLED, info: bundledSourceInfo(BUNDLED, 0), revision: 0, domains: ['makassarkota.go.id'] };
  const record: ProposalRecord = {
    proposal: { host: 'contoh-usulan.makassarkota.go.id', name: 'Contoh Usulan', opd: 'Diskominfo', appKind: 'khusus', platforms: ['web'], status: 'aktif', personInCharge: { name: 'Budi', contact: '0811' } },
    collector: { name: 'Andi', unit: 'Diskominfo' },
    createdAt: NOW,
  };

  it('lists proposals and downloads them as a registry file that imports as an addition', async () => {
    const download = vi.fn();
    renderIn(<ProposalsPanel connector={fakeConnector({ getProposals: async () => [record] })} view={view} target={null} onOpened={() => {}} download={download} now={() => new Date(NOW)} />);
    expect((await screen.findByTestId('proposal-row')).dataset.host).toBe('contoh-usulan.makassarkota.go.id');
    fireEvent.click(screen.getByTestId('proposals-registry-file'));
    const [filename, bytes] = download.mock.calls[0]!;
    expect(filename).toMatch(/^pantau-usulan-registri-\d{8}-\d{4}\.json$/);
    const text = new TextDecoder().decode(bytes as Uint8Array);
    expect(text).not.toContain('Budi'); // the person in charge stays out of registry files
    const preview = previewImport({ content: text, fileName: filename as string, current: BUNDLED, watchedDomains: view.domains, now: new Date(NOW) });
    expect(preview.ok && [preview.mode, preview.diff.added.map((e) => e.hosts[0]), preview.diff.removed.length]).toEqual(['merge', ['contoh-usulan.makassarkota.go.id'], 0]);
  });

  it('opens the form for a host from the table, and deletes a proposal', async () => {
    const onOpened = vi.fn();
    const deleteProposal = vi.fn(async () => []);
    renderIn(
      <ProposalsPanel
        connector={fakeConnector({ getProposals: async () => [record], getDraft: async () => null, deleteProposal })}
        view={view}
        target={{ host: 'contoh-baru.makassarkota.go.id', title: 'Judul Baru' }}
        onOpened={onOpened}
        download={vi.fn()}
      />,
    );
    expect((await screen.findByTestId('proposal-host')).textContent).toBe('contoh-baru.makassarkota.go.id');
    expect((screen.getByTestId('proposal-name') as HTMLInputElement).value).toBe('Judul Baru');
    expect(onOpened).toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('proposal-delete'));
    await waitFor(() => expect(screen.getByTestId('proposals-empty')).toBeTruthy());
    expect(deleteProposal).toHaveBeenCalledWith({ host: 'contoh-usulan.makassarkota.go.id' });
  });
});
