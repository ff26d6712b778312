import { useEffect, useState } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import { exportFilename } from '../../utils/export/export-filename';
import { draftForHost, draftFromProposal, isDraftEmpty, type ProposalDraft } from '../../utils/proposals/proposal-draft';
import { proposalsToRegistry, type ProposalRecord } from '../../utils/proposals/proposals-to-registry';
import { opdList } from '../../utils/registry/opd-list';
import { formatDateTime } from '../../utils/text/time-ago';
import type { RegistryView } from '../../utils/messaging/views';
import type { DownloadBytes } from '../dashboard/RekapDownloads';
import { ErrorNotice } from '../common/ErrorNotice';
import { useI18n } from '../common/I18n';
import { StatusPill } from '../popup/StatusPill';
import { ProposalForm } from './ProposalForm';

const opdChoices = (): string[] => opdList().map((unit) => unit.name);

/** A host to open the form for (from the census table), with what is known about it. */
export interface ReportTarget {
  host: string;
  title: string | null;
}

export interface ProposalsPanelProps {
  connector: PantauConnector;
  view: RegistryView;
  /** Opens the form for this host (set by "Laporkan" in the table); `onOpened` clears it. */
  target: ReportTarget | null;
  onOpened: () => void;
  download: DownloadBytes;
  now?: () => Date;
}

/**
 * The Usulan tab: this browser's proposals (edit, delete), the form, and the registry file of the
 * proposals for Diskominfo to review and import (Registri tab, "add to the registry in force").
 */
export function ProposalsPanel({ connector, view, target, onOpened, download, now = () => new Date() }: ProposalsPanelProps) {
  const { t, lang } = useI18n();
  const [records, setRecords] = useState<ProposalRecord[] | null>(null);
  const [editing, setEditing] = useState<{ host: string; initial: ProposalDraft } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [fileErrors, setFileErrors] = useState<string[]>([]);

  const reload = () => connector.getProposals().then(setRecords, setProblem);
  useEffect(() => void reload(), [connector]);

  /** The form starts from a stored draft, else the sent proposal, else what is known of the host. */
  async function open(host: string, title: string | null): Promise<void> {
    const draft = await connector.getDraft({ host }).catch(() => null);
    const sent = records?.find((record) => record.proposal.host === host);
    const initial = draft !== null && !isDraftEmpty(draft) ? draft : sent ? draftFromProposal(sent.proposal) : draftForHost(host, { title });
    setEditing({ host, initial });
  }

  useEffect(() => {
    if (target === null || records === null) return;
    onOpened();
    void open(target.host, target.title);
  }, [target, records]);

  async function remove(host: string): Promise<void> {
    try {
      setRecords(await connector.deleteProposal({ host }));
    } catch (error) {
      setProblem(error);
    }
  }

  function downloadRegistry(): void {
    if (records === null) return;
    const at = now();
    const file = proposalsToRegistry(records, { watchedDomains: view.domains, now: at });
    if (!file.ok) {
      setFileErrors(file.errors);
      return;
    }
    setFileErrors([]);
    download(exportFilename(at, 'json', 'pantau-usulan-registri'), new TextEncoder().encode(`${JSON.stringify(file.registry, null, 2)}\n`), 'application/json');
  }

  return (
    <section class="proposals-panel" aria-label={t('tabProposals')}>
      {editing !== null && (
        <ProposalForm
          key={editing.host}
          connector={connector}
          host={editing.host}
          initial={editing.initial}
          watchedDomains={view.domains}
          opdChoices={opdChoices()}
          now={now}
          onSaved={() => {
            setEditing(null);
            void reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
      <h2 class="section-heading">{t('proposalsHeading', String(records?.length ?? 0))}</h2>
      <p class="muted">{t('proposalsIntro')}</p>
      {problem !== null && <ErrorNotice error={problem} />}
      {records !== null && records.length === 0 && (
        <p class="muted" data-testid="proposals-empty">
          {t('proposalsEmpty')}
        </p>
      )}
      {records !== null && records.length > 0 && (
        <>
          <div class="table-scroll">
            <table class="census-table">
              <thead>
                <tr>
                  <th scope="col">{t('colHost')}</th>
                  <th scope="col">{t('colApp')}</th>
                  <th scope="col">{t('opdLabel')}</th>
                  <th scope="col">{t('registryStatusLabel')}</th>
                  <th scope="col">{t('colProposedBy')}</th>
                  <th scope="col">{t('colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {records.map((record) => (
                  <tr key={record.proposal.host} data-testid="proposal-row" data-host={record.proposal.host}>
                    <td class="cell-host">{record.proposal.host}</td>
                    <td>{record.proposal.name}</td>
                    <td>{record.proposal.opd}</td>
                    <td>
                      <StatusPill status={record.proposal.status} />
                    </td>
                    <td>
                      {record.collector.name || '—'}
                      <div class="muted small">{formatDateTime(record.createdAt, lang)}</div>
                    </td>
                    <td>
                      <button type="button" class="link-button" data-testid="proposal-edit" onClick={() => void open(record.proposal.host, null)}>
                        {t('proposalEdit')}
                      </button>{' '}
                      <button type="button" class="link-button" data-testid="proposal-delete" aria-label={t('proposalDeleteLabel', record.proposal.host)} onClick={() => void remove(record.proposal.host)}>
                        {t('proposalDelete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="form-actions">
            <button type="button" data-testid="proposals-registry-file" onClick={downloadRegistry}>
              {t('proposalsRegistryFile')}
            </button>
          </div>
          <p class="muted small">{t('proposalsRegistryFileHint')}</p>
          {fileErrors.length > 0 && (
            <div class="error-notice" role="alert" data-testid="proposals-file-errors">
              <ul class="error-detail">
                {fileErrors.slice(0, 10).map((error, i) => (
                  <li key={i}>{error}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
