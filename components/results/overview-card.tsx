import type { Overview } from '@/lib/report/overview';
import { FIT_LABEL } from '@/lib/report/overview';
import { formatEffect } from '@/lib/format';

const FIT_CLASS = { fits: 'fit-ok', tight: 'fit-tight', 'does-not-fit': 'fit-no' } as const;

/**
 * The answer first: the verdict, the three reasons that decided it with their points, the duration against the
 * deadline, the first step and readiness at a glance. On paper it is the handout's first page.
 */
export function OverviewCard({ o, sentence }: { o: Overview; sentence: string }) {
  const d = o.duration;
  return (
    <section aria-labelledby="verdict" className="overview">
      <h1 id="verdict" className="text-2xl font-bold sm:text-3xl">
        {o.label ? `Recommended: ${o.label}` : 'None of the methods fits these answers'}
      </h1>
      {o.flavour && <p className="text-xl font-semibold">Which hybrid: {o.flavour}</p>}
      <p className="mt-2 text-lg">{sentence}</p>
      <div className="mt-4 grid gap-x-8 gap-y-4 md:grid-cols-2 print:grid-cols-1">
        {o.deciding.length > 0 && (
          <section aria-labelledby="why-title">
            <h2 id="why-title" className="text-xl font-bold">
              Why
            </h2>
            <ul className="mt-1 space-y-1">
              {o.deciding.map((r) => (
                <li key={r.text} className="reason">
                  <b className={r.effect < 0 ? 'pts neg' : 'pts'}>{formatEffect(r.effect)}</b> <span>{r.text}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="space-y-3">
          {d && (
            <section aria-labelledby="how-long-title">
              <h2 id="how-long-title" className="text-xl font-bold">
                How long
              </h2>
              <p className="mt-1">
                <span className={`badge ${d.blocker ? 'fit-no' : FIT_CLASS[d.fit]}`}>{d.blocker ? 'Blocked' : FIT_LABEL[d.fit]}</span> {d.sentence}
              </p>
              {d.blocker && <p className="mt-1 font-semibold">Blocker: {d.blocker}</p>}
            </section>
          )}
          {o.steps[0] && (
            <section aria-labelledby="first-step-title" className="print:hidden">
              <h2 id="first-step-title" className="text-xl font-bold">
                First step
              </h2>
              <p className="mt-1">{o.steps[0]}</p>
            </section>
          )}
          {o.readiness && (
            <section aria-labelledby="glance-title">
              <h2 id="glance-title" className="text-xl font-bold">
                Readiness
              </h2>
              <p className="mt-1">
                {o.readiness.sentence}{' '}
                <a href="#readiness-title" className="link no-print">
                  See the checklist
                </a>
              </p>
            </section>
          )}
        </div>
      </div>
    </section>
  );
}
