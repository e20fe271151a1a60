import { addDays } from '@/lib/calendar';
import { formatCount, formatDate } from '@/lib/format';
import type { WavePlan } from '@/lib/plan/types';

const ROW = 28;
const LABEL = 90;
const WIDTH = 640;

/**
 * The waves as a timeline picture (plain SVG, prints as drawn) with the same facts in a table for screen readers and
 * anyone who prefers numbers. No hooks: it renders on the server or in the browser.
 */
export function WaveTimeline({ plan, start, id }: { plan: WavePlan; start: string; id: string }) {
  const span = Math.max(plan.lastDay, plan.timelineDays, 1);
  const x = (day: number) => LABEL + (day / span) * (WIDTH - LABEL - 10);
  const lastEnd = plan.waves[plan.waves.length - 1]?.endDay ?? plan.setupDays;
  const rows = [
    { name: 'Set-up', startDay: 0, endDay: plan.setupDays, kind: 'setup' as const },
    ...plan.waves.map((w) => ({
      name: w.name,
      startDay: w.startDay,
      endDay: w.endDay,
      kind: w.pilot ? ('pilot' as const) : ('wave' as const),
    })),
    { name: 'Finish', startDay: lastEnd, endDay: plan.lastDay, kind: 'setup' as const },
  ];
  const height = (rows.length + 1) * ROW + 10;
  const deadline = x(plan.timelineDays);
  const date = (day: number) => formatDate(addDays(start, day));
  return (
    <figure className="space-y-3">
      <figcaption id={`${id}-caption`} className="font-semibold">
        Timeline from {date(0)}: set-up, {plan.waves.length === 1 ? 'the move' : 'the waves'} and the finish ({date(plan.lastDay)}), against
        the end of your timeline ({date(plan.timelineDays)})
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="w-full max-w-3xl"
        role="img"
        aria-labelledby={`${id}-caption`}
        aria-describedby={`${id}-table`}
      >
        {rows.map((r, i) => (
          <g key={r.name}>
            <text x={0} y={(i + 1) * ROW} fontSize="13" fill="#0b0c0c">
              {r.name}
            </text>
            <rect
              x={x(r.startDay)}
              y={(i + 1) * ROW - 14}
              width={Math.max(2, x(r.endDay) - x(r.startDay))}
              height={18}
              fill={r.kind === 'setup' ? '#b1b4b6' : r.kind === 'pilot' ? '#f47738' : '#1d70b8'}
            />
          </g>
        ))}
        <line x1={deadline} x2={deadline} y1={4} y2={height - 18} stroke="#d4351c" strokeWidth="2" strokeDasharray="5 3" />
        <text x={Math.min(deadline + 4, WIDTH - 120)} y={height - 4} fontSize="12" fill="#d4351c">
          Timeline ends
        </text>
      </svg>
      {/* On a narrow phone the table scrolls within its own box (reachable by keyboard), never the page. */}
      <div className="max-w-3xl overflow-x-auto" tabIndex={0} role="group" aria-label="Waves table, scrolls sideways on a narrow screen">
        <table id={`${id}-table`} className="w-full border-collapse text-left text-sm sm:text-base">
          <caption className="sr-only">The waves, their size and their dates</caption>
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-1 pr-3">
                Wave
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                Mailboxes
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                Size
              </th>
              <th scope="col" className="py-1 pr-3">
                From
              </th>
              <th scope="col" className="py-1">
                Completed by
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.waves.map((w) => (
              <tr key={w.name} className="border-b border-slate-300">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {w.name}
                </th>
                <td className="py-1 pr-3 text-right">{formatCount(w.count)}</td>
                <td className="py-1 pr-3 text-right">{formatCount(Math.round(w.gb * 10) / 10)} GB</td>
                <td className="py-1 pr-3">{date(w.startDay)}</td>
                <td className="py-1">{date(w.endDay)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
