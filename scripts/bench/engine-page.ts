/**
 * The engine bench's page script for Chromium: parses the Beijing scenario as
 * the game does and times the same games as in Node. Built by
 * engine-browser.ts into one classic script; never part of the game's build.
 */
import scenarioJson from '../../src/scenarios/beijing-2023.json';
import { parseScenario } from '../../src/engine/index.ts';
import { measureEngineSpeed } from './engine-games.ts';

declare global {
  interface Window {
    linkageEngineSpeed?: () => { pureGamesPerSecond: number; machineGamesPerSecond: number };
  }
}

window.linkageEngineSpeed = () => {
  const { pureGamesPerSecond, machineGamesPerSecond } = measureEngineSpeed(parseScenario(scenarioJson));
  return { pureGamesPerSecond, machineGamesPerSecond };
};
