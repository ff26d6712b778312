import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ActionLists } from '../../components/dashboard/ActionLists';
import { CensusTable } from '../../components/dashboard/CensusTable';
import { OpdChart } from '../../components/dashboard/OpdChart';
import { readExportFiles } from '../../components/dashboard/read-files';
import { RekapDownloads, type DownloadBytes } from '../../components/dashboard/RekapDownloads';
import { RekapImport } from '../../components/dashboard/RekapImport';
import { SummaryStrip } from '../../components/dashboard/SummaryStrip';
import { SweepPanel } from '../../components/dashboard/SweepPanel';
import type { SweepRunner } from '../../utils/sweep/dashboard-sweep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../components/I18n';
import { useAsync } from '../../components/Loadable';
import { SettingsPanel } from '../../components/settings/SettingsPanel';
import type { PantauConnector } from '../../utils/connector';
import type { Preferences } from '../../utils/db/schema';
import type { MessageKey } from '../../utils/i18n';
import { buildCensus, type CensusRegistry } from '../../utils/rekap/census';
import { addLoadedFiles, type ImportNotice, type LoadedFile } from '../../utils/rekap/loaded-files';
import { mergeExports } from '../../utils/rekap/merge-exports';
import { rekapFileBytes } from '../../utils/rekap/rekap-output';
import { rekapResultLines, warningText } from '../../utils/rekap/rekap-text';
import { DEFAULT_PREFERENCES } from '../../utils/settings';
import { formatDateTime } from '../../utils/time-ago';

export const TABS = ['ikhtisar', 'tabel', 'rekap', 'periksa', 'pengaturan'] as const;
export type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, MessageKey> = { ikhtisar: 'tabOverview', tabel: 'tabTable', rekap: 'tabRekap', periksa: 'tabSweep', pengaturan: 'tabSettings' };

export interface DashboardAppProps {
  connector: PantauConnector;
  registry: CensusRegistry;
  registryVersion: string;
  domains: readonly string[];
  extensionVersion: string;
  opdNames: readonly string[];
  download: DownloadBytes;
  initialTab?: Tab;
  onTabChange?: (tab: Tab) => void;
  onPreferencesSaved?: (preferences: Preferences) => void;
  now?: () => number;
  /** The census sweep ("Periksa semua", issue 5); the tab says nothing can be checked without it. */
  sweep?: SweepRunner;
}

/**
 * The dashboard: this browser's record and any loaded exports merged into one census (overview,
 * table, rekap with downloads), plus the settings. Loaded files live only in this page (nothing is
 * stored: an auditor's copies of other people's data should not linger in a browser).
 */
export function DashboardApp(props: DashboardAppProps) {
  const { connector, registry, domains, now = Date.now } = props;
  const { t, lang } = useI18n();
  const [tab, setTab] = useState<Tab>(props.initialTab ?? 'ikhtisar');
  const [includeLocal, setIncludeLocal] = useState(true);
  const [files, setFiles] = useState<LoadedFile[]>([]);
  // The list as of the last change, for reads that finish after an await (imports are async).
  const filesRef = useRef(files);
  filesRef.current = files;
  const [notices, setNotices] = useState<ImportNotice[]>([]);
  const [busy, setBusy] = useState(0);
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);
  const local = useAsync(() => connector.getExport(), [connector]);

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

  const rekap = useMemo(() => {
    const inputs = files.map((file) => file.data);
    if (includeLocal && local.status === 'done') inputs.unshift(local.value);
    return mergeExports(inputs, domains);
  }, [files, includeLocal, local, domains]);
  const census = useMemo(
    () => buildCensus(rekap, registry, { recentDays: preferences.recentDays, now: now() }),
    [rekap, registry, preferences.recentDays],
  );

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
      registryVersion: props.registryVersion,
    });
  }

  const choose = (next: Tab) => {
    setTab(next);
    props.onTabChange?.(next);
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

      {tab !== 'pengaturan' && tab !== 'periksa' && (
        <div class="sources-bar">
          <span data-testid="data-as-of">{t('dataAsOf', [formatDateTime(census.summary.asOf, lang), String(rekap.sources.length)])}</span>
          <label class="checkbox">
            <input type="checkbox" data-testid="include-local" checked={includeLocal} onChange={(event) => setIncludeLocal(event.currentTarget.checked)} />
            {t('includeLocal')}
          </label>
          {local.status === 'error' && <ErrorNotice error={local.error} />}
        </div>
      )}

      {tab === 'ikhtisar' && (
        <section aria-label={t('tabOverview')}>
          {rekap.sources.length === 0 && <p class="muted">{t('dataEmpty')}</p>}
          <SummaryStrip summary={census.summary} />
          {warnings.length > 0 && <ul class="warnings">{warnings}</ul>}
          <OpdChart counts={census.perOpd} />
        </section>
      )}
      {tab === 'tabel' && <CensusTable rows={census.rows} now={now()} />}
      {tab === 'rekap' && (
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
          <ul class="rekap-result" data-testid="rekap-result">
            {rekapResultLines(rekap, census, t).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {warnings.length > 0 && <ul class="warnings">{warnings}</ul>}
          <ActionLists census={census} />
          <h2 class="section-heading">{t('rekapExportHeading')}</h2>
          <RekapDownloads build={build} download={props.download} />
        </section>
      )}
      {tab === 'periksa' &&
        (props.sweep === undefined ? <p class="muted">{t('sweepNothing')}</p> : <SweepPanel run={props.sweep} />)}
      {tab === 'pengaturan' && (
        <SettingsPanel
          connector={connector}
          opdNames={props.opdNames}
          onPreferencesSaved={(saved) => {
            setPreferences(saved);
            props.onPreferencesSaved?.(saved);
          }}
        />
      )}
    </main>
  );
}
