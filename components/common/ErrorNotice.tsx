import { ConnectorError, type ConnectorErrorCode } from '../../utils/messaging/connector';
import type { MessageKey } from '../../utils/text/i18n';
import { useI18n } from './I18n';

const EXPLANATION: Record<ConnectorErrorCode, MessageKey> = {
  'invalid-request': 'errorInvalidRequest',
  forbidden: 'errorForbidden',
  'storage-full': 'errorStorageFull',
  internal: 'errorInternal',
  'no-response': 'errorNoResponse',
};

/**
 * Explains a failed request in the UI language, with the technical message underneath for the
 * report to Diskominfo. Any error is accepted; only ConnectorError codes get a specific text.
 */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useI18n();
  const explanation = error instanceof ConnectorError ? t(EXPLANATION[error.code]) : t('errorUnknown');
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div class="error-notice" role="alert" data-testid="error-notice" data-code={error instanceof ConnectorError ? error.code : undefined}>
      <p>{explanation}</p>
      {detail !== '' && <p class="error-detail">{t('errorDetails', detail)}</p>}
    </div>
  );
}
