'use client';

import { useEffect, useState } from 'react';
import type { Method, ReadinessStatus } from '@/lib/advice';
import type { Answers } from '@/lib/answers';

export type ReadinessCount = Record<ReadinessStatus, number> & { total: number };

/**
 * The readiness checklist of a method, counted by status. The checklist's texts live in the full method registry,
 * which the live panel does not load at first: it arrives in its own chunk after the page is interactive, so the
 * form's first load stays within budget (see README, `npm run size`). Null until it has loaded.
 */
export function useReadinessCount(answers: Answers | null, method: Method | null, date: string): ReadinessCount | null {
  const [count, setCount] = useState<{ key: unknown; value: ReadinessCount } | null>(null);
  useEffect(() => {
    if (!answers || !method) return;
    let live = true;
    void import('@/lib/readiness').then(({ readiness }) => {
      if (!live) return;
      const value: ReadinessCount = { pass: 0, 'needs-work': 0, unknown: 0, total: 0 };
      for (const item of readiness(answers, method, date).items) {
        value[item.status]++;
        value.total++;
      }
      setCount({ key: answers, value });
    });
    return () => {
      live = false;
    };
  }, [answers, method, date]);
  return answers && count?.key === answers ? count.value : null;
}
