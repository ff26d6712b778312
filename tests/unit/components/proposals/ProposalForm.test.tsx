// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProposalForm } from '../../../../components/proposals/ProposalForm';
import { App } from '../../../../components/popup/PopupApp';
import { badgeFor } from '../../../../utils/findings/badge';
import { computeFindings } from '../../../../utils/findings/findings';
import type { ProposalDraft } from '../../../../utils/proposals/proposal-draft';
import type { ProposalRecord } from '../../../../utils/proposals/proposals-to-registry';
import { bundledSourceInfo } from '../../../../utils/registry/registry-source';
import type { SaveProposalReply } from '../../../../utils/messaging/views';
import { TEST_REGISTRY } from '../../support/test-registry';
import { fakeConnector, NOW, overview, record, renderIn } from '../helpers';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const HOST = 'contoh-usulan.makassarkota.go.id';
const DOMAINS = ['makassarkota.go.id'];
const input = (testId: string, value: string) => fireEvent.input(screen.getByTestId(testId), { target: { value } });

function form(over: Partial<Parameters<typeof ProposalForm>[0]> = {}) {
  const connector = fakeConnector({ saveDraft: vi.fn(async ({ draft }: { host: string; draft: unknown }) => draft as ProposalDraft), deleteDraft: vi.fn(async () => null), ...over.connector });
  const onSaved = vi.fn();
  const onClose = vi.fn();
  renderIn(
    <ProposalForm connector={connector} host={HOST} initial={{ host: HOST, platforms: ['web'] }} watchedDomains={DOMAINS} opdChoices={['Dinas Komunikasi dan Informatika Kota Makassar']} onSaved={onSaved} onClose={onClose} now={() => new Date(NOW)} draftDelayMs={20} {...over} />,
  );
  return { connector, onSaved, onClose };
}

describe('ProposalForm', () => {
  it('names every missing required field on submit, in Indonesian, and sends nothing', async () => {
    const saveProposal = vi.fn();
    form({ connector: fakeConnector({ saveProposal }) });
    expect(screen.getByTestId('proposal-missing').dataset.count).toBe('4');
    fireEvent.click(screen.getByTestId('proposal-submit'));
    expect(screen.getByTestId('proposal-problems').textContent).toContain('4 masalah');
    expect(screen.getByTestId('proposal-error-name').textContent).toBe('Nama aplikasi wajib diisi.');
    expect(screen.getByTestId('proposal-error-opd').textContent).toBe('OPD pemilik wajib diisi.');
    expect(screen.getByTestId('proposal-error-appKind')).toBeTruthy();
    expect(screen.getByTestId('proposal-error-status')).toBeTruthy();
    expect(saveProposal).not.toHaveBeenCalled();
    // Fixing a field clears its message at once.
    input('proposal-name', 'Contoh Usulan');
    expect(screen.queryByTestId('proposal-error-name')).toBeNull();
  });

  it('asks for the vendor name and a four-digit year', () => {
    form();
    fireEvent.change(screen.getByTestId('proposal-developer'), { target: { value: 'vendor' } });
    input('proposal-year', '21');
    fireEvent.click(screen.getByTestId('proposal-submit'));
    expect(screen.getByTestId('proposal-error-developer.vendorName').textContent).toBe('Nama vendor wajib diisi bila pengembangnya vendor.');
    expect(screen.getByTestId('proposal-error-yearLaunched').textContent).toContain('4 angka');
  });

  it('keeps a draft as the user types (debounced) and submits a complete proposal', async () => {
    const stored: ProposalRecord = {
      proposal: { host: HOST, name: 'Contoh Usulan', opd: 'Diskominfo', appKind: 'khusus', platforms: ['web', 'android'], status: 'aktif', yearLaunched: 2021 },
      collector: { name: 'Andi', unit: 'Diskominfo' },
      createdAt: NOW,
    };
    const saveProposal = vi.fn(async (): Promise<SaveProposalReply> => ({ ok: true, record: stored }));
    const { connector, onSaved } = form({ connector: fakeConnector({ saveProposal, saveDraft: vi.fn(async () => null) }) });
    input('proposal-name', 'Contoh');
    input('proposal-name', 'Contoh Usulan');
    input('proposal-opd', 'Diskominfo');
    expect(screen.getByTestId('proposal-opd-hint').textContent).toBe('Cocok dengan daftar OPD: Dinas Komunikasi dan Informatika');
    fireEvent.click(screen.getByTestId('proposal-appKind-khusus'));
    fireEvent.click(screen.getByTestId('proposal-platform-android'));
    fireEvent.change(screen.getByTestId('proposal-status'), { target: { value: 'aktif' } });
    input('proposal-year', '2021');
    await waitFor(() => expect(connector.saveDraft).toHaveBeenCalled());
    // One save for the burst of typing, with everything typed so far.
    expect(connector.saveDraft).toHaveBeenCalledTimes(1);
    expect(vi.mocked(connector.saveDraft).mock.calls[0]).toEqual([{ host: HOST, draft: { host: HOST, name: 'Contoh Usulan', opd: 'Diskominfo', appKind: 'khusus', platforms: ['web', 'android'], status: 'aktif', yearLaunched: 2021 } }]);

    fireEvent.click(screen.getByTestId('proposal-submit'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(stored));
    expect(saveProposal).toHaveBeenCalledWith({ proposal: { host: HOST, name: 'Contoh Usulan', opd: 'Diskominfo', appKind: 'khusus', platforms: ['web', 'android'], status: 'aktif', yearLaunched: 2021 } });
  });

  it('shows the problems the background found, and discards a draft on request', async () => {
    const saveProposal = vi.fn(async (): Promise<SaveProposalReply> => ({ ok: false, problems: [{ field: 'host', code: 'invalid', message: { id: 'Host ini sudah terdaftar di registri yang berlaku.', en: 'x' } }] }));
    const { connector, onClose } = form({
      initial: { host: HOST, name: 'A', opd: 'B', appKind: 'umum', platforms: ['web'], status: 'aktif' },
      connector: fakeConnector({ saveProposal, deleteDraft: vi.fn(async () => null) }),
    });
    fireEvent.click(screen.getByTestId('proposal-submit'));
    expect((await screen.findByTestId('proposal-problems')).textContent).toContain('sudah terdaftar');
    fireEvent.click(screen.getByTestId('proposal-discard'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(connector.deleteDraft).toHaveBeenCalledWith({ host: HOST });
  });
});

describe('popup: Laporkan aplikasi', () => {
  const card = (draft: ProposalDraft | null) => ({
    kind: 'city' as const,
    host: HOST,
    entry: null,
    record: record({ host: HOST, lastTitle: 'Sistem Contoh' }),
    findings: computeFindings(null, record({ host: HOST })),
    badge: badgeFor(HOST, null, record({ host: HOST })),
    proposal: null,
    draft,
  });
  const popup = (draft: ProposalDraft | null) =>
    fakeConnector({
      getSiteCard: async () => card(draft),
      getOverview: async () => overview(),
      getSettings: async () => ({ name: 'Andi', unit: 'Diskominfo' }),
      getRegistry: async () => ({ registry: TEST_REGISTRY, info: bundledSourceInfo(TEST_REGISTRY, 0), revision: 0, domains: DOMAINS }),
      saveDraft: async () => null,
    });

  it('opens the form from an unregistered host card, prefilled with the page title', async () => {
    renderIn(<App connector={popup(null)} tabUrl={async () => `https://${HOST}/`} onOpenSettings={() => {}} now={NOW} />);
    fireEvent.click(await screen.findByTestId('report-app'));
    expect((await screen.findByTestId('proposal-host')).textContent).toBe(HOST);
    expect((screen.getByTestId('proposal-name') as HTMLInputElement).value).toBe('Sistem Contoh');
  });

  it('reopens straight into the form with the stored draft', async () => {
    renderIn(<App connector={popup({ host: HOST, name: 'Draf lama', opd: 'Kecamatan Wajo' })} tabUrl={async () => `https://${HOST}/`} onOpenSettings={() => {}} now={NOW} />);
    expect(((await screen.findByTestId('proposal-name')) as HTMLInputElement).value).toBe('Draf lama');
    expect((screen.getByTestId('proposal-opd') as HTMLInputElement).value).toBe('Kecamatan Wajo');
    fireEvent.click(screen.getByTestId('proposal-close'));
    expect((await screen.findByTestId('report-app')).textContent).toBe('Lanjutkan laporan (draf tersimpan)');
  });
});
