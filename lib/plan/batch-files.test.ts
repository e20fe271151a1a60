import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../facts/limits';
import { ON, baseAnswers } from '../test/arbitraries';
import { BATCH_FORMATS, batchFile, csvText } from './batch-files';
import type { PlanMailbox } from './types';
import { planWaves } from './waves';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const rows = (text: string) => Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
const people: PlanMailbox[] = Array.from({ length: 80 }, (_, i) => ({ address: `person${i}@contoso.com`, name: `Person ${i}`, kind: 'user', gb: 2, archiveGb: 0 }));

/** Microsoft's documented examples of each batch file (M3, M4, M5, M11), kept as fixtures. */
const DOCUMENTED = { staged: 'ms-staged-batch.csv', hybrid: 'ms-hybrid-batch.csv', imap: 'ms-imap-batch.csv', 'google-workspace': 'ms-google-workspace-batch.csv' } as const;

describe('batch files', () => {
  for (const [method, file] of Object.entries(DOCUMENTED) as [keyof typeof DOCUMENTED, string][]) {
    it(`writes ${method} batches with the header and columns of Microsoft's documented example`, () => {
      const documented = rows(fixture(file));
      const plan = planWaves({ method, answers: { ...baseAnswers, source: method === 'staged' ? 'exchange-2007' : method === 'google-workspace' ? 'google-workspace' : method === 'imap' ? 'imap-other' : 'exchange-2019', mailboxCount: people.length, totalDataGb: 160 }, date: ON, mailboxes: people });
      for (const wave of plan.waves) {
        const out = batchFile(method, wave)!;
        const written = rows(out.text);
        expect(written[0]).toEqual(documented[0]);
        expect(written.slice(1).every((r) => r.length === documented[0]!.length)).toBe(true);
        expect(written.slice(1).map((r) => r[0])).toEqual(wave.mailboxes.map((m) => m.address));
        expect(out.fileName).toMatch(new RegExp(`^${method}-(pilot|wave-\\d{2})\\.csv$`));
      }
    });
  }

  it('leaves the IMAP password column empty for the admin to fill in', () => {
    const text = batchFile('imap', { index: 1, name: 'Wave 1', pilot: false, count: 1, gb: 1, mailboxes: people.slice(0, 1), startDay: 0, copyDays: 1, endDay: 7, preStage: [] })!.text;
    expect(rows(text)[1]).toEqual(['person0@contoso.com', 'person0@contoso.com', '']);
    expect(BATCH_FORMATS.imap.note).toMatch(/Password is left empty/);
  });

  it('writes no file for cutover (one batch of every mailbox) or for a plan without addresses', () => {
    const plan = planWaves({ method: 'cutover', answers: { ...baseAnswers, mailboxCount: 80, totalDataGb: 160 }, date: ON, mailboxes: people });
    expect(batchFile('cutover', plan.waves[0]!)).toBeNull();
    const fromAnswers = planWaves({ method: 'hybrid', answers: { ...baseAnswers, source: 'exchange-2019', mailboxCount: 80, totalDataGb: 160 }, date: ON });
    expect(fromAnswers.waves.map((w) => batchFile('hybrid', w))).toEqual(fromAnswers.waves.map(() => null));
  });

  it('quotes fields that hold commas, quotes or line breaks', () => {
    expect(csvText([['a,b', 'say "hi"', 'x']])).toBe('"a,b","say ""hi""",x\r\n');
  });

  it('keeps the limits Microsoft documents for batch files', () => {
    expect(BATCH_FORMATS.staged.rowLimit).toBe(LIMITS.stagedBatchRows);
    expect(BATCH_FORMATS.imap.rowLimit).toBe(LIMITS.imapBatchRows);
    expect([LIMITS.stagedBatchRows.value, LIMITS.imapBatchRows.value]).toEqual([2000, 50_000]);
  });

  it('keeps a full IMAP batch file within Microsoft’s 10 MB', () => {
    const many: PlanMailbox[] = Array.from({ length: LIMITS.imapBatchRows.value }, (_, i) => ({ address: `a.very.long.name.for.someone.${i}@subsidiary.example-company.com`, name: '', kind: 'user', gb: 0, archiveGb: 0 }));
    const text = batchFile('imap', { index: 1, name: 'Wave 1', pilot: false, count: many.length, gb: 0, mailboxes: many, startDay: 0, copyDays: 1, endDay: 7, preStage: [] })!.text;
    expect(new TextEncoder().encode(text).length).toBeLessThan(LIMITS.imapBatchFileMb.value * 1024 * 1024);
  });
});
