import type { Coverage, CoverageGroup } from '../../utils/units/rollout';
import type { MessageKey } from '../../utils/text/i18n';
import { useI18n } from '../common/I18n';

const ROW = 24;
const LABEL = 200;
const BAR = 380;
const COUNT = 150;
const LEGEND = 28;

/** Fills with a pattern each, so the chart still reads printed in grey. */
const FILLS = { alive: 'url(#cov-alive)', site: 'url(#cov-site)', none: 'url(#cov-none)' } as const;
const GROUP_LABEL: Record<CoverageGroup, MessageKey> = { opd: 'coverageGroupOpd', kecamatan: 'coverageGroupKecamatan', kelurahan: 'coverageGroupKelurahan' };

interface Bar {
  key: string;
  label: string;
  alive: number;
  site: number;
  total: number;
  /** The kecamatan's own site: alive, known but not seen alive, or none. */
  marker?: 'alive' | 'site' | 'none';
}

function Bars({ id, title, bars, t }: { id: string; title: string; bars: readonly Bar[]; t: ReturnType<typeof useI18n>['t'] }) {
  const width = LABEL + BAR + COUNT;
  const height = LEGEND + bars.length * ROW + 4;
  const legend: Array<[keyof typeof FILLS, MessageKey]> = [
    ['alive', 'coverageLegendAlive'],
    ['site', 'coverageLegendSite'],
    ['none', 'coverageLegendNone'],
  ];
  return (
    <figure class="coverage-chart">
      <figcaption class="section-heading">{title}</figcaption>
      <svg data-testid={id} viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title} style={{ maxWidth: `${width}px` }}>
        <g class="legend">
          {legend.map(([key, label], i) => (
            <g key={key} transform={`translate(${LABEL + i * 150}, 4)`}>
              <rect width="14" height="14" fill={FILLS[key]} stroke="#202124" stroke-width="0.5" />
              <text x="20" y="12">{t(label)}</text>
            </g>
          ))}
        </g>
        {bars.map((bar, i) => {
          const y = LEGEND + i * ROW;
          const scale = BAR / Math.max(1, bar.total);
          const alive = bar.alive * scale;
          const site = (bar.site - bar.alive) * scale;
          return (
            <g key={bar.key} data-testid={`${id}-bar`} data-key={bar.key} data-alive={bar.alive} data-site={bar.site} data-total={bar.total} data-marker={bar.marker}>
              <title>{`${bar.label}: ${bar.site}/${bar.total}, ${t('coverageLegendAlive')} ${bar.alive}`}</title>
              <text x={LABEL - 8} y={y + 15} text-anchor="end">{bar.label}</text>
              <rect x={LABEL} y={y + 3} width={BAR} height={ROW - 6} fill={FILLS.none} stroke="#202124" stroke-width="0.5" />
              {alive > 0 && <rect x={LABEL} y={y + 3} width={alive} height={ROW - 6} fill={FILLS.alive} stroke="#202124" stroke-width="0.5" />}
              {site > 0 && <rect x={LABEL + alive} y={y + 3} width={site} height={ROW - 6} fill={FILLS.site} stroke="#202124" stroke-width="0.5" />}
              <text x={LABEL + BAR + 8} y={y + 15} class="chart-count">
                {`${bar.site}/${bar.total}${bar.marker === undefined ? '' : bar.marker === 'alive' ? ' ●' : bar.marker === 'site' ? ' ○' : ''}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/**
 * The rollout at a glance: per group (OPD, kecamatan, kelurahan) how many have a known site and
 * how many were seen alive, and per kecamatan how many of its kelurahan have a site, with a mark
 * for the kecamatan's own site. Plain SVG like the per-OPD chart; every bar has its numbers.
 */
export function CoverageChart({ coverage }: { coverage: Coverage }) {
  const { t } = useI18n();
  const groups: Bar[] = (['opd', 'kecamatan', 'kelurahan'] as const).map((group) => {
    const totals = coverage.totals[group];
    return { key: group, label: t(GROUP_LABEL[group]), alive: totals.alive, site: totals.withSite, total: totals.units };
  });
  const kecamatan: Bar[] = coverage.perKecamatan.map((p) => ({
    key: p.kecamatan.unit.code ?? p.kecamatan.unit.id,
    label: p.kecamatan.unit.name.replace(/^Kecamatan /, ''),
    alive: p.kelurahanAlive,
    site: p.kelurahanWithSite,
    total: p.kelurahan,
    marker: p.kecamatan.alive ? 'alive' : p.kecamatan.hasSite ? 'site' : 'none',
  }));
  return (
    <div class="coverage-charts">
      <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
        <defs>
          <pattern id="cov-alive" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#1e8e3e" />
          </pattern>
          <pattern id="cov-site" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#f29900" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#202124" stroke-width="2" />
          </pattern>
          <pattern id="cov-none" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#f1f3f4" />
            <circle cx="3" cy="3" r="1" fill="#9aa0a6" />
          </pattern>
        </defs>
      </svg>
      <Bars id="coverage-chart-groups" title={t('coverageChartGroups')} bars={groups} t={t} />
      <Bars id="coverage-chart-kecamatan" title={t('coverageChartKecamatan')} bars={kecamatan} t={t} />
      <p class="muted">{t('coverageLegendKecamatanSite')}</p>
    </div>
  );
}
