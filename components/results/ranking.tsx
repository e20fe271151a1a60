import type { Advice } from '@/lib/advice';
import { REGISTRY } from '@/lib/methods';
import { SourceLink } from './source-link';

/** Every method, best first: a score bar and number, or "Ruled out" with what rules it out. */
export function Ranking({ advice }: { advice: Advice }) {
  return (
    <ol className="space-y-2" aria-label="Ranking of the methods">
      {advice.ranking.map((r, i) => (
        <li key={r.method} className="rank">
          <h3 className="rank-head">
            <a href={`#method-${r.method}`}>
              {i + 1}. {REGISTRY[r.method].label}
              {r.viable && r.flavour ? ` (${r.flavour} hybrid)` : ''}
            </a>
            <span>{r.viable ? `${r.score} out of 100` : 'Ruled out'}</span>
          </h3>
          {r.viable ? (
            <div className="bar" aria-hidden="true">
              <div style={{ width: `${r.score}%` }} />
            </div>
          ) : (
            r.reasons
              .filter((x) => x.effect === 'excludes')
              .map((x) => (
                <p key={x.rule} className="mt-1">
                  {x.text} (<SourceLink id={x.source} />)
                </p>
              ))
          )}
        </li>
      ))}
    </ol>
  );
}
