'use client';

import Link from 'next/link';
import { useQueryParams } from './search-params';
import { valuesFromParams, valuesToQuery } from '@/lib/form-values';

/** A link to "Open your exports" that carries the answers in this page's address (kept as they change). */
export function ExportsLink({ className = 'text-brand underline underline-offset-2' }: { className?: string }) {
  const query = valuesToQuery(valuesFromParams(useQueryParams()));
  return (
    <Link href={`/exports${query ? `?${query}` : ''}`} className={className}>
      Fill answers from your Exchange exports
    </Link>
  );
}
