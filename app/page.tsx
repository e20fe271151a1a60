import Link from 'next/link';
import { METHOD_DEFINITIONS } from '@/lib/methods';
import { QUESTIONS } from '@/lib/questions';

/** The most optional questions any mail system is asked (fewer for some: they are skipped where they do not apply). */
const OPTIONAL_COUNT = QUESTIONS.filter((q) => !q.required).length;

export default function Home() {
  return (
    <div className="space-y-8">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold">How should your organisation move its mail to Microsoft 365?</h1>
        <p className="max-w-2xl text-lg">
          Answer five questions — mailboxes, current mail system, budget, timeline and data size — and get a ranked, reasoned answer: which of the
          methods fits, what rules the others out, how long it takes and the steps to do it. Up to {OPTIONAL_COUNT} optional questions follow to
          sharpen the advice; you can skip them at any point.
        </p>
        <p className="max-w-2xl">Self-assessing? Start now: one question at a time, with help for the technical ones. Running a scoping meeting? Use the one-page view and watch the advice change as you go.</p>
        <div className="flex flex-wrap gap-4">
          <Link href="/questions" className="rounded bg-brand px-5 py-3 text-lg font-semibold text-white hover:bg-brand-dark">
            Start now
          </Link>
          <Link href="/one-page" className="rounded border-2 border-brand px-5 py-3 text-lg font-semibold text-brand hover:bg-slate-100">
            All questions on one page
          </Link>
        </div>
        <p className="max-w-2xl">
          On Exchange? Run four standard commands and{' '}
          <Link href="/exports" className="text-brand underline underline-offset-2">
            open your exports
          </Link>{' '}
          to fill in the real numbers: mailboxes, sizes, archives, delegates, servers and public folders. The files never leave your browser.
        </p>
      </section>
      <section aria-labelledby="methods-heading">
        <h2 id="methods-heading" className="mb-4 text-2xl font-bold">
          The methods compared
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {METHOD_DEFINITIONS.map((m) => (
            <li key={m.id} className="rounded border border-slate-300 p-4">
              <h3 className="font-semibold">{m.label}</h3>
              <p className="text-slate-700">{m.catalogue.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
