export { readPolisExport, readComments, readVoteEvents, readParticipantMatrix } from './read-export.js';
export { readPolisMathFixture, readMathOutput, detectVoteSign, type PolisMathFixture, type PolisMathOutput } from './read-fixture.js';
export { toMathInput, type ToMathInputOptions } from './to-math-input.js';
export type * from './types.js';
