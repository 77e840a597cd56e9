import type { SelfCheckGroupResult } from '@koers/contracts';
import { useId } from 'react';
import { tx } from '../i18n';

export interface ChartSeries {
  key: string;
  label: string;
  /** CSS modifier for the bar colour: all | staff | jongere | compare. */
  tone: 'all' | 'staff' | 'jongere' | 'compare';
  group: SelfCheckGroupResult;
}

const WIDTH = 480;
const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 16;
const BAR_GAP = 4;
const GROUP_GAP = 14;
const VALUE_SPACE = 60;

const formatScore = (n: number) => n.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A horizontal bar chart (own SVG, no library): per theme one bar per series, 0–10. It is one image
 * for assistive tech (name and summary); the table beside it gives the same numbers.
 */
export function SelfCheckChart({ themes, series }: { themes: { number: number; title: string }[]; series: ChartSeries[] }) {
  const id = useId();
  const groupHeight = LABEL_HEIGHT + series.length * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
  const height = themes.length * groupHeight;
  const scale = (WIDTH - VALUE_SPACE) / 10;
  return (
    <figure className="koers-self-check-chart">
      <ul className="koers-self-check-legend" aria-label={tx('selfCheck.results.legend')}>
        {series.map((s) => (
          <li key={s.key}>
            <span className={`koers-self-check-swatch koers-self-check-swatch--${s.tone}`} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-titel ${id}-uitleg`} className="koers-self-check-svg" focusable="false">
        <title id={`${id}-titel`}>{tx('selfCheck.results.chartTitle')}</title>
        <desc id={`${id}-uitleg`}>{tx('selfCheck.results.chartSummary')}</desc>
        {themes.map((theme, t) => {
          const top = t * groupHeight;
          return (
            <g key={theme.number}>
              <text x={0} y={top + 15} className="koers-self-check-theme-label">
                {`${theme.number}. ${theme.title}`}
              </text>
              {series.map((s, i) => {
                const agg = s.group.themes.find((x) => x.theme === theme.number);
                const y = top + LABEL_HEIGHT + i * (BAR_HEIGHT + BAR_GAP);
                const value = agg?.shown && agg.average !== null ? agg.average : null;
                const w = value === null ? 0 : value * scale;
                return (
                  <g key={s.key}>
                    <rect x={0} y={y} width={WIDTH - VALUE_SPACE} height={BAR_HEIGHT} className="koers-self-check-track" />
                    {value !== null ? <rect x={0} y={y} width={w} height={BAR_HEIGHT} className={`koers-self-check-bar koers-self-check-bar--${s.tone}`} /> : null}
                    <text x={w + 6} y={y + 12.5} className="koers-self-check-value">
                      {value === null ? tx('selfCheck.results.tooFew') : formatScore(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export { formatScore };
