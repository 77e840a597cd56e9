import { LIFE_AREA_MOMENT_LABELS, type LifeAreaMoment, type LifeAreaScoreValue } from '@koers/contracts';
import { formatDate } from '../../../i18n/i18n';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../../ui/table';
import { ti } from '../i18n';

export interface LifeAreaPoint {
  recordedAt: string;
  moment: LifeAreaMoment;
  staffScore: LifeAreaScoreValue | null;
  youthScore: LifeAreaScoreValue | null;
  note: string | null;
}

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 30, right: 16, top: 12, bottom: 32 };
const shortDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: '2-digit' });

function x(index: number, count: number): number {
  const inner = WIDTH - PAD.left - PAD.right;
  return count <= 1 ? PAD.left + inner / 2 : PAD.left + (index / (count - 1)) * inner;
}

function y(score: number): number {
  const inner = HEIGHT - PAD.top - PAD.bottom;
  return PAD.top + ((5 - score) / 4) * inner;
}

function line(points: LifeAreaPoint[], pick: (p: LifeAreaPoint) => number | null): string {
  return points
    .map((p, i) => [i, pick(p)] as const)
    .filter((e): e is readonly [number, number] => e[1] !== null)
    .map(([i, s], n) => `${n === 0 ? 'M' : 'L'}${x(i, points.length).toFixed(1)},${y(s).toFixed(1)}`)
    .join(' ');
}

function spoken(points: LifeAreaPoint[], pick: (p: LifeAreaPoint) => number | null): string {
  const parts = points.filter((p) => pick(p) !== null).map((p) => ti('lifeAreas.chart.point', { score: pick(p)!, date: formatDate(p.recordedAt) }));
  return parts.length ? parts.join(', ') : ti('lifeAreas.chart.noPoints');
}

/** The first and last date line up with the chart's edges, so that they are not cut off. */
function anchor(index: number, count: number): 'start' | 'middle' | 'end' {
  if (count <= 1) return 'middle';
  return index === 0 ? 'start' : index === count - 1 ? 'end' : 'middle';
}

/** Which x-axis dates to print: all when few, else the first, the last and some between. */
function labelled(count: number): Set<number> {
  if (count <= 4) return new Set(Array.from({ length: count }, (_, i) => i));
  const step = Math.ceil((count - 1) / 3);
  const set = new Set<number>([0, count - 1]);
  for (let i = step; i < count - 1; i += step) set.add(i);
  return set;
}

/**
 * One leefgebied over time: the klantmanager's score (solid line, round points) and the jongere's
 * (dashed line, square points), 1 at the bottom to 5 at the top. A spoken summary is the image's
 * name, and the same numbers are in a table for whoever prefers one.
 */
export function LifeAreaChart({ id, label, points }: { id: string; label: string; points: LifeAreaPoint[] }) {
  const staff = (p: LifeAreaPoint) => p.staffScore;
  const youth = (p: LifeAreaPoint) => p.youthScore;
  const summary = ti('lifeAreas.chart.summary', { area: label, staff: spoken(points, staff), youth: spoken(points, youth) });
  const shown = labelled(points.length);
  return (
    <figure className="koers-life-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="koers-life-chart__caption">
        {label}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="koers-life-chart__svg" focusable="false">
        {[1, 2, 3, 4, 5].map((s) => (
          <g key={s}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(s)} y2={y(s)} className="koers-life-chart__grid" />
            <text x={PAD.left - 8} y={y(s) + 4} textAnchor="end" className="koers-life-chart__tick">
              {s}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          shown.has(i) ? (
            <text key={`d${i}`} x={x(i, points.length)} y={HEIGHT - 8} textAnchor={anchor(i, points.length)} className="koers-life-chart__tick">
              {shortDate.format(new Date(p.recordedAt))}
            </text>
          ) : null,
        )}
        <path d={line(points, staff)} className="koers-life-chart__line koers-life-chart__line--staff" />
        <path d={line(points, youth)} className="koers-life-chart__line koers-life-chart__line--youth" />
        {points.map((p, i) =>
          p.youthScore !== null ? (
            <rect
              key={`y${i}`}
              x={x(i, points.length) - 4.5}
              y={y(p.youthScore) - 4.5}
              width={9}
              height={9}
              className="koers-life-chart__point koers-life-chart__point--youth"
            />
          ) : null,
        )}
        {points.map((p, i) =>
          p.staffScore !== null ? (
            <circle key={`s${i}`} cx={x(i, points.length)} cy={y(p.staffScore)} r={5} className="koers-life-chart__point koers-life-chart__point--staff" />
          ) : null,
        )}
      </svg>
      <details className="koers-life-chart__table">
        <summary>
          {ti('lifeAreas.chart.asTable')}
          <span className="koers-visually-hidden">: {label}</span>
        </summary>
        <Table caption={ti('lifeAreas.chart.caption', { area: label })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{ti('lifeAreas.col.moment')}</TableHeaderCell>
              <TableHeaderCell>{ti('lifeAreas.col.staff')}</TableHeaderCell>
              <TableHeaderCell>{ti('lifeAreas.col.youth')}</TableHeaderCell>
              <TableHeaderCell>{ti('lifeAreas.col.note')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {points.map((p, i) => (
              <TableRow key={i}>
                <TableHeaderCell scope="row">
                  {LIFE_AREA_MOMENT_LABELS[p.moment]}, {formatDate(p.recordedAt)}
                </TableHeaderCell>
                <TableCell>{p.staffScore ?? ti('lifeAreas.noScore')}</TableCell>
                <TableCell>{p.youthScore ?? ti('lifeAreas.noScore')}</TableCell>
                <TableCell>{p.note ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </figure>
  );
}

/** The legend shared by the charts: line and point shape tell the two apart, not only colour. */
export function LifeAreaLegend() {
  return (
    <ul className="koers-life-legend" aria-label={ti('lifeAreas.legend.label')}>
      <li>
        <svg viewBox="0 0 36 12" className="koers-life-legend__sample" aria-hidden="true" focusable="false">
          <line x1="2" x2="34" y1="6" y2="6" className="koers-life-chart__line koers-life-chart__line--staff" />
          <circle cx="18" cy="6" r="4" className="koers-life-chart__point koers-life-chart__point--staff" />
        </svg>
        {ti('lifeAreas.col.staff')}
      </li>
      <li>
        <svg viewBox="0 0 36 12" className="koers-life-legend__sample" aria-hidden="true" focusable="false">
          <line x1="2" x2="34" y1="6" y2="6" className="koers-life-chart__line koers-life-chart__line--youth" />
          <rect x="14" y="2" width="8" height="8" className="koers-life-chart__point koers-life-chart__point--youth" />
        </svg>
        {ti('lifeAreas.col.youth')}
      </li>
    </ul>
  );
}
