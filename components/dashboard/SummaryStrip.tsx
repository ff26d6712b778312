import type { CensusSummary } from '../../utils/rekap/census';
import { summaryLines } from '../../utils/rekap/rekap-text';
import { useI18n } from '../common/I18n';

/**
 * The summary in words, the way the article puts it ("37 dari 76 aktif"): registry by status,
 * registered apps seen and alive in the window, unregistered hosts, findings by severity.
 * The same sentences end the command line's output (utils/rekap/rekap-text.ts).
 */
export function SummaryStrip({ summary }: { summary: CensusSummary }) {
  const { t, lang } = useI18n();
  return (
    <ul class="summary-strip" data-testid="summary-strip">
      {summaryLines(summary, t, lang).map((line, i) => (
        <li key={i} data-testid="summary-line">
          {line}
        </li>
      ))}
    </ul>
  );
}
