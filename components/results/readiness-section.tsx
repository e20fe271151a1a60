import type { Readiness } from '@/lib/advice';
import { REGISTRY } from '@/lib/methods';
import { SourceLink } from './source-link';

const STATUS = {
  pass: { label: 'Ready', cls: 'bg-green-100 text-green-900' },
  'needs-work': { label: 'Needs work', cls: 'bg-red-100 text-red-900' },
  unknown: { label: 'To check', cls: 'bg-slate-200 text-slate-900' },
} as const;

/** The readiness checklist for the recommended method: each item ready, needing work, or to check, with what to do. */
export function ReadinessSection({ readiness: r }: { readiness: Readiness }) {
  const todo = r.items.filter((i) => i.status !== 'pass').length;
  return (
    <section aria-labelledby="readiness-title" className="space-y-3">
      <h2 id="readiness-title" className="text-2xl font-bold">
        Ready to start {REGISTRY[r.method].withArticle}?
      </h2>
      <p className="print:break-after-avoid">
        {r.items.length - todo} of {r.items.length} checks are ready as of {r.assessedOn}; {todo} need work or checking.
      </p>
      <ul className="space-y-2">
        {r.items.map((i) => (
          <li key={i.id} className="flex flex-col gap-1 sm:flex-row sm:gap-3">
            <span className={`tag w-32 shrink-0 self-start text-center ${STATUS[i.status].cls}`}>{STATUS[i.status].label}</span>
            <span className="min-w-0 wrap-anywhere">
              <strong>{i.title}.</strong> {i.text} <span className="text-sm">(<SourceLink id={i.source} />)</span>
            </span>
          </li>
        ))}
      </ul>
      {r.cuUpgradeSteps.length > 0 && (
        <details className="print-keep rounded border border-slate-300 p-3">
          <summary className="cursor-pointer font-semibold">How to bring the servers to a supported cumulative update</summary>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {r.cuUpgradeSteps.map((s) => (
              <li key={s} className="wrap-anywhere">
                {s}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
