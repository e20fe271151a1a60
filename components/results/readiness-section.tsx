import type { Readiness } from '@/lib/advice';
import { formatDate } from '@/lib/format';
import { REGISTRY } from '@/lib/methods';
import { countReadiness, readinessSentence } from '@/lib/report/overview';
import { SourceLink } from './source-link';

const STATUS = {
  pass: { label: 'Ready', cls: 'fit-ok' },
  'needs-work': { label: 'Needs work', cls: 'fit-no' },
  unknown: { label: 'To check', cls: 'tag-check' },
} as const;

/** The readiness checklist for the recommended method: each item ready, needing work, or to check, with what to do. */
export function ReadinessSection({ readiness: r }: { readiness: Readiness }) {
  return (
    <section aria-labelledby="readiness-title" className="space-y-3">
      <h2 id="readiness-title" className="text-2xl font-bold">
        Ready to start {REGISTRY[r.method].withArticle}?
      </h2>
      <p className="print:break-after-avoid">
        On {formatDate(r.assessedOn)}: {readinessSentence(countReadiness(r))}
      </p>
      <ul className="space-y-2">
        {r.items.map((i) => (
          <li key={i.id} className="flex flex-col gap-1 sm:flex-row sm:gap-3">
            <span className={`badge w-28 shrink-0 self-start text-center ${STATUS[i.status].cls}`}>{STATUS[i.status].label}</span>
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
