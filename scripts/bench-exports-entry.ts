/** What the export benchmark runs, bundled once for Node and once for the browser. */
import { fillAnswers } from '../lib/estate/answers';
import { readExport } from '../lib/estate/read';

const q = (v: string) => `"${v.replaceAll('"', '""')}"`;
const KINDS = ['UserMailbox', 'UserMailbox', 'UserMailbox', 'SharedMailbox', 'RoomMailbox', 'EquipmentMailbox'];

/** A mailbox statistics export of `rows` mailboxes as PowerShell 7 writes it, with `extra` more columns of filler. */
export function generate(rows: number, extra: number): Uint8Array {
  const extras = Array.from({ length: extra }, (_, i) => `Property${i}`);
  const lines = [['DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails', 'ItemCount', 'TotalItemSize', 'ArchiveStatus', 'ArchiveSize', ...extras].map(q).join(',')];
  for (let i = 0; i < rows; i++) {
    const bytes = (i * 7919 * 104_729) % 90_000_000_000;
    const grouped = String(bytes).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const size = `${(bytes / 1024 ** 3).toFixed(3)} GB (${grouped} bytes)`;
    const archive = i % 10 === 0;
    lines.push([`Person ${i}, "Team ${i % 50}"`, `person${i}@contoso.example`, KINDS[i % KINDS.length] ?? 'UserMailbox', String(i % 90_000), size, archive ? 'Active' : 'None', archive ? size : '', ...extras.map((_, j) => `Value ${j} for mailbox ${i} on DB${i % 12}`)].map(q).join(','));
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/** Milliseconds from the bytes to the estate and its filled answers. */
export function time(bytes: Uint8Array): number {
  const start = performance.now();
  const result = readExport('bench.csv', bytes, '2026-11-25');
  if (!result.ok || result.estate.mailboxes.length === 0 || fillAnswers(result.estate).length === 0) throw new Error('the generated export did not read');
  return performance.now() - start;
}
