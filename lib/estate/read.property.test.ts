import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExport } from './read';

const GB = 1024 ** 3;
const GROUPING = { en: ',', de: '.', fr: '\u202f', ch: "'" } as const;
type Culture = keyof typeof GROUPING;

/** Groups digits in threes with a culture's separator, as PowerShell writes the bytes in parentheses. */
const grouped = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
/** A size as Exchange writes it in a culture: "1.234 GB (1,325,000,000 bytes)" or "1,234 GB (1.325.000.000 bytes)". */
function sizeText(bytes: number, culture: Culture): string {
  const gb = (bytes / GB).toFixed(3);
  return `${culture === 'en' ? gb : gb.replace('.', ',')} GB (${grouped(bytes, GROUPING[culture])} bytes)`;
}
const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
}

const nameChar = fc.constantFrom('a', 'Z', '0', ' ', '"', ',', ';', '\n', 'ø', 'é', 'ß', '#', '\t', '(', ')');
const mailbox = fc.record({
  name: fc.array(nameChar, { minLength: 1, maxLength: 12 }).map((cs) => `N${cs.join('')}`),
  bytes: fc.oneof(fc.integer({ min: 0, max: 2 ** 40 }), fc.constant(0)),
  archive: fc.option(fc.integer({ min: 0, max: 2 ** 36 }), { nil: null }),
  items: fc.nat({ max: 5_000_000 }),
  kind: fc.constantFrom('UserMailbox', 'SharedMailbox', 'RoomMailbox', 'EquipmentMailbox', 'LinkedMailbox'),
});
const COLUMNS = ['DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails', 'ItemCount', 'TotalItemSize', 'ArchiveStatus', 'ArchiveSize', 'Database'];

describe('mailbox statistics exports, generated', () => {
  it('read back every number exactly, whatever the quoting, separators, culture, encoding and column order', () => {
    fc.assert(
      fc.property(
        fc.array(mailbox, { minLength: 1, maxLength: 20 }),
        fc.constantFrom<Culture>('en', 'de', 'fr', 'ch'),
        fc.boolean(),
        fc.constantFrom('utf8', 'utf8-bom', 'utf16le'),
        fc.shuffledSubarray(COLUMNS, { minLength: COLUMNS.length }),
        (rows, culture, typeLine, encoding, columns) => {
          const sep = culture === 'en' ? ',' : ';';
          const value = (row: (typeof rows)[number], i: number, column: string): string =>
            ({
              DisplayName: row.name,
              PrimarySmtpAddress: `user${i}@example.com`,
              RecipientTypeDetails: row.kind,
              ItemCount: String(row.items),
              TotalItemSize: sizeText(row.bytes, culture),
              ArchiveStatus: row.archive === null ? 'None' : 'Active',
              ArchiveSize: row.archive === null ? '' : sizeText(row.archive, culture),
              Database: 'DB;01,"x"',
            })[column] ?? '';
          const lines = [columns.map(quote).join(sep), ...rows.map((row, i) => columns.map((c) => quote(value(row, i, c))).join(sep))];
          const text = `${typeLine ? '#TYPE Selected.Microsoft.Exchange.Data.Mapi.MailboxStatistics\r\n' : ''}${lines.join('\r\n')}\r\n`;
          const bytes = encoding === 'utf16le' ? utf16le(text) : new TextEncoder().encode(encoding === 'utf8-bom' ? `\ufeff${text}` : text);
          const result = readExport('generated.csv', bytes, '2026-11-25');
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.estate.mailboxes.map((m) => [m.displayName, m.bytes, m.archiveBytes, m.itemCount])).toEqual(rows.map((r) => [r.name.trim(), r.bytes, r.archive, r.items]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on any text or bytes, and every problem names the file', () => {
    const header = '"DisplayName","PrimarySmtpAddress","RecipientTypeDetails","ItemCount","TotalItemSize"\n';
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }).map((s) => header + s), fc.uint8Array({ maxLength: 200 })), (input) => {
        const result = readExport('any.csv', input, '2026-11-25');
        if (!result.ok) for (const p of result.problems) expect(p.file).toBe('any.csv');
      }),
      { numRuns: 500 },
    );
  });
});
