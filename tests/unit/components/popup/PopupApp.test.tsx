// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../components/popup/PopupApp';
import { CARD_SHOWN_MARK } from '../../../../components/popup/card-shown-mark';
import { badgeFor } from '../../../../utils/findings/badge';
import { ConnectorError } from '../../../../utils/messaging/connector';
import { computeFindings } from '../../../../utils/findings/findings';
import { bundledSourceInfo } from '../../../../utils/registry/registry-source';
import type { Registry } from '../../../../utils/registry/schema';
import type { RegistryView } from '../../../../utils/messaging/views';
import { entry, fakeConnector, NOW, overview, record, renderIn } from '../helpers';

afterEach(cleanup);

const REGISTRY: Registry = {
  format: 'pantau.registry',
  version: '2025.09.24',
  domains: ['makassarkota.go.id'],
  generatedAt: '2025-09-24T00:00:00.000Z',
  entries: [entry()],
};
/** The registry in force as the background sends it (the popup searches this one, not the bundled file). */
const VIEW: RegistryView = { registry: REGISTRY, info: bundledSourceInfo(REGISTRY, 0), revision: 0, domains: ['makassarkota.go.id'] };

const URL_OF_TAB = 'https://lontaraplus.makassarkota.go.id/login';

describe('popup App', () => {
  it('asks for the site card of the current tab and shows it with the counts', async () => {
    const getSiteCard = vi.fn(async () => ({
      kind: 'city' as const,
      host: 'lontaraplus.makassarkota.go.id',
      entry: entry(),
      record: record(),
      findings: computeFindings(entry(), record()),
      badge: badgeFor('lontaraplus.makassarkota.go.id', entry(), record()),
    }));
    const connector = fakeConnector({
      getRegistry: async () => VIEW,
      getSiteCard,
      getOverview: async () => overview({ records: [record()] }),
      getSettings: async () => ({ name: 'Andi', unit: 'Diskominfo' }),
    });
    renderIn(<App connector={connector} tabUrl={async () => URL_OF_TAB} onOpenSettings={() => {}} now={NOW} />);
    expect(screen.getAllByTestId('loading').length).toBeGreaterThan(0);
    expect((await screen.findByTestId('app-name')).textContent).toContain('Lontara+');
    expect(getSiteCard).toHaveBeenCalledWith({ url: URL_OF_TAB });
    expect((await screen.findByTestId('count-hosts-seen')).textContent).toBe('7');
    // Search results get last-seen from the overview's records (the search box loads after the card).
    fireEvent.input(await screen.findByTestId('search-input'), { target: { value: 'lontara' } });
    expect(screen.getByTestId('search-result').textContent).toContain('3 hari yang lalu');
  });

  it('draws the card before asking for anything else; counts, export and search follow it', async () => {
    let answer: (card: { kind: 'not-city' }) => void = () => {};
    const getOverview = vi.fn(async () => overview());
    const getRegistry = vi.fn(async () => VIEW);
    const getSettings = vi.fn(async () => ({ name: '', unit: '' }));
    const connector = fakeConnector({ getSiteCard: () => new Promise((resolve) => (answer = resolve)), getOverview, getRegistry, getSettings });
    renderIn(<App connector={connector} tabUrl={async () => null} onOpenSettings={() => {}} now={NOW} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([getOverview.mock.calls.length, getRegistry.mock.calls.length, getSettings.mock.calls.length]).toEqual([0, 0, 0]);
    expect(screen.queryByTestId('export-json')).toBeNull();
    answer({ kind: 'not-city' });
    expect(await screen.findByTestId('not-city')).toBeTruthy();
    expect((await screen.findByTestId('count-hosts-seen')).textContent).toBe('7');
    expect(await screen.findByTestId('search-input')).toBeTruthy();
    expect(screen.getByTestId('export-json')).toBeTruthy();
    expect([getOverview.mock.calls.length, getRegistry.mock.calls.length]).toEqual([1, 1]);
  });

  it('marks the moment the first card is in the document, once (what the popup bench reads)', async () => {
    performance.clearMarks(CARD_SHOWN_MARK);
    const marks = () => performance.getEntriesByName(CARD_SHOWN_MARK, 'mark').length;
    let answer: (card: { kind: 'not-city' }) => void = () => {};
    const connector = fakeConnector({ getSiteCard: () => new Promise((resolve) => (answer = resolve)), getOverview: async () => overview(), getRegistry: async () => VIEW });
    renderIn(<App connector={connector} tabUrl={async () => null} onOpenSettings={() => {}} now={NOW} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(marks()).toBe(0); // still loading
    answer({ kind: 'not-city' });
    expect(await screen.findByTestId('not-city')).toBeTruthy();
    expect(marks()).toBe(1);
    await screen.findByTestId('count-hosts-seen'); // the renders that follow set no second mark
    expect(marks()).toBe(1);
    performance.clearMarks(CARD_SHOWN_MARK);
  });

  it('passes a hidden tab URL on as null, which is "not a city site"', async () => {
    const getSiteCard = vi.fn(async () => ({ kind: 'not-city' as const }));
    const connector = fakeConnector({
      getRegistry: async () => VIEW, getSiteCard, getOverview: async () => overview(), getSettings: async () => ({ name: '', unit: '' }) });
    renderIn(<App connector={connector} tabUrl={async () => null} onOpenSettings={() => {}} now={NOW} />);
    expect(await screen.findByTestId('not-city')).toBeTruthy();
    expect(getSiteCard).toHaveBeenCalledWith({ url: null });
  });

  it('says plainly when the background could not save visits, and nothing when it could', async () => {
    const card = async () => ({ kind: 'not-city' as const });
    const full = fakeConnector({ getRegistry: async () => VIEW, getSiteCard: card, getOverview: async () => overview({ recordingProblem: 'storage-full' }) });
    renderIn(<App connector={full} tabUrl={async () => null} onOpenSettings={() => {}} now={NOW} />);
    const notice = await screen.findByTestId('recording-problem');
    expect(notice.getAttribute('data-problem')).toBe('storage-full');
    expect(notice.textContent).toContain('Penyimpanan browser penuh');
    expect(screen.getByTestId('count-hosts-seen').textContent).toBe('7'); // the rest still shows
    cleanup();

    const fine = fakeConnector({ getRegistry: async () => VIEW, getSiteCard: card, getOverview: async () => overview({ recordingProblem: null }) });
    renderIn(<App connector={fine} tabUrl={async () => null} onOpenSettings={() => {}} now={NOW} />, 'en');
    await screen.findByTestId('count-hosts-seen');
    expect(screen.queryByTestId('recording-problem')).toBeNull();
  });

  it('shows an error for one section without hiding the others', async () => {
    const connector = fakeConnector({
      getRegistry: async () => VIEW,
      getSiteCard: async () => ({ kind: 'not-city' as const }),
      getOverview: async () => Promise.reject(new ConnectorError('internal', 'database closed')),
      getSettings: async () => ({ name: 'Andi', unit: 'Diskominfo' }),
    });
    renderIn(<App connector={connector} tabUrl={async () => null} onOpenSettings={() => {}} now={NOW} />);
    const notice = await screen.findByTestId('error-notice');
    expect(notice.textContent).toContain('database closed');
    expect(await screen.findByTestId('not-city')).toBeTruthy();
    expect(screen.getByTestId('export-json')).toBeTruthy();
  });

  it('opens the settings from the header link', async () => {
    const onOpenSettings = vi.fn();
    const connector = fakeConnector({
      getRegistry: async () => VIEW,
      getSiteCard: async () => ({ kind: 'not-city' as const }),
      getOverview: async () => overview(),
      getSettings: async () => ({ name: 'Andi', unit: 'Diskominfo' }),
    });
    renderIn(<App connector={connector} tabUrl={async () => null} onOpenSettings={onOpenSettings} now={NOW} />);
    const link = screen.getByTestId('open-settings');
    expect(link.textContent).toBe('Pengaturan');
    fireEvent.click(link);
    expect(onOpenSettings).toHaveBeenCalledTimes(1);
    await screen.findByTestId('not-city');
  });

  it('links to the dashboard when the page can open it', async () => {
    const onOpenDashboard = vi.fn();
    const connector = fakeConnector({
      getRegistry: async () => VIEW,
      getSiteCard: async () => ({ kind: 'not-city' }),
      getOverview: async () => overview(),
      getSettings: async () => ({ name: 'Andi', unit: 'Diskominfo' }),
    });
    renderIn(<App connector={connector} tabUrl={async () => null} onOpenSettings={() => {}} onOpenDashboard={onOpenDashboard} now={NOW} />);
    const link = screen.getByTestId('open-dashboard');
    expect(link.textContent).toBe('Dasbor');
    fireEvent.click(link);
    expect(onOpenDashboard).toHaveBeenCalledTimes(1);
    await screen.findByTestId('not-city');
  });
});
