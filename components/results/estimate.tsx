import type { Estimate as EstimateData } from '@/lib/advice';
import { durationSentence, FIT_LABEL } from '@/lib/report/overview';

const FIT_CLASS = { fits: 'fit-ok', tight: 'fit-tight', 'does-not-fit': 'fit-no' } as const;

/** The duration range against the timeline, its blocker, and (folded) what it assumes. */
export function Estimate({ estimate: e, weeks }: { estimate: EstimateData; weeks: number }) {
  // The blocker has its own box: it is not repeated among the assumptions.
  const assumptions = e.assumptions.filter((a) => a !== e.blocker);
  return (
    <section>
      <h3 className="font-semibold">How long it may take</h3>
      <p className="mt-1">
        <span className={`badge ${e.blocker ? 'fit-no' : FIT_CLASS[e.fit]}`}>{e.blocker ? 'Blocked' : FIT_LABEL[e.fit]}</span> {durationSentence(e, weeks)}
        {e.blocker ? ' That holds once the blocker below is dealt with.' : ''}
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
