/** Class results, the pure core: read pasted codes, replay them, summarise, export. */
export { parseClassInput, splitLine, cleanName, MAX_CLASS_INPUT_BYTES, MAX_CLASS_LINES } from './input.ts';
export { loadClassGames } from './load.ts';
export { aggregate } from './aggregate.ts';
export { summariseChecks, type CheckSummary, type CheckTally } from './check.ts';
export { closestToHistory, historicalPath, historyDistance, compareCloseness } from './history.ts';
export { toCsv, csvField, csvHeader, csvRow, CSV_BOM, ENGLISH_CSV_HEADERS, type CsvHeaders } from './csv.ts';
export { percentOf, meanTenths } from './percent.ts';
export { readCsv, type CsvRecord, type CsvDelimiter } from './csv-read.ts';
export type * from './types.ts';
