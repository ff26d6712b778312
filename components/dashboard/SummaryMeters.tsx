import { formatNumber } from '../../utils/text/format-number';
import type { CensusSummary } from '../../utils/rekap/census';
import { useI18n } from '../common/I18n';

/**
 * The summary as pictures read at a glance: one bar per ratio ("37/41 hidup"), its numbers written
 * beside it and the full sentence as the text alternative, so neither colour nor length carries
 * the meaning alone.
 */
export function SummaryMeters({ summary }: { summary: CensusSummary }) {
  const { t, lang } = useI18n();
  const n = (value: number) => formatNumber(value, lang);
  const days = n(summary.recentDays);
  const rows = [
    { key: 'seen', label: t('meterSeen', days), value: summary.registeredSeen, of: summary.registryEntries },
    { key: 'alive', label: t('meterAlive', days), value: summary.registeredAlive, of: summary.registryEntries },
    { key: 'aktif', label: t('meterAktifAlive'), value: summary.aktifAlive, of: summary.aktifEntries },
  ];
  return (
    <div class="meters" data-testid="summary-meters">
      {rows.map((row) => {
        const share = row.of === 0 ? 0 : row.value / row.of;
        const percent = formatNumber(share * 100, lang, share > 0 && share < 0.1 ? 1 : 0);
        return (
          <div key={row.key} class={`meter-row meter-row--${row.key}`} data-testid={`meter-${row.key}`} data-value={row.value} data-of={row.of}>
            <span class="meter-label">{row.label}</span>
            <div class="meter" role="img" aria-label={t('meterText', [n(row.value), n(row.of), row.label, percent])}>
              <span class="meter-fill" style={{ width: `${share * 100}%` }} />
            </div>
            <span class="meter-count">
              <strong>{n(row.value)}</strong>/{n(row.of)} <span class="muted">({percent}%)</span>
            </span>
          </div>
        );
      })}
    </div>
  );
}
