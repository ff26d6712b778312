import { useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/text/i18n';
import { exportFilename } from '../../utils/export/export-filename';
import { REKAP_FORMATS, REKAP_MIME, type RekapFormat } from '../../utils/rekap/rekap-output';
import { ErrorNotice } from '../common/ErrorNotice';
import { useI18n } from '../common/I18n';

/** Saves bytes as a downloaded file (utils/platform/downloads.ts downloadText does the work). */
export type DownloadBytes = (filename: string, bytes: Uint8Array<ArrayBuffer>, mimeType: string) => void;

const LABEL: Record<RekapFormat, MessageKey> = { json: 'exportJson', csv: 'exportCsv', xlsx: 'exportXlsx' };

type State = { status: 'idle' } | { status: 'busy' } | { status: 'done'; filename: string } | { status: 'error'; error: unknown };

/** Download buttons for the rekap; `build` makes the file's bytes (utils/rekap/rekap-output.ts). */
export function RekapDownloads({
  build,
  download,
  now = () => new Date(),
}: {
  build: (format: RekapFormat, now: Date) => Promise<Uint8Array<ArrayBuffer>>;
  download: DownloadBytes;
  now?: () => Date;
}) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ status: 'idle' });
  async function run(format: RekapFormat): Promise<void> {
    setState({ status: 'busy' });
    try {
      const at = now();
      const bytes = await build(format, at);
      const filename = exportFilename(at, format, 'pantau-rekap');
      download(filename, bytes, REKAP_MIME[format]);
      setState({ status: 'done', filename });
    } catch (error) {
      setState({ status: 'error', error });
    }
  }
  return (
    <div class="export">
      <p class="muted">{t('rekapExportHint')}</p>
      <div class="buttons">
        {REKAP_FORMATS.map((format) => (
          <button key={format} type="button" data-testid={`rekap-${format}`} disabled={state.status === 'busy'} onClick={() => void run(format)}>
            {t(LABEL[format])}
          </button>
        ))}
      </div>
      {state.status === 'done' && (
        <p class="muted" role="status" data-testid="rekap-done">
          {t('exportDone', state.filename)}
        </p>
      )}
      {state.status === 'error' && <ErrorNotice error={state.error} />}
    </div>
  );
}
