/** How an ending reads for one side: kept in types.ts, which the views may import without zod. */
export { toneFor, type Tone } from './types.ts';
