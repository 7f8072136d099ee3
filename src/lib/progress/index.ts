/** The progress check's pure logic: PEG scores, check-ins, change, the chart, the export file and the plan's review rule. */
export * from './peg.ts';
export * from './entries.ts';
export * from './change.ts';
export * from './chart.ts';
export * from './file.ts';
export * from './review.ts';
export * from './link.ts';
