import { PageLink } from '@/components/page-link';

/** A server-rendered "There is a problem" box: each problem a link to where it can be put right. */
export function ProblemBox({ problems, intro }: { problems: { href: string; message: string }[]; intro?: string }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" aria-labelledby="problem-title" className="mb-6 border-4 border-red-700 p-4">
      <h2 id="problem-title" className="text-xl font-bold">
        There is a problem
      </h2>
      {intro && <p className="mt-1">{intro}</p>}
      <ul className="mt-2 space-y-1">
        {problems.map((p) => (
          <li key={p.href + p.message}>
            <PageLink href={p.href} className="font-semibold text-red-700 underline underline-offset-2">
              {p.message}
            </PageLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
