import type { PlanLink, PlanMailbox } from './types';

/** Mailboxes linked, directly or through others, by the rights people hold on each other's mailboxes. */
export interface Group {
  members: PlanMailbox[];
  gb: number;
  /** Links between two members of this group, with the two members they name (a right may name them by address, display name or account). */
  links: { link: PlanLink; mailbox: PlanMailbox; grantee: PlanMailbox }[];
}

/** An address as a key: case and surrounding spaces ignored (most are already plain, so those are kept as they are). */
export const addressKey = (address: string) => (/[A-Z]|^\s|\s$/.test(address) ? address.trim().toLowerCase() : address);

/**
 * Groups mailboxes connected by rights (union–find over the links), so that each group can move in one wave.
 * Links naming someone not in the list are counted, not followed.
 * @example groupMailboxes([a, b, c], [{ mailbox: a.address, grantee: b.address, right: 'FullAccess' }]).groups.length // 2
 */
export function groupMailboxes(mailboxes: readonly PlanMailbox[], links: readonly PlanLink[]): { groups: Group[]; outside: number } {
  // A right names its mailbox and grantee by address, by display name, or as an account (DOMAIN\\alias, or an
  // Identity path ending in the name): match on each, the address first.
  const index = new Map<string, number>();
  mailboxes.forEach((m, i) => {
    const address = addressKey(m.address);
    for (const key of [m.name.trim().toLowerCase(), address.slice(0, address.indexOf('@'))]) if (key && !index.has(key)) index.set(key, i);
  });
  mailboxes.forEach((m, i) => index.set(addressKey(m.address), i));
  const lookup = (name: string): number | undefined => {
    const key = addressKey(name);
    const found = index.get(key);
    if (found !== undefined) return found;
    const cut = Math.max(key.lastIndexOf('\\'), key.lastIndexOf('/'));
    return cut === -1 ? undefined : index.get(key.slice(cut + 1));
  };
  const parent = mailboxes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  let outside = 0;
  const inside: [number, number, PlanLink][] = [];
  for (const link of links) {
    const a = lookup(link.mailbox);
    const b = lookup(link.grantee);
    if (a === undefined || b === undefined) {
      outside++;
      continue;
    }
    if (a === b) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[ra] = rb;
    inside.push([a, b, link]);
  }
  const byRoot = new Map<number, Group>();
  mailboxes.forEach((m, i) => {
    const root = find(i);
    let g = byRoot.get(root);
    if (!g) byRoot.set(root, (g = { members: [], gb: 0, links: [] }));
    g.members.push(m);
    g.gb += m.gb + m.archiveGb;
  });
  for (const [a, b, link] of inside) byRoot.get(find(a))!.links.push({ link, mailbox: mailboxes[a]!, grantee: mailboxes[b]! });
  return { groups: [...byRoot.values()], outside };
}
