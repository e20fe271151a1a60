'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** The share link (this page's own address) at the head of the printed advice, so a paper copy can be reopened. */
export function PrintShareLink() {
  const href = useSyncExternalStore(noSubscription, () => window.location.href, () => '');
  return (
    <p className="hidden text-sm print:block">
      Share link, to reopen these answers and this advice: <span className="wrap-anywhere">{href}</span>
    </p>
  );
}
