import type { Answers } from '@/lib/answers';
import type { Plan, RankedMethod } from '@/lib/advice';
import { formatEffect } from '@/lib/format';
import { REGISTRY } from '@/lib/methods';
import { BulletList } from './bullet-list';
import { Estimate } from './estimate';
import { SourceLink } from './source-link';

/**
 * One method, folded: why it scored as it did and its estimate. The recommended method (`full`) adds its pros, cons,
 * limits, prerequisites and the steps for these answers; the others keep to what separates them.
 */
export function MethodDetails({ ranked: r, plan, answers, full }: { ranked: RankedMethod; plan?: Plan; answers: Answers; full: boolean }) {
  const method = REGISTRY[r.method];
  const info = method.catalogue;
  return (
    <details id={`method-${r.method}`} className="fold method-section">
      <summary className="text-xl font-bold">
        {method.label}: {r.viable ? `${r.score} out of 100` : 'ruled out'}
      </summary>
      <div className="mt-3 space-y-4">
        <p>{info.summary}</p>
        <section>
          <h3 className="font-semibold">Why it scored this way</h3>
          <ul className="mt-1 space-y-1">
            {r.reasons.map((x) => (
              <li key={x.rule} className="reason">
                <b className={x.effect === 'excludes' || x.effect < 0 ? 'pts neg' : 'pts'}>{x.effect === 'excludes' ? 'rules out' : formatEffect(x.effect)}</b>{' '}
                <span>
                  {x.text} (<SourceLink id={x.source} />)
                </span>
              </li>
            ))}
          </ul>
        </section>
        {full && (
          <>
            <div className="grid gap-4 md:grid-cols-2">
              <BulletList title="Pros" items={info.pros} />
              <BulletList title="Cons" items={info.cons} />
            </div>
            <section>
              <h3 className="font-semibold">Limits</h3>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {info.limits.map((l) => (
                  <li key={l.label}>
                    {l.label}: <strong>{l.value}</strong> (<SourceLink id={l.source} />)
                  </li>
                ))}
              </ul>
            </section>
            <BulletList title="Prerequisites" items={info.prerequisites} />
            <BulletList title="What people are surprised by" items={[...info.userImpact, `Afterwards: ${info.endState}`]} />
          </>
        )}
        {plan && <Estimate estimate={plan.estimate} weeks={answers.timelineWeeks} />}
        {plan?.flavour && (
          <p className="wrap-anywhere">
            <strong>Which hybrid:</strong> {plan.flavour.text}
          </p>
        )}
        {full && plan && (
          <section>
            <h3 className="font-semibold">Steps for your answers</h3>
            <ol className="mt-2 space-y-2">
              {plan.steps.map((s, i) => (
                <li key={s.id} className="step">
                  <input type="checkbox" id={`step-${s.id}`} />
                  <label htmlFor={`step-${s.id}`}>
                    {i + 1}. {s.text}
                  </label>
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </details>
  );
}
