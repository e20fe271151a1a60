export type * from './types';
export { emptyEstate } from './types';
export { readExport, mergeEstates, exportKind } from './read';
export { fillAnswers, estateSummary, type FilledAnswer, type EstateField } from './answers';
export { readSize, gigabytes, BYTES_PER_GB } from './sizes';
export { decodeExport } from './decode';
export { EXPORT_COMMANDS, type ExportCommand } from './commands';
