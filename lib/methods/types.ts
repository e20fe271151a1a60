import type { Answers, Method } from '../answers';
import type { SourceId } from '../sources';

/** One step of a method's plan; `when` keeps it only for answers it applies to. */
export interface StepTemplate {
  id: string;
  text: string;
  when?: (a: Answers) => boolean;
}

export interface Limit {
  label: string;
  value: string;
  source: SourceId;
}

/** What we tell people about a method, independent of their answers (except the step conditions). */
export interface MethodInfo {
  method: Method;
  name: string;
  summary: string;
  fitsWhen: string[];
  pros: string[];
  cons: string[];
  limits: Limit[];
  prerequisites: string[];
  userImpact: string[];
  endState: string;
  sources: SourceId[];
  steps: StepTemplate[];
}
