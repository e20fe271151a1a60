import type { FormValues } from '@/lib/form-values';
import { LiveAdvice, LiveAdviceLine, type LiveAdviceData } from '@/components/live-advice';
import { ScenarioPanel } from '@/components/scenario-panel';

/** Scenario A while B is being built: A's answers, kept as they were, and their advice. */
export interface KeptScenario {
  values: FormValues;
  advice: LiveAdviceData;
}

/** The panel beside the form: the advice so far, or scenarios A and B side by side. */
export function LivePanel({
  advice,
  scenario,
  values,
  present,
}: {
  advice: LiveAdviceData;
  scenario: KeptScenario | null;
  values: FormValues;
  present: boolean;
}) {
  return scenario ? (
    <ScenarioPanel a={scenario.values} aAdvice={scenario.advice} b={values} bAdvice={advice} present={present} />
  ) : (
    <LiveAdvice advice={advice} present={present} />
  );
}

export { LiveAdviceLine as LiveLine };
