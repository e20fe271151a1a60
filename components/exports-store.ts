import type { Estate } from '@/lib/estate/types';

/** One export read in this browser, kept for the wave planner: the file's name and what it held. */
export interface StoredExport {
  name: string;
  estate: Estate;
}

/**
 * The exports read on /exports, kept in this browser's IndexedDB (never in the address, never sent anywhere): a
 * 50,000-mailbox list is too big for sessionStorage's quota. "Forget the exports" deletes it.
 */
const DB = 'mail-migration-advisor';
const STORE = 'exports';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** The exports kept in this browser, or none. Never throws: a browser without IndexedDB simply keeps nothing. */
export async function loadExports(): Promise<StoredExport[]> {
  try {
    const value = await run<unknown>('readonly', (s) => s.get(KEY));
    return Array.isArray(value) ? (value as StoredExport[]) : [];
  } catch {
    return [];
  }
}

export async function saveExports(exports: StoredExport[]): Promise<void> {
  try {
    await run('readwrite', (s) => s.put(exports, KEY));
  } catch {
    // Private windows may refuse storage: the answers still go into the address.
  }
}

export async function forgetExports(): Promise<void> {
  try {
    await run('readwrite', (s) => s.delete(KEY));
  } catch {
    // nothing kept, nothing to forget
  }
}
