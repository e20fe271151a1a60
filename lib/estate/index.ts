export type * from './types';
export { emptyEstate } from './types';
export { readExport, exportKind } from './read';
export { mergeEstates } from './merge';
export { fillAnswers, estateSummary, type FilledAnswer, type EstateField } from './answers';
export { readSize, gigabytes, BYTES_PER_GB } from './sizes';
export { decodeExport } from './decode';
export { EXPORT_COMMANDS, type ExportCommand } from './commands';
