/**
 * Wires the pieces together. The first load is only the interface and the
 * scenario data; the engine (xstate, zod), the stage (Phaser) and the sound
 * (howler) are imported after the title is interactive.
 */
import scenario from './scenarios/beijing-2023.json';
import { startApp, type ScenarioCard } from './ui/app.ts';

const root = document.getElementById('app');
if (root) {
  startApp({
    root,
    card: scenario as ScenarioCard,
    scenarioJson: () => Promise.resolve(scenario as unknown),
  });
}
