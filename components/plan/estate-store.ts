import type { PlanLink, PlanMailbox } from '@/lib/plan/types';

/** Where the exports page keeps the per-mailbox list in this browser tab (never in the address, never sent). */
export const ESTATE_KEY = 'advisor.estate.v1';

/** The stored text (a stable snapshot for useSyncExternalStore), or null when this tab has none. */
export function estateSnapshot(): string | null {
  try {
    return window.sessionStorage.getItem(ESTATE_KEY);
  } catch {
    return null;
  }
}

/** Another tab or the exports page changing the list. */
export function subscribeEstate(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}

/** The per-mailbox list and rights read from the admin's exports, or null when there are none or they can't be read. */
export function parseEstate(text: string | null): { mailboxes: PlanMailbox[]; links: PlanLink[] } | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as { mailboxes?: unknown; links?: unknown };
    if (!Array.isArray(value.mailboxes) || value.mailboxes.length === 0) return null;
    return { mailboxes: value.mailboxes as PlanMailbox[], links: Array.isArray(value.links) ? (value.links as PlanLink[]) : [] };
  } catch {
    return null;
  }
}
