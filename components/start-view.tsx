import Link from 'next/link';
import { METHOD_DEFINITIONS } from '@/lib/methods';
import { QUESTIONS } from '@/lib/questions';

/** The most optional questions any mail system is asked (fewer for some: they are skipped where they do not apply). */
const OPTIONAL_COUNT = QUESTIONS.filter((q) => !q.required).length;

/**
 * The start page: what the advisor does and the two ways in. Nothing on it is interactive, so it is served as a static
 * HTML page with no framework in the browser (pages/index.tsx).
 */
export function StartView() {
  return (
    <div className="space-y-8">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold">How should your organisation move its mail to Microsoft 365?</h1>
        <p className="max-w-2xl text-lg">
          Answer five questions — mailboxes, current mail system, budget, timeline and data size — and get a ranked, reasoned answer: which
          of the methods fits, what rules the others out, how long it takes and the steps to do it. Up to {OPTIONAL_COUNT} optional
          questions follow to sharpen the advice; you can skip them at any point.
        </p>
        <p className="max-w-2xl">
          Self-assessing? Start now: one question at a time, with help for the technical ones. Running a scoping meeting? Use the one-page
          view and watch the advice change as you go.
        </p>
        <div className="flex flex-wrap gap-4">
          <Link href="/questions" className="button-primary button-start" draggable={false}>
            Start now
            <svg aria-hidden="true" focusable="false" width="17.5" height="19" viewBox="0 0 33 40" className="shrink-0">
              <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
            </svg>
          </Link>
          <Link href="/one-page" className="button-secondary button-start">
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
