import type { Advice } from '@/lib/advice';
import { rulesApplied } from '@/lib/report/summary';

/** The one place rule ids appear: each method's reasons by rule, for a consultant tracing a score. */
export function RulesAppendix({ advice }: { advice: Advice }) {
  return (
    <details className="fold" data-appendix="">
      <summary className="text-xl font-bold">Appendix: the rules behind each score</summary>
      <table className="rules mt-2 text-sm">
        <thead>
          <tr>
            <th scope="col">Method</th>
            <th scope="col">Rule</th>
            <th scope="col">Points</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rulesApplied(advice).map((r) => (
            <tr key={`${r.method}${r.rule}`}>
              <td>{r.method}</td>
              <td>{r.rule}</td>
              <td>{r.effect}</td>
              <td>{r.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
