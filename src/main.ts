/**
 * Wires the pieces together. The first load is only the interface and the
 * scenario data; the engine (xstate, zod) is imported when a game, a save or a
 * replay needs it, and the stage (Phaser) and the sound (howler) when the
 * player picks a mode.
 */
import { startApp, type ScenarioCard } from './ui/app.ts';
import { t } from './ui/locale/en.ts';

// A glob, so a missing or renamed scenario file shows a message instead of breaking the build.
const scenarios = import.meta.glob<unknown>('./scenarios/beijing-2023.json', { eager: true, import: 'default' });
const scenario = scenarios['./scenarios/beijing-2023.json'];

const root = document.getElementById('app');
if (root) {
  if (scenario && typeof scenario === 'object') {
    startApp({
      root,
      card: scenario as ScenarioCard,
      scenarioJson: () => Promise.resolve(scenario),
    });
  } else {
    const message = document.createElement('p');
    message.textContent = t.loadFailed;
    root.replaceChildren(message);
  }
}
