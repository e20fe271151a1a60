import type { Advice, Effect } from '@/lib/advice';
import { SCORING } from '@/lib/methods/scoring';
import { signedPoints } from '@/lib/live-summary';
import { reasonsMoved } from '@/lib/reasons-moved';

const effectWords = (e: Effect | undefined) =>
  e === undefined ? 'did not apply' : e === 'excludes' ? 'rules it out' : `${signedPoints(e)} points`;

/** For each method, the reasons a what-if moved: before → after, in the engine's own words. */
export function ReasonsMovedList({ before, after }: { before: Advice; after: Advice }) {
  const rows = before.ranking
    .map((b) => ({ method: b.method, moved: reasonsMoved(b.reasons, after.ranking.find((a) => a.method === b.method)?.reasons ?? []) }))
    .filter((r) => r.moved.length > 0);
  return (
    <section aria-labelledby="moved-title" className="space-y-3">
      <h2 id="moved-title" className="text-2xl font-bold">
        Which reasons moved
      </h2>
      {rows.length === 0 ? (
        <p>No reason changed: this answer does not move any method’s score.</p>
      ) : (
        rows.map(({ method, moved }) => (
          <div key={method}>
            <h3 className="font-semibold">{SCORING[method].label}</h3>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {moved.map((m) => (
                <li key={m.rule} className="wrap-anywhere">
                  {m.text}{' '}
                  <span className="font-semibold whitespace-nowrap">
                    ({effectWords(m.before)} → {effectWords(m.after)})
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
