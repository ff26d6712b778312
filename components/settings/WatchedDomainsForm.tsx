import { useEffect, useState } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import type { WatchedDomainsView } from '../../utils/messaging/views';
import { checkDomainToAdd, hostPermissionPatterns } from '../../utils/domains/domain-rules';
import { ErrorNotice } from '../common/ErrorNotice';
import { useI18n } from '../common/I18n';

type Status =
  | { kind: 'idle' }
  | { kind: 'asking'; domain: string }
  | { kind: 'done'; text: string; ok: boolean }
  | { kind: 'error'; error: unknown };

/**
 * The watched domains: the default one (always), the ones an administrator added, and a way to add
 * another. Adding asks the browser for the domain's host permission first, inside the click (only
 * a page can, and only during a user gesture), then the background checks the permission before it
 * stores the domain; a refused prompt adds nothing. Removing gives the permission back.
 */
export function WatchedDomainsForm({ connector }: { connector: PantauConnector }) {
  const { t, lang } = useI18n();
  const [view, setView] = useState<WatchedDomainsView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    let current = true;
    connector.getWatchedDomains().then(
      (value) => current && setView(value),
      (error: unknown) => current && setLoadError(error),
    );
    return () => {
      current = false;
    };
  }, [connector]);

  if (view === null) {
    return loadError === null ? <p class="muted" aria-busy="true">{t('loading')}</p> : <ErrorNotice error={loadError} />;
  }

  async function add(raw: string): Promise<void> {
    if (view === null) return;
    const check = checkDomainToAdd(raw, view.domains);
    if (!check.ok) {
      setStatus({ kind: 'done', text: check.message[lang], ok: false });
      return;
    }
    setStatus({ kind: 'asking', domain: check.domain });
    try {
      // The first thing awaited after the click: the browser requires the user gesture.
      const granted = await connector.requestHostPermissions(hostPermissionPatterns([check.domain]));
      if (!granted) {
        setStatus({ kind: 'done', text: t('domainPermissionDenied', check.domain), ok: false });
        return;
      }
      const reply = await connector.addWatchedDomain({ domain: check.domain });
      setView(reply.view);
      if (!reply.ok) {
        setStatus({ kind: 'done', text: reply.message[lang], ok: false });
        return;
      }
      setText('');
      const warning = reply.warning === null ? '' : ` ${reply.warning[lang]}`;
      setStatus({ kind: 'done', text: `${t('domainAdded', check.domain)}${warning}`, ok: true });
    } catch (error) {
      setStatus({ kind: 'error', error });
    }
  }

  async function remove(domain: string): Promise<void> {
    try {
      const reply = await connector.removeWatchedDomain({ domain });
      setView(reply.view);
      setStatus({ kind: 'done', text: reply.ok ? t('domainRemoved', domain) : reply.message[lang], ok: reply.ok });
    } catch (error) {
      setStatus({ kind: 'error', error });
    }
  }

  const asking = status.kind === 'asking';
  return (
    <div class="watched-domains">
      <p>{t('domainsIntro')}</p>
      <ul class="domain-list">
        {view.domains.map((domain) => (
          <li key={domain} data-testid="watched-domain" data-domain={domain}>
            <strong>{domain}</strong>
            {view.defaults.includes(domain) ? (
              <span class="muted"> · {t('domainDefault')}</span>
            ) : (
              <button type="button" class="link-button" data-testid={`remove-domain-${domain}`} disabled={asking} onClick={() => void remove(domain)}>
                {t('domainRemove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {view.suggest.map(({ domain, entries }) => (
        <p key={domain} class="muted small">
          <button type="button" data-testid={`suggest-domain-${domain}`} disabled={asking} onClick={() => void add(domain)}>
            {t('domainSuggest', [domain, String(entries)])}
          </button>
        </p>
      ))}
      <form
        class="options-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add(text);
        }}
      >
        <div class="field">
          <label for="domain-input">{t('domainAddLabel')}</label>
          <input id="domain-input" data-testid="domain-input" placeholder={view.optional[0] ?? ''} value={text} disabled={asking} onInput={(event) => setText(event.currentTarget.value)} />
          <p class="muted small">{t('domainAllowedHint', view.optional.join(', '))}</p>
        </div>
        <div class="form-actions">
          <button type="submit" data-testid="domain-add" disabled={asking || text.trim() === ''}>
            {t('domainAdd')}
          </button>
        </div>
      </form>
      {status.kind === 'asking' && (
        <p class="muted" aria-busy="true" data-testid="domain-asking">
          {t('domainAsking', status.domain)}
        </p>
      )}
      {status.kind === 'done' && (
        <p class={status.ok ? 'saved' : 'field-error'} role="status" data-testid="domain-status" data-ok={status.ok}>
          {status.text}
        </p>
      )}
      {status.kind === 'error' && <ErrorNotice error={status.error} />}
    </div>
  );
}
