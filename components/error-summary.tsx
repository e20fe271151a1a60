'use client';

import { useEffect, useRef } from 'react';

export interface SummaryError {
  href: string;
  message: string;
}

/**
 * The GOV.UK error summary: "There is a problem", a link to each field, focus moved to it,
 * and the page title prefixed "Error: " while errors show.
 */
/** Moves focus to the field a same-page link points at (a fragment link alone only scrolls). */
function focusTarget(event: React.MouseEvent<HTMLAnchorElement>) {
  const hash = event.currentTarget.getAttribute('href') ?? '';
  if (!hash.startsWith('#')) return;
  const target = document.getElementById(hash.slice(1));
  if (target) {
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  }
}

export function ErrorSummary({ errors, attempt = 0, intro }: { errors: SummaryError[]; attempt?: number; intro?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const base = document.title.replace(/^Error: /, '');
    document.title = errors.length > 0 ? `Error: ${base}` : base;
    if (errors.length > 0) ref.current?.focus();
  }, [errors.length, attempt]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-red-700 p-4 focus:outline-none focus-visible:outline-3"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        There is a problem
      </h2>
      {intro && <p className="mt-1">{intro}</p>}
      <ul className="mt-2 list-none space-y-1">
        {errors.map((e) => (
          <li key={e.href + e.message}>
            <a href={e.href} onClick={focusTarget} className="font-semibold text-red-700 underline underline-offset-2">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
