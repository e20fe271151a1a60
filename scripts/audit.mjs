// Prints the counts from `npm audit --omit=dev` and fails on any high or critical issue.
// If the registry's audit service cannot be reached, says so and does not fail (nothing was measured).
import { spawnSync } from 'node:child_process';

const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  console.log(`audit: the audit service could not be reached (${(r.stderr || '').trim().split('\n')[0] || 'no answer'}); nothing measured`);
  process.exit(0);
}
const v = report.metadata?.vulnerabilities;
if (!v) {
  console.log(`audit: the registry gave no counts (${report.message ?? report.error?.summary ?? 'unknown reply'}); nothing measured`);
  process.exit(0);
}
console.log(`audit (production dependencies): critical ${v.critical}, high ${v.high}, moderate ${v.moderate}, low ${v.low}, info ${v.info}`);
process.exit(v.critical + v.high > 0 ? 1 : 0);
