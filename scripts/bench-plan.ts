/**
 * Prints how long planning a large estate takes: 50,000 mailboxes (sizes 0.1–60 GB, 1 in 20 shared or room) with
 * 100,000 rights between them, clustered in teams as real delegation is, planned for hybrid; the median of 5 runs
 * after a warm-up. Run through `npm run bench:plan`, which bundles the planner as the app does.
 */
import type { Answers } from '../lib/answers';
import { batchFile } from '../lib/plan/batch-files';
import type { PlanLink, PlanMailbox } from '../lib/plan/types';
import { planWaves } from '../lib/plan/waves';

const MAILBOXES = 50_000;
const LINKS = 100_000;
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

const mailboxes: PlanMailbox[] = Array.from({ length: MAILBOXES }, (_, i) => ({
  address: `person.${i}@contoso.com`,
  name: `Person ${i}`,
  kind: i % 20 === 0 ? (i % 40 === 0 ? 'room' : 'shared') : 'user',
  gb: 0.1 + random() ** 3 * 60,
  archiveGb: 0,
}));
// Teams of about 25: most rights stay inside a team, one in fifty reaches anywhere.
const links: PlanLink[] = Array.from({ length: LINKS }, () => {
  const a = Math.floor(random() * MAILBOXES);
  const b = random() < 0.02 ? Math.floor(random() * MAILBOXES) : Math.min(MAILBOXES - 1, Math.floor(a / 25) * 25 + Math.floor(random() * 25));
  return { mailbox: `person.${a}@contoso.com`, grantee: `Person.${b}@contoso.com`, right: 'FullAccess' };
});
const answers: Answers = { version: 1, mailboxCount: MAILBOXES, source: 'exchange-2019', budget: 'high', timelineWeeks: 52, totalDataGb: mailboxes.reduce((t, m) => t + m.gb, 0) };

const run = () => {
  const start = process.hrtime.bigint();
  const plan = planWaves({ method: 'hybrid', answers, date: '2026-11-25', mailboxes, links });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, plan };
};
run();
const runs = Array.from({ length: 5 }, run).sort((a, b) => a.ms - b.ms);
const { plan, ms } = runs[2]!;
const filesStart = process.hrtime.bigint();
const files = plan.waves.map((w) => batchFile('hybrid', w));
const filesMs = Number(process.hrtime.bigint() - filesStart) / 1e6;
console.log(`Planned ${MAILBOXES.toLocaleString('en-GB')} mailboxes with ${LINKS.toLocaleString('en-GB')} rights in ${ms.toFixed(0)} ms (median of 5; runs ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms; target under 1,000 ms).`);
console.log(`${plan.waves.length} waves, ${plan.groupsKept.toLocaleString('en-GB')} groups kept whole, ${plan.split.length} split; batch files written in ${filesMs.toFixed(0)} ms (${files.length} files).`);
