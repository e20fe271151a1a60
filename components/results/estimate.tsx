import type { Estimate as EstimateData } from '@/lib/advice';
import { plural } from '@/lib/format';

const FIT = {
  fits: { label: 'Fits', text: 'fits within', cls: 'bg-green-100 text-green-900 border-green-800' },
  tight: { label: 'Tight', text: 'is tight for', cls: 'bg-amber-100 text-amber-950 border-amber-800' },
  'does-not-fit': { label: 'Does not fit', text: 'does not fit', cls: 'bg-red-100 text-red-900 border-red-800' },
} as const;
/** With a blocker no date can be promised, whatever the days say: the badge says so instead of "Fits". */
const BLOCKED = { label: 'Blocked', cls: 'bg-red-100 text-red-900 border-red-800' } as const;

/** The duration range against the timeline, its assumptions, and the advice to run a pilot. */
export function Estimate({ estimate: e, weeks }: { estimate: EstimateData; weeks: number }) {
  const fit = FIT[e.fit];
  const badge = e.blocker ? BLOCKED : fit;
  // The blocker has its own box: it is not repeated among the assumptions.
  const assumptions = e.assumptions.filter((a) => a !== e.blocker);
  return (
    <section>
      <h3 className="font-semibold">How long it may take</h3>
      <p className="mt-1">
        <span className={`mr-2 inline-block rounded border px-2 py-0.5 text-sm font-semibold ${badge.cls}`}>{badge.label}</span>
        About {e.lowDays}–{e.highDays} days, which {fit.text} your {plural(weeks, 'week')} ({e.timelineDays} days){e.blocker ? ' once the blocker below is dealt with' : ''}.
      </p>
      {e.blocker && (
        <p className="print-keep mt-2 border-l-8 border-red-800 bg-red-50 p-3 wrap-anywhere">
          <strong>Blocker:</strong> {e.blocker}
        </p>
      )}
      <ul className="mt-1 list-disc space-y-1 pl-6 text-slate-800">
        {assumptions.map((a) => (
          <li key={a} className="wrap-anywhere">
            {a}
          </li>
        ))}
      </ul>
    </section>
  );
}
