import type { Overview } from '@/lib/report/overview';
import { FIT_LABEL } from '@/lib/report/overview';
import { formatDate } from '@/lib/format';

/** The handout's title block, on paper only: who it was prepared for, when, against which rules, and the share link. */
export function HandoutTitle({ preparedFor, assessedOn, rulesVersion, sharePath }: { preparedFor: string; assessedOn: string; rulesVersion: string; sharePath: string }) {
  return (
    <div className="handout-title hidden print:block">
      <p className="text-2xl font-bold">Mail migration advice for Microsoft 365</p>
      {preparedFor && <p className="text-lg">Prepared for {preparedFor}</p>}
      <p>
        Assessed on {formatDate(assessedOn)}. Rules last checked on {formatDate(rulesVersion)}.
      </p>
      {/* The page's full address once the browser has it (results-page.client.ts); its path and answers until then. */}
      <p className="text-sm">
        Share link, to reopen these answers and this advice: <span className="wrap-anywhere" data-share-link>{sharePath}</span>
      </p>
    </div>
  );
}

/**
 * The rest of the handout's summary, on paper only: every possible method's duration, the risks and the next steps.
 * The handout's second page; the appendix follows from the third.
 */
export function HandoutSummary({ o }: { o: Overview }) {
  return (
    <div className="hidden print:block">
      {o.otherDurations.length > 0 && (
        <section aria-labelledby="durations-title" className="mt-4">
          <h2 id="durations-title" className="text-xl font-bold">
            The other possible methods would take
          </h2>
          <ul className="mt-1 list-disc pl-6">
            {o.otherDurations.map((d) => (
              <li key={d.method}>
                <b>{d.label}</b> ({FIT_LABEL[d.fit]}): {d.sentence}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="handout-page-two">
        {o.risks.length > 0 && (
          <section aria-labelledby="risks-title">
            <h2 id="risks-title" className="text-xl font-bold">
              Risks to plan for
            </h2>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {o.risks.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </section>
        )}
        {o.steps.length > 0 && (
          <section aria-labelledby="next-steps-title" className="mt-4">
            <h2 id="next-steps-title" className="text-xl font-bold">
              Next steps
            </h2>
            <ol className="mt-1 list-decimal space-y-1 pl-6">
              {o.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </div>
  );
}
