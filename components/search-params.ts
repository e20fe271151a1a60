'use client';

import { useSearchParams } from 'next/navigation';

const NONE = new URLSearchParams();

/**
 * The page's query, in an App Router page. Next types useSearchParams as possibly null once a Pages Router page exists
 * (pages/results.tsx); under the App Router it never is, and this says so in one place.
 */
export function useQueryParams(): URLSearchParams {
  return (useSearchParams() as URLSearchParams | null) ?? NONE;
}
