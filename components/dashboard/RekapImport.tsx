import type { ImportNotice, LoadedFile } from '../../utils/rekap/loaded-files';
import { collectorLabel } from '../../utils/rekap/merge-exports';
import { fileRejectedText } from '../../utils/rekap/rekap-text';
import { formatDateTime } from '../../utils/text/time-ago';
import { FileDropZone } from '../common/FileDropZone';
import { useI18n } from '../common/I18n';
import { formatNumber } from '../../utils/text/format-number';

export interface RekapImportProps {
  files: readonly LoadedFile[];
  notices: readonly ImportNotice[];
  busy: number;
  onFiles: (files: File[]) => void;
  onRemove: (id: string) => void;
  onClear: () => void;
}

function Notice({ notice }: { notice: ImportNotice }) {
  const { t } = useI18n();
  if (notice.kind === 'duplicate') {
    return (
      <li class="warning" data-testid="import-duplicate">
        {t('rekapDuplicate', [notice.file, notice.of])}
      </li>
    );
  }
  return (
    <li class="error-notice" data-testid="import-rejected" data-problem={notice.problem} data-file={notice.file}>
      <p>{fileRejectedText(notice.file, notice.problem, t)}</p>
      {notice.details.length > 0 && (
        <ul class="error-detail">
          {notice.details.slice(0, 5).map((detail, i) => (
            <li key={i}>{detail}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Loading exports: a file picker and a drop zone, each file's verdict, and the list of loaded
 * files. Presentational: reading and validating happen in the page (DashboardApp).
 */
export function RekapImport({ files, notices, busy, onFiles, onRemove, onClear }: RekapImportProps) {
  const { t, lang } = useI18n();
  const label = (file: LoadedFile) => {
    const who = collectorLabel(file.data.collector);
    return who === '?' ? t('rekapNoCollector') : who;
  };
  return (
    <div class="rekap-import">
      <p>{t('rekapIntro')}</p>
      <FileDropZone
        chooseLabel={t('rekapChoose')}
        dropHint={t('rekapDrop')}
        accept=".json,application/json"
        multiple
        zoneTestId="drop-zone"
        inputTestId="rekap-file-input"
        onFiles={onFiles}
      />
      {busy > 0 && (
        <p class="muted" aria-busy="true" data-testid="import-busy">
          {t('rekapReading', String(busy))}
        </p>
      )}
      {notices.length > 0 && (
        <ul class="import-notices" aria-live="polite">
          {notices.map((notice, i) => (
            <Notice key={i} notice={notice} />
          ))}
        </ul>
      )}
      <h3 class="subheading">{t('rekapLoadedHeading', String(files.length))}</h3>
      {files.length === 0 ? (
        <p class="muted" data-testid="no-files">
          {t('rekapNoFiles')}
        </p>
      ) : (
        <>
          <ul class="loaded-files">
            {files.map((file) => (
              <li key={file.id} data-testid="loaded-file" data-file={file.name}>
                <div>
                  <strong>{file.name}</strong>
                  <div class="muted small">
                    {t('rekapFileLine', [label(file), formatNumber(file.data.hosts.length, lang), formatDateTime(Date.parse(file.data.exportedAt), lang)])}
                    {file.sources > 1 && ` · ${t('rekapRekapFile', String(file.sources))}`}
                  </div>
                </div>
                <button type="button" class="link-button" aria-label={t('rekapRemove', file.name)} onClick={() => onRemove(file.id)}>
                  {t('rekapRemoveShort')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="link-button" data-testid="clear-files" onClick={onClear}>
            {t('rekapClear')}
          </button>
        </>
      )}
    </div>
  );
}
