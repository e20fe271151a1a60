import type { Advice } from '@/lib/advice';
import { REGISTRY } from '@/lib/methods';

/** How a method moved between the two rankings: "now ruled out", "up 1 place, +5 points", "same place". */
function movement(method: string, before: Advice, after: Advice): string {
  const was = before.ranking.find((r) => r.method === method);
  const is = after.ranking.find((r) => r.method === method);
  if (!was || !is) return '';
  if (was.viable && !is.viable) return 'now ruled out';
  if (!was.viable && !is.viable) return 'still ruled out';
  const from = before.ranking.indexOf(was);
  const to = after.ranking.indexOf(is);
  const places = to < from ? `up ${from - to} place${from - to === 1 ? '' : 's'}` : to > from ? `down ${to - from} place${to - from === 1 ? '' : 's'}` : 'same place';
  if (!was.viable) return `no longer ruled out, ${places}`;
  const points = is.score - was.score;
  return points === 0 ? places : `${places}, ${points > 0 ? '+' : '−'}${Math.abs(points)} points`;
}

/** Two rankings side by side, the second saying how each method moved. */
export function CompareColumns({ columns }: { columns: { title: string; advice: Advice }[] }) {
  const [first] = columns;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {columns.map(({ title, advice }, c) => (
        <section key={title} aria-labelledby={`compare-${c}`} className="rounded border-2 border-slate-300 p-4">
          <h2 id={`compare-${c}`} className="text-xl font-bold">
            {title}
          </h2>
          <p className="mt-1 font-semibold">{advice.recommended ? `Recommended: ${REGISTRY[advice.recommended].label}` : 'No method fits'}</p>
          <ol className="mt-3 space-y-2" aria-label={`Ranking: ${title}`}>
            {advice.ranking.map((r) => (
              <li key={r.method} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3">
                <span>{REGISTRY[r.method].label}</span>
                <span className="text-right">
                  {r.viable ? `${r.score} out of 100` : 'ruled out'}
                  {c > 0 && first && <span className="block text-sm text-slate-700">({movement(r.method, first.advice, advice)})</span>}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
