import { planWaves } from '../lib/plan/waves';
import { planLines } from '../lib/plan/render';
const answers = { version: 1, mailboxCount: 1200, source: 'exchange-2019', budget: 'medium', timelineWeeks: 8, totalDataGb: 3600, directorySync: 'in-place', keepOnPremises: true } as any;
for (const method of ['hybrid','third-party','cutover'] as const) {
  const p = planWaves({ method, answers, date: '2026-11-25' });
  console.log(planLines(p, '2026-11-25').join('\n')); console.log('---');
}
