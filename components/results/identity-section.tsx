import type { IdentityAdvice } from '@/lib/advice';
import { formatEffect } from '@/lib/format';
import { SIGN_IN_LABELS } from '@/lib/identity';
import { BulletList } from './bullet-list';
import { SourceLink } from './source-link';

function Options({ identity: id }: { identity: IdentityAdvice }) {
  return (
    <ol className="grid gap-4 md:grid-cols-3 print:block print:space-y-3" aria-label="Sign-in methods">
      {id.options.map((o, i) => (
        <li key={o.method} className={`rounded border-2 p-3 print:break-inside-auto ${id.applies && i === 0 ? 'border-brand' : 'border-slate-300'}`}>
          <h3 className="font-semibold">
            {SIGN_IN_LABELS[o.method]}: {o.score} out of 100
          </h3>
          <ul className="mt-1 space-y-1 text-sm">
            {o.reasons.map((r) => (
              <li key={r.rule} className="wrap-anywhere">
                <span className="font-mono font-semibold">{formatEffect(r.effect)}</span> {r.text} (<SourceLink id={r.source} />)
              </li>
            ))}
          </ul>
          {/* On paper the pros and cons of the chosen option only. */}
          <div className={id.applies && i === 0 ? '' : 'print:hidden'}>
            <BulletList title="Pros" items={o.pros} small />
            <BulletList title="Cons" items={o.cons} small />
          </div>
        </li>
      ))}
    </ol>
  );
}

function CloudEquivalents({ identity: id }: { identity: IdentityAdvice }) {
  return (
    <section aria-labelledby="cloud-equivalents-title">
      <h3 id="cloud-equivalents-title" className="font-semibold">
        Needs that once called for AD FS, met in the cloud now
      </h3>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {id.cloudEquivalents.map((c) => (
          <li key={c.need}>
            {c.need}: <strong>{c.answer}</strong> (<SourceLink id={c.source} />)
          </li>
        ))}
      </ul>
    </section>
  );
}

function PassThrough({ identity: id }: { identity: IdentityAdvice }) {
  // Printed only when pass-through is the sign-in advised.
  return (
    <details className={`print-keep rounded border border-slate-300 p-3 ${id.recommended === 'pass-through' ? '' : 'print:hidden'}`}>
      <summary className="cursor-pointer font-semibold">How pass-through sign-in works</summary>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {id.howPassThroughWorks.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </details>
  );
}

/**
 * How people will sign in once accounts sync: the ranked options with reasons, pros, cons and how pass-through works.
 * Only when a sign-in choice applies (directory sync runs or is planned, or accounts stay on-premises); otherwise the
 * section is its one-line summary, with the plan to leave AD FS when a farm runs today.
 */
export function IdentitySection({ identity: id }: { identity: IdentityAdvice }) {
  return (
    <section aria-labelledby="identity-title" className="space-y-3">
      <h2 id="identity-title" className="text-2xl font-bold">
        How people will sign in
      </h2>
      <p className="max-w-3xl">{id.summary}</p>
      {id.applies && <p className="print-keep max-w-3xl border-l-8 border-brand bg-slate-50 p-3">{id.backup}</p>}
      {id.leaveAdfs && <p className="print-keep max-w-3xl border-l-8 border-amber-700 bg-amber-50 p-3 font-semibold">{id.leaveAdfs}</p>}
      {id.applies && <Options identity={id} />}
      {(id.applies || id.leaveAdfs) && <CloudEquivalents identity={id} />}
      {id.applies && <PassThrough identity={id} />}
    </section>
  );
}
