import { emptyEstate, type Estate } from './types';

/**
 * Several exports as one estate: lists joined, public folders added up. A second export of the same kind adds to the
 * first (for example mailbox statistics exported per database).
 */
export function mergeEstates(estates: readonly Estate[]): Estate {
  const merged = emptyEstate();
  for (const e of estates) {
    merged.files.push(...e.files);
    for (const m of e.mailboxes) merged.mailboxes.push(m);
    for (const p of e.permissions) merged.permissions.push(p);
    merged.servers.push(...e.servers);
    if (e.publicFolders) {
      const pf = merged.publicFolders ?? { folders: 0, bytes: 0, largestBytes: 0 };
      merged.publicFolders = { folders: pf.folders + e.publicFolders.folders, bytes: pf.bytes + e.publicFolders.bytes, largestBytes: Math.max(pf.largestBytes, e.publicFolders.largestBytes) };
    }
  }
  return merged;
}
