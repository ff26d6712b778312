import type { OpdCount } from '../../utils/rekap/census';
import { useI18n } from '../common/I18n';

const ROW = 24;
const LABEL_WIDTH = 340;
const BAR_WIDTH = 360;
const COUNT_WIDTH = 90;
const LEGEND = 28;
const MAX_LABEL = 44;

/** Segment fills: colour on screen, and a pattern each, so the chart still reads in black and white. */
const SEGMENTS = [
  { key: 'alive', fill: 'url(#opd-alive)', label: 'chartAlive' },
  { key: 'problem', fill: 'url(#opd-problem)', label: 'chartProblem' },
  { key: 'neverSeen', fill: 'url(#opd-never)', label: 'chartNeverSeen' },
] as const;

function shorten(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/**
 * Registered apps per OPD as stacked horizontal bars (alive / problem / never seen), drawn as
 * plain SVG: no chart library to ship for one chart. Every bar has its numbers written next to it
 * and a text alternative, and the fills are patterns, so it stays readable printed in grey.
 */
export function OpdChart({ counts }: { counts: readonly OpdCount[] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...counts.map((c) => c.alive + c.problem + c.neverSeen));
  const width = LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH;
  const height = LEGEND + counts.length * ROW + 4;
  return (
    <figure class="opd-chart">
      <figcaption class="section-heading">{t('chartHeading')}</figcaption>
      <svg
        data-testid="opd-chart"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={t('chartHeading')}
        style={{ maxWidth: `${width}px` }}
      >
        <defs>
          <pattern id="opd-alive" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#1e8e3e" />
          </pattern>
          <pattern id="opd-problem" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#f29900" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#202124" stroke-width="2" />
          </pattern>
          <pattern id="opd-never" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#e8eaed" />
            <circle cx="3" cy="3" r="1.2" fill="#5f6368" />
          </pattern>
        </defs>
        <g class="legend">
          {SEGMENTS.map((segment, i) => (
            <g key={segment.key} transform={`translate(${LABEL_WIDTH + i * 130}, 4)`}>
              <rect width="14" height="14" fill={segment.fill} stroke="#202124" stroke-width="0.5" />
              <text x="20" y="12">
                {t(segment.label)}
              </text>
            </g>
          ))}
        </g>
        {counts.map((count, i) => {
          const y = LEGEND + i * ROW;
          const name = count.opd === '' ? t('chartUnknownOpd') : count.opd;
          let x = LABEL_WIDTH;
          return (
            <g key={count.opd} data-testid="opd-bar" data-opd={count.opd}>
              <title>{t('chartBarLabel', [name, String(count.alive), String(count.problem), String(count.neverSeen)])}</title>
              <text x={LABEL_WIDTH - 8} y={y + 15} text-anchor="end">
                {shorten(name)}
              </text>
              {SEGMENTS.map((segment) => {
                const value = count[segment.key];
                const w = (value / max) * BAR_WIDTH;
                const rect = value === 0 ? null : <rect key={segment.key} x={x} y={y + 3} width={w} height={ROW - 6} fill={segment.fill} stroke="#202124" stroke-width="0.5" />;
                x += w;
                return rect;
              })}
              <text x={LABEL_WIDTH + BAR_WIDTH + 8} y={y + 15} class="chart-count">
                {`${count.alive} / ${count.problem} / ${count.neverSeen}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
