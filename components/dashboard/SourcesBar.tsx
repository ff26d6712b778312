import { formatDateTime } from '../../utils/text/time-ago';
import { ErrorNotice } from '../common/ErrorNotice';
import { useI18n } from '../common/I18n';
import { formatNumber } from '../../utils/text/format-number';

/**
 * What the overview, table and rekap are made of: the reference time and the sources ("this
 * browser's record" when no file is loaded; no data at all on a first run, never "dari 1 ekspor"),
 * and whether this browser's own record is included.
 */
export function SourcesBar(props: {
  asOf: number;
  sources: number;
  empty: boolean;
  localOnly: boolean;
  includeLocal: boolean;
  onIncludeLocal: (include: boolean) => void;
  localError: unknown;
}) {
  const { t, lang } = useI18n();
  return (
    <div class="sources-bar">
      <span data-testid="data-as-of" data-sources={props.sources}>
        {props.empty
          ? t('dataEmpty')
          : props.localOnly
            ? t('dataAsOfLocal', formatDateTime(props.asOf, lang))
            : t('dataAsOf', [formatDateTime(props.asOf, lang), formatNumber(props.sources, lang)])}
      </span>
      <label class="checkbox">
        <input type="checkbox" data-testid="include-local" checked={props.includeLocal} onChange={(event) => props.onIncludeLocal(event.currentTarget.checked)} />
        {t('includeLocal')}
      </label>
      {props.localError !== null && <ErrorNotice error={props.localError} />}
    </div>
  );
}
