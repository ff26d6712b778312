import { findingMessage, type Finding, type Severity } from '../utils/findings';
import type { MessageKey } from '../utils/i18n';
import { useI18n } from './I18n';

const SEVERITY_LABEL: Record<Severity, MessageKey> = {
  high: 'severityHigh',
  medium: 'severityMedium',
  low: 'severityLow',
};

/** Findings, most severe first (computeFindings already orders them), in the UI language. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const { t, lang } = useI18n();
  if (findings.length === 0) return <p class="muted" data-testid="no-findings">{t('noFindings')}</p>;
  return (
    <ul class="findings">
      {findings.map((finding) => (
        <li key={finding.code} class={`finding finding--${finding.severity}`} data-testid="finding" data-code={finding.code}>
          <span class="severity" data-severity={finding.severity}>
            {t(SEVERITY_LABEL[finding.severity])}
          </span>
          <span>{findingMessage(finding.code, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
