export * from './answers';
export type * from './advice';
export { assess, rank, type AssessOptions } from './assess';
export { estimateDuration, type Estimate, type TimelineFit } from './duration';
export { CATALOGUE } from './methods';
export { METHOD_LABELS, SOURCE_FACTS, LIMITS } from './facts';
export { RULES_VERSION, SOURCES_CITED, type SourceId } from './sources';
export { formatText } from './report/text';
export { formatMarkdown } from './report/markdown';
