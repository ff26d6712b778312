import { useState } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import { draftToProposalInput, missingRequired, yearTextProblem, type ProposalDraft } from '../../utils/proposals/proposal-draft';
import { validateProposal, type ProposalProblem } from '../../utils/proposals/proposal-schema';
import type { ProposalRecord } from '../../utils/proposals/proposals-to-registry';
import { ErrorNotice } from '../common/ErrorNotice';
import { useI18n } from '../common/I18n';
import { ProposalFields } from './ProposalFields';
import { useDraftSaver } from './use-draft-saver';

export interface ProposalFormProps {
  connector: PantauConnector;
  host: string;
  /** A stored draft, a proposal being edited, or a new draft (draftForHost). */
  initial: ProposalDraft;
  watchedDomains: readonly string[];
  opdChoices: readonly string[];
  onSaved: (record: ProposalRecord) => void;
  /** Closed without submitting; the draft stays stored. */
  onClose: () => void;
  now?: () => Date;
  draftDelayMs?: number;
}

type Status = { kind: 'editing' } | { kind: 'saving' } | { kind: 'error'; error: unknown };

/**
 * "Laporkan aplikasi": proposes a registry entry for an unregistered host. Every change is kept as
 * a draft in IndexedDB through the background (debounced), so closing the popup mid-way loses
 * nothing; submitting checks the required fields here (messages per field), then the background
 * checks again and stores the proposal and drops the draft in one transaction.
 */
export function ProposalForm(props: ProposalFormProps) {
  const { connector, host, now = () => new Date() } = props;
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<ProposalDraft>({ ...props.initial, host });
  const [yearText, setYearText] = useState(props.initial.yearLaunched === undefined ? '' : String(props.initial.yearLaunched));
  const [problems, setProblems] = useState<ProposalProblem[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'editing' });
  const saver = useDraftSaver((value: ProposalDraft) => connector.saveDraft({ host, draft: value }), props.draftDelayMs);

  function check(next: ProposalDraft, year: string): ProposalProblem[] {
    const result = validateProposal(draftToProposalInput(next), { watchedDomains: props.watchedDomains, now: now() });
    const yearProblem = yearTextProblem(year);
    return [...(result.ok ? [] : result.problems), ...(yearProblem === null ? [] : [yearProblem])];
  }

  function change(next: ProposalDraft, year = yearText): void {
    setDraft(next);
    saver.schedule(next);
    // After a first submit, problems follow the typing so a fixed field clears at once.
    if (submitted) setProblems(check(next, year));
  }

  function changeYear(text: string): void {
    setYearText(text);
    const year = /^\s*\d{4}\s*$/.test(text) ? Number(text) : undefined;
    const { yearLaunched: _old, ...rest } = draft;
    change(year === undefined ? rest : { ...rest, yearLaunched: year }, text);
  }

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    const found = check(draft, yearText);
    setProblems(found);
    if (found.length > 0) return;
    saver.flush();
    setStatus({ kind: 'saving' });
    try {
      const reply = await connector.saveProposal({ proposal: draftToProposalInput(draft) });
      if (!reply.ok) {
        setProblems(reply.problems);
        setStatus({ kind: 'editing' });
        return;
      }
      saver.cancel();
      props.onSaved(reply.record);
    } catch (error) {
      setStatus({ kind: 'error', error });
    }
  }

  async function discard(): Promise<void> {
    saver.cancel();
    await connector.deleteDraft({ host }).catch(() => undefined);
    props.onClose();
  }

  const missing = missingRequired(draft).length;
  return (
    <form class="proposal-form options-form" data-testid="proposal-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t('proposalHeading')}</h3>
      <p class="site-host" data-testid="proposal-host">
        {host}
      </p>
      <p class="muted small">{t('proposalIntro')}</p>
      {submitted && problems.length > 0 && (
        <div class="error-notice" role="alert" data-testid="proposal-problems">
          <p>{t('proposalProblems', String(problems.length))}</p>
          <ul class="error-detail">
            {problems.map((p) => (
              <li key={`${p.field}:${p.code}`}>{p.message[lang]}</li>
            ))}
          </ul>
        </div>
      )}
      <ProposalFields draft={draft} yearText={yearText} problems={submitted ? problems : []} opdChoices={props.opdChoices} onChange={(next) => change(next)} onYearText={changeYear} />
      <p class="muted small" data-testid="proposal-missing" data-count={missing}>
        {missing === 0 ? t('proposalComplete') : t('proposalMissing', String(missing))}
      </p>
      <div class="form-actions">
        <button type="submit" data-testid="proposal-submit" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t('saving') : t('proposalSubmit')}
        </button>
        <button
          type="button"
          class="link-button"
          data-testid="proposal-close"
          onClick={() => {
            saver.flush();
            props.onClose();
          }}
        >
          {t('proposalKeepDraft')}
        </button>
        <button type="button" class="link-button" data-testid="proposal-discard" onClick={() => void discard()}>
          {t('proposalDiscard')}
        </button>
      </div>
      {status.kind === 'error' && <ErrorNotice error={status.error} />}
    </form>
  );
}
