import type { WarmShareMonth } from '@koers/contracts';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../../ui/table';
import { th } from '../i18n';

const WIDTH = 360;
const HEIGHT = 140;
const BAR_AREA = 110;

const monthLabel = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('nl-NL', { month: 'short', year: '2-digit' }).format(new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 15)));
};

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** Share of warm handovers per month: a small bar chart, with the same numbers as a table. */
export function WarmShareChart({ months }: { months: WarmShareMonth[] }) {
  const step = WIDTH / Math.max(1, months.length);
  const withData = months.filter((m) => m.warmShare !== null);
  const summary = withData.length
    ? th('team.chart.summary', { months: months.length, warm: months.reduce((n, m) => n + m.warm, 0), cold: months.reduce((n, m) => n + m.koud, 0) })
    : th('team.chart.empty');
  return (
    <div className="koers-warm-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="koers-warm-chart__svg" focusable="false">
        <line x1="0" y1={BAR_AREA} x2={WIDTH} y2={BAR_AREA} className="koers-warm-chart__axis" />
        {months.map((m, i) => {
          const h = m.warmShare === null ? 0 : Math.max(2, m.warmShare * (BAR_AREA - 10));
          return (
            <g key={m.month}>
              <rect x={i * step + step * 0.15} y={BAR_AREA - h} width={step * 0.7} height={h} className="koers-warm-chart__bar" />
              <text x={i * step + step / 2} y={HEIGHT - 14} textAnchor="middle" className="koers-warm-chart__label">
                {monthLabel(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <Table caption={th('team.chart.tableCaption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{th('team.chart.month')}</TableHeaderCell>
            <TableHeaderCell>{th('team.chart.warm')}</TableHeaderCell>
            <TableHeaderCell>{th('team.chart.cold')}</TableHeaderCell>
            <TableHeaderCell>{th('team.chart.share')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {months.map((m) => (
            <TableRow key={m.month}>
              <TableHeaderCell scope="row">{monthLabel(m.month)}</TableHeaderCell>
              <TableCell>{m.warm}</TableCell>
              <TableCell>{m.koud}</TableCell>
              <TableCell>{pct(m.warmShare)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
