/**
 * Engine speed in Node, for `npm run bench`: complete games per second through
 * the pure rules and through the xstate machine, and the size of a finished
 * game's persisted snapshot. Runs on the Beijing scenario. `npm run bench` runs
 * it in a process of its own, as `npm run simulate` runs the engine, so that
 * the bench's earlier work (driving Chromium) does not shape the heap it is
 * timed in; run it alone with `npx tsx scripts/bench-engine.ts`.
 * The same games in Chromium: scripts/bench/engine-browser.ts.
 *
 * Why the machine is about half as fast in Node 20 as in Chromium: V8 11.3's
 * allocation-site pretenuring. The closures that xstate's enqueueActions
 * assigns to properties are allocated in old space while the code is still
 * interpreted; they keep finished games alive through the next scavenge, so
 * V8 then pretenures xstate's per-actor objects, and from then on every
 * finished game survives a scavenge. `--no-allocation-site-pretenuring`
 * removes most of the gap; the figure here is with Node's defaults.
 */
import { measureEngineSpeed } from './bench/engine-games.ts';
import { loadBeijing } from './bench/support.ts';

const { pureGamesPerSecond, machineGamesPerSecond, finishedSnapshot } = measureEngineSpeed(loadBeijing());
const figures = { pureGamesPerSecond, machineGamesPerSecond, finishedSnapshotBytes: Buffer.byteLength(finishedSnapshot, 'utf8') };
console.log(JSON.stringify(figures, null, 2));
