import { useEffect, useState } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import { useI18n } from '../common/I18n';
import { SaveActions, type SaveState } from './SaveActions';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'refused'; text: string } | { kind: 'error'; error: unknown };

/** The save row's part of the status (a refusal is shown at the field). */
const saveState = (status: Status): SaveState =>
  status.kind === 'error' ? { status: 'error', error: status.error } : { status: status.kind === 'refused' ? 'idle' : status.kind };

/**
 * The registry update URL (https, on a watched domain): checked daily by the background and on
 * demand from the Registri tab. Empty clears it. The background checks the address again.
 */
export function UpdateUrlForm({ connector }: { connector: PantauConnector }) {
  const { t, lang } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    let current = true;
    connector.getRegistry().then(
      (view) => current && setUrl(view.info.updateUrl ?? ''),
      (error: unknown) => {
        if (!current) return;
        setUrl('');
        setStatus({ kind: 'error', error });
      },
    );
    return () => {
      current = false;
    };
  }, [connector]);

  if (url === null) return <p class="muted" aria-busy="true">{t('loading')}</p>;

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      const reply = await connector.setRegistryUpdateUrl({ url: url === null || url.trim() === '' ? null : url.trim() });
      if (reply.ok) {
        setUrl(reply.view.info.updateUrl ?? '');
        setStatus({ kind: 'saved' });
      } else {
        setStatus({ kind: 'refused', text: reply.message[lang] });
      }
    } catch (error) {
      setStatus({ kind: 'error', error });
    }
  }

  return (
    <form class="options-form" noValidate onSubmit={(event) => void save(event)} data-testid="update-url-form">
      <div class="field">
        <label for="update-url">{t('updateUrlLabel')}</label>
        <input
          id="update-url"
          type="url"
          data-testid="update-url"
          placeholder="https://diskominfo.makassarkota.go.id/pantau/registri.json"
          value={url}
          aria-invalid={status.kind === 'refused'}
          onInput={(event) => {
            setUrl(event.currentTarget.value);
            setStatus({ kind: 'idle' });
          }}
        />
        <p class="muted small">{t('updateUrlHint')}</p>
        {status.kind === 'refused' && (
          <p class="field-error" data-testid="update-url-error">
            {status.text}
          </p>
        )}
      </div>
      <SaveActions save={saveState(status)} testId="save-update-url" savedTestId="update-url-saved" />
    </form>
  );
}
