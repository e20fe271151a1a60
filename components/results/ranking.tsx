import type { Advice } from '@/lib/advice';
import { REGISTRY } from '@/lib/methods';
import { SourceLink } from './source-link';

/** Every method, best first: a score bar and number, or "ruled out" with the rule that rules it out. */
export function Ranking({ advice }: { advice: Advice }) {
  return (
    <ol className="space-y-4" aria-label="Ranking of the methods">
      {advice.ranking.map((r, i) => {
        const exclusions = r.reasons.filter((x) => x.effect === 'excludes');
        return (
          <li key={r.method} className="rounded border border-slate-300 p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="text-lg font-semibold">
                <a href={`#method-${r.method}`} className="underline-offset-2 hover:underline">
                  {i + 1}. {REGISTRY[r.method].label}
                </a>
                {r.viable && r.flavour && ' '}
                {r.viable && r.flavour && <span className="ml-2 text-base font-normal text-slate-700">({r.flavour} hybrid)</span>}
              </h3>
              <span className="font-semibold">{r.viable ? `${r.score} out of 100` : 'Ruled out'}</span>
            </div>
            {r.viable ? (
              <div className="mt-2 h-3 rounded bg-slate-200" aria-hidden="true">
                <div className="h-3 rounded bg-brand print:border print:border-black" style={{ width: `${r.score}%` }} />
              </div>
            ) : (
              <ul className="mt-2 space-y-1">
                {exclusions.map((x) => (
                  <li key={x.rule} className="text-slate-800">
                    {x.text} <span className="text-sm">(rule {x.rule}, source <SourceLink id={x.source} />)</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
