/**
 * The engine chunk and the validated scenario, each loaded once on first need.
 * A failed engine load is forgotten, so the next need tries again.
 */
import type { Scenario } from '../engine/schema.ts';
import { loadEngine, type EngineModule, type LoadedGame } from './ports.ts';

export class GameLoader {
  private engine: Promise<EngineModule> | null = null;
  private scenarioValue: Scenario | null = null;

  constructor(private readonly scenarioJson: () => Promise<unknown>) {}

  /** The validated scenario, once a game, a replay or a classroom page has loaded it. */
  get scenario(): Scenario | null {
    return this.scenarioValue;
  }

  loadEngine(): Promise<EngineModule> {
    this.engine ??= loadEngine().catch((error: unknown) => {
      this.engine = null;
      throw error;
    });
    return this.engine;
  }

  /** The engine and the validated scenario, loading either if needed. */
  async load(): Promise<LoadedGame> {
    const engine = await this.loadEngine();
    this.scenarioValue ??= engine.openScenario(await this.scenarioJson());
    return { engine, scenario: this.scenarioValue };
  }
}
