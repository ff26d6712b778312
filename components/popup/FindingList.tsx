import type { Finding, Severity } from '../../utils/findings/findings';
import { findingAdvice, findingMessage } from '../../utils/findings/finding-text';
import type { MessageKey } from '../../utils/text/i18n';
import { useI18n } from '../common/I18n';

const SEVERITY_LABEL: Record<Severity, MessageKey> = {
  high: 'severityHigh',
  medium: 'severityMedium',
  low: 'severityLow',
};

/**
 * Findings, in computeFindings' order (the active-app-down finding first, then most severe), in
 * the UI language: each with what it means and what to do.
 */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const { t, lang } = useI18n();
  if (findings.length === 0) return <p class="muted" data-testid="no-findings">{t('noFindings')}</p>;
  return (
    <ul class="findings">
      {findings.map((finding) => (
        <li
          key={finding.code}
          class={`finding finding--${finding.severity}${finding.code === 'registry-active-down' ? ' finding--critical' : ''}`}
          data-testid="finding"
          data-code={finding.code}
          data-detail={finding.detail ?? ''}
        >
          <span class="severity" data-severity={finding.severity}>
            {t(SEVERITY_LABEL[finding.severity])}
          </span>
          <div>
            <p class="finding-message">{findingMessage(finding.code, lang, finding.detail)}</p>
            <p class="finding-advice small" data-testid="finding-advice">
              <span class="muted">{t('findingWhatToDo')} </span>
              {findingAdvice(finding.code, lang, finding.detail)}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
