import type { Advice } from '../advice';
import { REGISTRY } from '../methods';
import { SOURCES_CITED, type SourceId } from '../sources';

/**
 * The sources this advice cites, in the table's order: every reason, note, readiness item, sign-in reason and cloud
 * equivalent, and the limits of each method shown. A report lists these, not the whole table.
 * @example citedSources(advice)[0] // 'M1'
 */
export function citedSources(advice: Advice): SourceId[] {
  const ids = new Set<SourceId>();
  for (const r of advice.ranking) {
    for (const x of r.reasons) ids.add(x.source);
    for (const l of REGISTRY[r.method].catalogue.limits) ids.add(l.source);
    for (const s of REGISTRY[r.method].catalogue.sources) ids.add(s);
  }
  for (const n of advice.notes) ids.add(n.source);
  for (const i of advice.readiness?.items ?? []) ids.add(i.source);
  for (const o of advice.identity.options) for (const x of o.reasons) ids.add(x.source);
  for (const c of advice.identity.cloudEquivalents) ids.add(c.source);
  return (Object.keys(SOURCES_CITED) as SourceId[]).filter((id) => ids.has(id));
}
