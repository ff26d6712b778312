import { useEffect, useState } from 'preact/hooks';
import type { PantauConnector } from '../utils/connector';
import { csvSeparatorFor, exportToCsv } from '../utils/export/export-csv';
import { exportFilename } from '../utils/export/export-filename';
import { exportToJson } from '../utils/export/export-json';
import { ErrorNotice } from './ErrorNotice';
import { useI18n } from './I18n';

export type ExportFormat = 'json' | 'csv';

/** Saves text as a file the browser downloads. */
export type Download = (filename: string, text: string, mimeType: string) => void;

const MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
};

/**
 * How long the object URL outlives the click. Revoking it in the same task can cancel the
 * download in Firefox, and the file is small, so a generous delay costs nothing; closing the
 * popup revokes it anyway.
 */
export const REVOKE_DELAY_MS = 10_000;

/**
 * Downloads `text` (or bytes: the dashboard's .xlsx) through a Blob, an object URL and a temporary
 * `<a download>`: no `downloads` permission needed (see wxt.config.ts).
 */
export function downloadText(filename: string, text: BlobPart, mimeType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  anchor.hidden = true;
  doc.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}

type ExportState = { status: 'idle' } | { status: 'busy' } | { status: 'done'; filename: string } | { status: 'error'; error: unknown };

/**
 * The two export buttons. Each asks the background for a fresh export, serialises it here and
 * downloads it. Warns first when the collector's name or unit is empty, since every export
 * carries them and an anonymous file cannot be followed up.
 */
export function ExportButtons({
  connector,
  onOpenSettings,
  now = () => new Date(),
  download = downloadText,
}: {
  connector: PantauConnector;
  onOpenSettings: () => void;
  now?: () => Date;
  download?: Download;
}) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const [collectorMissing, setCollectorMissing] = useState(false);

  useEffect(() => {
    let current = true;
    connector.getSettings().then(
      (settings) => current && setCollectorMissing(settings.name.trim() === '' || settings.unit.trim() === ''),
      // The export itself reports a broken background; a missing warning is the lesser problem.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [connector]);

  async function run(format: ExportFormat): Promise<void> {
    setState({ status: 'busy' });
    try {
      const data = await connector.getExport();
      // `;` when the UI is Indonesian, so Excel with Indonesian settings opens it in columns.
      const text = format === 'json' ? exportToJson(data) : exportToCsv(data, csvSeparatorFor(lang));
      const filename = exportFilename(now(), format);
      download(filename, text, MIME[format]);
      setState({ status: 'done', filename });
      setCollectorMissing(data.collector.name.trim() === '' || data.collector.unit.trim() === '');
    } catch (error) {
      setState({ status: 'error', error });
    }
  }

  const busy = state.status === 'busy';
  return (
    <div class="export">
      <p class="muted">{t('exportHint')}</p>
      {collectorMissing && (
        <p class="warning" data-testid="collector-warning">
          {t('collectorWarning')}{' '}
          <a
            href="#"
            onClick={(event) => {
              event.preventDefault();
              onOpenSettings();
            }}
          >
            {t('collectorWarningLink')}
          </a>
        </p>
      )}
      <div class="buttons">
        <button type="button" data-testid="export-json" disabled={busy} onClick={() => void run('json')}>
          {t('exportJson')}
        </button>
        <button type="button" data-testid="export-csv" disabled={busy} onClick={() => void run('csv')}>
          {t('exportCsv')}
        </button>
      </div>
      {busy && (
        <p class="muted" aria-busy="true">
          {t('exportPreparing')}
        </p>
      )}
      {state.status === 'done' && (
        <p class="muted" data-testid="export-done" role="status">
          {t('exportDone', state.filename)}
        </p>
      )}
      {state.status === 'error' && <ErrorNotice error={state.error} />}
    </div>
  );
}
