import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ActionLists } from './ActionLists';
import { CensusTable } from './CensusTable';
import { OpdChart } from './OpdChart';
import { readExportFiles } from './read-files';
import { RekapDownloads, type DownloadBytes } from './RekapDownloads';
import { RekapImport } from './RekapImport';
import { SourcesBar } from './SourcesBar';
import { SummaryMeters } from './SummaryMeters';
import { SummaryStrip } from './SummaryStrip';
import { SweepPanel } from './SweepPanel';
import { UnitsTab } from '../units/UnitsTab';
import { useCoverage } from '../units/use-coverage';
import type { DashboardSweepDeps } from '../../utils/sweep/dashboard-sweep';
import { useSweep } from './use-sweep';
import { ErrorNotice } from '../common/ErrorNotice';
import { useI18n } from '../common/I18n';
import type { AsyncState } from '../common/Loadable';
import type { ExportV1 } from '../../utils/export/export-schema';
import { ProposalsPanel, type ReportTarget } from '../proposals/ProposalsPanel';
import { RegistryPanel } from '../registry/RegistryPanel';
import { SettingsPanel } from '../settings/SettingsPanel';
import type { PantauConnector } from '../../utils/messaging/connector';
import type { Preferences } from '../../utils/db/schema';
import type { MessageKey } from '../../utils/text/i18n';
import { opdNames } from '../../utils/registry/opd-names';
import { createRegistryIndex } from '../../utils/registry/registry-index';
import type { RegistryView } from '../../utils/messaging/views';
import { addLoadedFiles, type ImportNotice, type LoadedFile } from '../../utils/rekap/loaded-files';
import { rekapFileBytes, rekapWithCensus } from '../../utils/rekap/rekap-output';
import { rekapResultLines, warningText } from '../../utils/rekap/rekap-text';
import { DEFAULT_PREFERENCES } from '../../utils/settings/settings';
import { csvSeparatorFor } from '../../utils/export/export-csv';

export const TABS = ['ikhtisar', 'tabel', 'cakupan', 'registri', 'usulan', 'rekap', 'periksa', 'pengaturan'] as const;
export type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, MessageKey> = {
  ikhtisar: 'tabOverview', tabel: 'tabTable', cakupan: 'tabUnits', registri: 'tabRegistry',
  usulan: 'tabProposals', rekap: 'tabRekap', periksa: 'tabSweep', pengaturan: 'tabSettings',
};
const EMPTY_REGISTRY = createRegistryIndex({ format: 'pantau.registry', version: '0.0.0', domains: ['makassarkota.go.id'], generatedAt: new Date(0).toISOString(), entries: [] }, []);

export interface DashboardAppProps {
  connector: PantauConnector;
  extensionVersion: string;
  download: DownloadBytes;
  initialTab?: Tab;
  onTabChange?: (tab: Tab) => void;
  /** Tells the page about tab changes from outside (the URL hash: back/forward, a link); returns the unsubscribe. */
  subscribeTab?: (listener: (tab: Tab) => void) => () => void;
  onPreferencesSaved?: (preferences: Preferences) => void;
  now?: () => number;
  /** The census sweep's fetch and page reader ("Periksa semua", issue 5); the tab says nothing can be checked without them. */
  sweepTools?: Pick<DashboardSweepDeps, 'fetchFn' | 'inspectHtml'>;
}

/**
 * The dashboard: this browser's record and any loaded exports merged into one census (overview,
 * table, rekap with downloads) read against the registry in force (asked of the background, and
 * asked again after every change), its maintenance (Registri), proposals (Usulan) and the settings.
 * Loaded files live only in this page (nothing is stored: an auditor's copies of other people's
 * data should not linger in a browser).
 */
export function DashboardApp(props: DashboardAppProps) {
  const { connector, now = Date.now } = props;
  const { t, lang } = useI18n();
  const [tab, setTab] = useState<Tab>(props.initialTab ?? 'ikhtisar');
  const [view, setView] = useState<RegistryView | null>(null);
  const [viewError, setViewError] = useState<unknown>(null);
  const [reportTarget, setReportTarget] = useState<ReportTarget | null>(null);
  const loadView = () => connector.getRegistry().then(setView, setViewError);
  useEffect(() => void loadView(), [connector]);
  const registry = useMemo(() => (view === null ? EMPTY_REGISTRY : createRegistryIndex(view.registry, view.domains)), [view]);
  const domains = view?.domains ?? [];
  const [includeLocal, setIncludeLocal] = useState(true);
  const [files, setFiles] = useState<LoadedFile[]>([]);
  // The list as of the last change, for reads that finish after an await (imports are async).
  const filesRef = useRef(files);
  filesRef.current = files;
  const [notices, setNotices] = useState<ImportNotice[]>([]);
  const [busy, setBusy] = useState(0);
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);
  // Asked again on every tab switch, like the registry (a proposal saved in Usulan belongs in the
  // rekap file); the previous copy stays shown until the new one arrives, so nothing flickers.
  const [local, setLocal] = useState<AsyncState<ExportV1>>({ status: 'loading' });
  const loadLocal = () =>
    connector.getExport().then(
      (value) => setLocal({ status: 'done', value }),
      (error: unknown) => setLocal({ status: 'error', error }),
    );
  useEffect(() => void loadLocal(), [connector]);

  useEffect(() => {
    connector.getPreferences().then(setPreferences, () => undefined); // defaults are fine; Settings shows the error
  }, [connector]);

  useEffect(() => {
    if (files.length === 0) return undefined;
    // Loaded files are not stored anywhere: ask before a reload or close throws them away.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [files.length > 0]);

  const { rekap, census } = useMemo(() => {
    const inputs = files.map((file) => file.data);
    if (includeLocal && local.status === 'done') inputs.unshift(local.value);
    return rekapWithCensus(inputs, registry, { domains, recentDays: preferences.recentDays, now: now() });
  }, [files, includeLocal, local, domains, registry, preferences.recentDays]);
  const units = useCoverage(connector, registry, census.rows);
  const sweep = useSweep(connector, view, registry.entries, units.unitHosts, props.sweepTools);

  async function addFiles(chosen: File[]): Promise<void> {
    setBusy(chosen.length);
    const read = await readExportFiles(chosen);
    setBusy(0);
    const { loaded, notices: fresh } = addLoadedFiles(filesRef.current, read);
    filesRef.current = loaded;
    setFiles(loaded);
    setNotices(fresh);
  }

  async function build(format: 'json' | 'csv' | 'xlsx', at: Date): Promise<Uint8Array<ArrayBuffer>> {
    const collector = await connector.getSettings().catch(() => ({ name: '', unit: '' }));
    return rekapFileBytes(format, rekap, census, registry, {
      now: at,
      domain: domains[0] ?? '',
      collector,
      extension: { version: props.extensionVersion, browser: 'dashboard' },
      registryVersion: view?.info.version ?? '',
    }, { coverage: units.coverage ?? undefined, csvSeparator: csvSeparatorFor(lang) });
  }

  // The URL hash can switch the tab too (back/forward, a link); the ref knows the tab shown now.
  const tabRef = useRef(tab);
  useEffect(() => props.subscribeTab?.((next) => next !== tabRef.current && choose(next)), [props.subscribeTab]);
  const choose = (next: Tab) => {
    tabRef.current = next;
    setTab(next);
    props.onTabChange?.(next);
    // The settings may have changed the watched domains: ask for the registry in force again.
    void loadView();
    void loadLocal();
    void units.reload();
  };
  const warnings = rekap.warnings.map((warning, i) => (
    <li key={i} class="warning" data-testid="rekap-warning" data-code={warning.code}>
      {warningText(warning, t)}
    </li>
  ));

  return (
    <main class="dashboard">
      <header class="dashboard-header">
        <img src="/icon/32.png" width={28} height={28} alt="" />
        <h1>{t('dashboardTitle')}</h1>
        <nav class="tabs" role="tablist">
          {TABS.map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} data-testid={`tab-${name}`} onClick={() => choose(name)}>
              {t(TAB_LABEL[name])}
            </button>
          ))}
        </nav>
      </header>

      {viewError !== null && <ErrorNotice error={viewError} />}
      {view === null && viewError === null && tab !== 'pengaturan' && (
        <p class="muted loading" aria-busy="true" data-testid="loading">
          {t('loading')}
        </p>
      )}
      {view !== null && (tab === 'ikhtisar' || tab === 'tabel' || tab === 'cakupan' || tab === 'rekap') && (
        <SourcesBar
          asOf={census.summary.asOf}
          sources={rekap.sources.length}
          empty={rekap.hosts.length === 0 && files.length === 0}
          localOnly={files.length === 0}
          includeLocal={includeLocal}
          onIncludeLocal={setIncludeLocal}
          localError={local.status === 'error' ? local.error : null}
        />
      )}

      {tab === 'ikhtisar' && view !== null && (
        <section aria-label={t('tabOverview')}>
          <SummaryMeters summary={census.summary} />
          <SummaryStrip summary={census.summary} />
          {warnings.length > 0 && <ul class="warnings">{warnings}</ul>}
          <OpdChart counts={census.perOpd} />
        </section>
      )}
      {tab === 'tabel' && view !== null && (
        <CensusTable
          rows={census.rows}
          now={now()}
          onReport={(host, title) => {
            setReportTarget({ host, title });
            choose('usulan');
          }}
        />
      )}
      {tab === 'cakupan' && view !== null && <UnitsTab connector={connector} units={units} />}
      {tab === 'registri' && view !== null && <RegistryPanel connector={connector} view={view} onChanged={setView} />}
      {tab === 'usulan' && view !== null && (
        <ProposalsPanel connector={connector} view={view} target={reportTarget} onOpened={() => setReportTarget(null)} download={props.download} />
      )}
      {tab === 'rekap' && view !== null && (
        <section aria-label={t('tabRekap')} class="rekap">
          <h2 class="section-heading">{t('rekapHeading')}</h2>
          <RekapImport
            files={files}
            notices={notices}
            busy={busy}
            onFiles={(chosen) => void addFiles(chosen)}
            onRemove={(id) => setFiles((current) => current.filter((file) => file.id !== id))}
            onClear={() => {
              setFiles([]);
              setNotices([]);
            }}
          />
          <SummaryMeters summary={census.summary} />
          <ul class="rekap-result" data-testid="rekap-result">
            {rekapResultLines(rekap, census, t, lang).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {warnings.length > 0 && <ul class="warnings">{warnings}</ul>}
          <ActionLists census={census} />
          <h2 class="section-heading">{t('rekapExportHeading')}</h2>
          <RekapDownloads build={build} download={props.download} />
        </section>
      )}
      {tab === 'periksa' && view !== null && (sweep === null ? <p class="muted">{t('sweepNothing')}</p> : <SweepPanel run={sweep} memory={connector} now={now} unitSites={units.unitHosts.length} />)}
      {tab === 'pengaturan' && (
        <SettingsPanel
          connector={connector}
          opdNames={opdNames(registry)}
          onPreferencesSaved={(saved) => {
            setPreferences(saved);
            props.onPreferencesSaved?.(saved);
          }}
        />
      )}
    </main>
  );
}
