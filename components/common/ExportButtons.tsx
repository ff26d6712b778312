import { useEffect, useState } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import { EXPORT_MIME, exportFilename, type ExportFileFormat } from '../../utils/export/export-filename';
import type { ExportV1 } from '../../utils/export/export-schema';
import { downloadText } from '../../utils/platform/downloads';
import type { Lang } from '../../utils/text/i18n';
import { ErrorNotice } from './ErrorNotice';
import { useI18n } from './I18n';

export type ExportFormat = ExportFileFormat;

/** Saves text or bytes as a file the browser downloads. */
export type Download = (filename: string, content: string | Uint8Array<ArrayBuffer>, mimeType: string) => void;

/**
 * The file's content in one format. Each writer is loaded only when asked for (the CSV writer with
 * its parser, the workbook writer with its zip library), so the popup's first paint carries none.
 */
async function fileContent(format: ExportFormat, data: ExportV1, lang: Lang): Promise<string | Uint8Array<ArrayBuffer>> {
  if (format === 'json') return (await import('../../utils/export/export-json')).exportToJson(data);
  if (format === 'csv') {
    const { csvSeparatorFor, exportToCsv } = await import('../../utils/export/export-csv');
    // `;` when the UI is Indonesian, so Excel with Indonesian settings opens it in columns.
    return exportToCsv(data, csvSeparatorFor(lang));
  }
  const { exportToXlsx } = await import('../../utils/export/export-xlsx');
  return exportToXlsx(data);
}

type ExportState = { status: 'idle' } | { status: 'busy' } | { status: 'done'; filename: string } | { status: 'error'; error: unknown };

/**
 * The three export buttons (JSON, CSV, Excel). Each asks the background for a fresh export,
 * serialises it here and downloads it. Warns first when the collector's name or unit is empty,
 * since every export carries them and an anonymous file cannot be followed up.
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
      const content = await fileContent(format, data, lang);
      const filename = exportFilename(now(), format);
      download(filename, content, EXPORT_MIME[format]);
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
        <button type="button" data-testid="export-xlsx" disabled={busy} onClick={() => void run('xlsx')}>
          {t('exportXlsx')}
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
