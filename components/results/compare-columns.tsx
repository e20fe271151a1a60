import type { Advice } from '@/lib/advice';
import { REGISTRY } from '@/lib/methods';

function movement(method: string, before: Advice, after: Advice): string {
  const from = before.ranking.findIndex((r) => r.method === method);
  const to = after.ranking.findIndex((r) => r.method === method);
  if (to < from) return `up ${from - to} place${from - to === 1 ? '' : 's'}`;
  if (to > from) return `down ${to - from} place${to - from === 1 ? '' : 's'}`;
  return 'same place';
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
              <li key={r.method} className="flex flex-wrap justify-between gap-2">
                <span>{REGISTRY[r.method].label}</span>
                <span>
                  {r.viable ? `${r.score}/100` : 'ruled out'}
                  {c > 0 && first && <span className="ml-2 text-slate-700">({movement(r.method, first.advice, advice)})</span>}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
