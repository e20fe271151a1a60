import type { Answers } from '@/lib/answers';
import type { Plan, RankedMethod } from '@/lib/advice';
import { formatEffect } from '@/lib/format';
import { REGISTRY } from '@/lib/methods';
import { BulletList } from './bullet-list';
import { Estimate } from './estimate';
import { SourceLink } from './source-link';

/**
 * One method in full: why it scored as it did, pros, cons, limits, prerequisites, estimate, steps and end state.
 * On paper only the recommended method prints in full: another possible method prints why it scored and its estimate,
 * and a ruled-out one its name and what rules it out.
 */
export function MethodDetails({ ranked: r, plan, answers, open }: { ranked: RankedMethod; plan?: Plan; answers: Answers; open: boolean }) {
  const method = REGISTRY[r.method];
  const info = method.catalogue;
  const exclusions = r.reasons.filter((x) => x.effect === 'excludes');
  const onPaper = open ? '' : 'print:hidden';
  return (
    <details open={open} id={`method-${r.method}`} className="method-section rounded border-2 border-slate-300 p-4 open:border-brand">
      <summary className="cursor-pointer text-xl font-bold">
        {method.label}: {r.viable ? `${r.score} out of 100` : 'ruled out'}
      </summary>
      {!r.viable && (
        <ul className="mt-1 hidden space-y-1 print:block">
          {exclusions.map((x) => (
            <li key={x.rule}>
              {x.text} <span className="text-sm">(rule {x.rule}, source <SourceLink id={x.source} />)</span>
            </li>
          ))}
        </ul>
      )}
      <div className={`mt-4 space-y-5 ${r.viable ? '' : 'print:hidden'}`}>
        <p>{info.summary}</p>
        <section>
          <h3 className="font-semibold">Why it scored this way</h3>
          <ul className="mt-1 space-y-1">
            {r.reasons.map((x) => (
              <li key={x.rule} className="flex gap-3">
                <span className={`w-14 shrink-0 text-right font-mono font-semibold sm:w-20 ${x.effect === 'excludes' || x.effect < 0 ? 'text-red-700' : 'text-green-800'}`}>
                  {x.effect === 'excludes' ? 'rules out' : formatEffect(x.effect)}
                </span>
                <span className="min-w-0 wrap-anywhere">
                  {x.text} <span className="text-sm text-slate-700">(rule {x.rule}, source <SourceLink id={x.source} />)</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
        <div className={`grid gap-5 md:grid-cols-2 ${onPaper}`}>
          <BulletList title="Pros" items={info.pros} />
          <BulletList title="Cons" items={info.cons} />
        </div>
        <section className={onPaper}>
          <h3 className="font-semibold">Limits</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {info.limits.map((l) => (
              <li key={l.label}>
                {l.label}: <strong>{l.value}</strong> (<SourceLink id={l.source} />)
              </li>
            ))}
          </ul>
        </section>
        <div className={`space-y-5 ${onPaper}`}>
          <BulletList title="Prerequisites" items={info.prerequisites} />
          <BulletList title="What people are surprised by" items={[...info.userImpact, `Afterwards: ${info.endState}`]} />
        </div>
        {plan && (
          <>
            <Estimate estimate={plan.estimate} weeks={answers.timelineWeeks} />
            {plan.flavour && (
              <p className="wrap-anywhere">
                <strong>Which hybrid:</strong> {plan.flavour.text}
              </p>
            )}
            <section className={onPaper}>
              <h3 className="font-semibold">Steps for your answers</h3>
              <ol className="mt-2 space-y-2">
                {plan.steps.map((s, i) => (
                  <li key={s.id} className="flex items-start gap-3">
                    <input type="checkbox" id={`step-${r.method}-${s.id}`} className="mt-1 h-5 w-5 shrink-0 accent-brand" />
                    <label htmlFor={`step-${r.method}-${s.id}`} className="min-w-0 wrap-anywhere">
                      {i + 1}. {s.text}
                    </label>
                  </li>
                ))}
              </ol>
            </section>
          </>
        )}
      </div>
    </details>
  );
}
