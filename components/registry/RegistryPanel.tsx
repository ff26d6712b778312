import { useMemo, useState } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import type { MessageKey } from '../../utils/text/i18n';
import type { LocalText, Problem } from '../../utils/registry-import/problems';
import type { RegistrySourceKind, RegistryStamp } from '../../utils/registry/registry-source';
import { formatDateTime } from '../../utils/text/time-ago';
import type { RegistryView } from '../../utils/messaging/views';
import { entriesForDomains } from '../../utils/domains/domain-rules';
import { ErrorNotice } from '../common/ErrorNotice';
import { useI18n } from '../common/I18n';
import { ImportProblems } from './ImportNotices';
import { RegistryImport } from './RegistryImport';

const SOURCE_LABEL: Record<RegistrySourceKind, MessageKey> = { bundled: 'sourceBundled', file: 'sourceFile', url: 'sourceUrl' };
const CHECK_LABEL: Record<'updated' | 'unchanged' | 'failed', MessageKey> = { updated: 'checkUpdated', unchanged: 'checkUnchanged', failed: 'checkFailed' };

/** A result in the UI language (replies carry both languages; the UI picks one). */
type Notice = { kind: 'message'; text: string; problems: Problem[]; ok: boolean } | { kind: 'error'; error: unknown } | null;

function StampText({ stamp }: { stamp: RegistryStamp }) {
  const { t } = useI18n();
  const origin = stamp.origin === null ? '' : ` · ${stamp.origin}`;
  return <>{`${stamp.version} · ${t(SOURCE_LABEL[stamp.source])}${origin} · ${t('entriesCount', String(stamp.entryCount))}`}</>;
}

export interface RegistryPanelProps {
  connector: PantauConnector;
  view: RegistryView;
  onChanged: (view: RegistryView) => void;
  now?: () => Date;
}

/**
 * The Registri tab: which registry is in force (version, source, entries, when loaded and last
 * checked), the import, and the ways back: the bundled registry (always) and the previous one (one
 * step; a second undo redoes). No confirmation dialogs: every change can itself be undone.
 */
export function RegistryPanel({ connector, view, onChanged, now }: RegistryPanelProps) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const { info } = view;
  // The popup and census count only entries on watched domains (e.g. not makassar.go.id until it is added).
  const watchedEntries = useMemo(() => entriesForDomains(view.registry, view.domains).active.length, [view]);

  async function run(action: () => Promise<{ view: RegistryView; ok: boolean; errors?: LocalText[] }>, done: string): Promise<void> {
    setBusy(true);
    setNotice(null);
    try {
      const reply = await action();
      onChanged(reply.view);
      const text = reply.ok ? done : (reply.errors ?? []).map((error) => error[lang]).join(' ');
      setNotice({ kind: 'message', text, problems: [], ok: reply.ok });
    } catch (error) {
      setNotice({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  }

  async function checkNow(): Promise<void> {
    setBusy(true);
    setNotice(null);
    try {
      const reply = await connector.checkRegistryUpdate();
      onChanged(reply.view);
      const text = reply.message?.[lang] ?? t(reply.outcome === 'skipped' ? 'registryNoUpdateUrl' : CHECK_LABEL[reply.outcome]);
      setNotice({ kind: 'message', text, problems: reply.problems, ok: reply.outcome !== 'failed' });
    } catch (error) {
      setNotice({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="registry-panel" aria-label={t('tabRegistry')}>
      <h2 class="section-heading">{t('registryInForceHeading')}</h2>
      <dl class="facts registry-facts" data-testid="registry-in-force" data-source={info.source} data-version={info.version} data-entries={info.entryCount}>
        <dt>{t('registryVersionLabel')}</dt>
        <dd data-testid="registry-version">{info.version}</dd>
        <dt>{t('registrySourceLabel')}</dt>
        <dd data-testid="registry-source">
          {t(SOURCE_LABEL[info.source])}
          {info.origin !== null && <span class="muted"> · {info.origin}</span>}
        </dd>
        <dt>{t('registryEntriesLabel')}</dt>
        <dd>
          <span data-testid="registry-entries">{info.entryCount}</span>
          {watchedEntries !== info.entryCount && (
            <span class="muted" data-testid="registry-entries-watched">
              {' · '}
              {t('entriesWatched', String(watchedEntries))}
            </span>
          )}
        </dd>
        {info.source !== 'bundled' && (
          <>
            <dt>{t('registryLoadedLabel')}</dt>
            <dd>{formatDateTime(info.loadedAt, lang)}</dd>
          </>
        )}
        <dt>{t('registryLastCheckLabel')}</dt>
        <dd data-testid="registry-last-check" data-outcome={info.lastCheck?.outcome ?? ''}>
          {info.updateUrl === null
            ? t('registryNoUpdateUrl')
            : info.lastCheck === null
              ? t('registryNeverChecked')
              : `${formatDateTime(info.lastCheck.at, lang)} · ${t(CHECK_LABEL[info.lastCheck.outcome])}${info.lastCheck.message === null ? '' : ` · ${info.lastCheck.message[lang]}`}`}
        </dd>
        {info.previous !== null && (
          <>
            <dt>{t('registryPreviousLabel')}</dt>
            <dd data-testid="registry-previous">
              <StampText stamp={info.previous} />
            </dd>
          </>
        )}
      </dl>
      <div class="form-actions">
        {info.updateUrl !== null && (
          <button type="button" data-testid="registry-check-now" disabled={busy} onClick={() => void checkNow()}>
            {t('registryCheckNow')}
          </button>
        )}
        {info.previous !== null && (
          <button type="button" data-testid="registry-undo" disabled={busy} onClick={() => void run(() => connector.undoRegistry({ basedOn: view.revision }), t('registryUndone'))}>
            {t('registryUndo')}
          </button>
        )}
        {info.source !== 'bundled' && (
          <button
            type="button"
            data-testid="registry-restore"
            disabled={busy}
            onClick={() => void run(() => connector.restoreBundledRegistry({ basedOn: view.revision }), t('registryRestored'))}
          >
            {t('registryRestore')}
          </button>
        )}
      </div>
      {notice?.kind === 'message' && (
        <div class={notice.ok ? 'saved' : 'error-notice'} role="status" data-testid="registry-notice">
          <p>{notice.text}</p>
          {notice.problems.length > 0 && <ImportProblems problems={notice.problems} />}
        </div>
      )}
      {notice?.kind === 'error' && <ErrorNotice error={notice.error} />}
      <p class="muted small">{t('registryUpdateUrlHint')}</p>

      <h2 class="section-heading">{t('registryImportHeading')}</h2>
      <RegistryImport connector={connector} view={view} onChanged={onChanged} now={now} />
    </section>
  );
}
