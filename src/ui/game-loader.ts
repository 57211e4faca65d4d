/**
 * The engine chunk and the validated chapters, each loaded once on first need.
 * A failed load is forgotten, so the next need tries again.
 */
import type { Scenario } from '../engine/schema.ts';
import { loadEngine, type EngineModule, type LoadedGame } from './ports.ts';

/** A chapter's scenario JSON by id (not yet validated). */
export type ChapterJson = (id: string) => Promise<unknown>;

export class GameLoader {
  private engine: Promise<EngineModule> | null = null;
  private readonly scenarios = new Map<string, Scenario>();
  private currentId: string;

  constructor(private readonly chapterJson: ChapterJson, firstChapter: string) {
    this.currentId = firstChapter;
  }

  /** The chapter a new game plays: the one chosen last, or loaded last. */
  get chapter(): string {
    return this.currentId;
  }

  choose(id: string): void {
    this.currentId = id;
  }

  /** The current chapter's validated scenario, once a game, a replay or a classroom page has loaded it. */
  get scenario(): Scenario | null {
    return this.scenarios.get(this.currentId) ?? null;
  }

  loadEngine(): Promise<EngineModule> {
    this.engine ??= loadEngine().catch((error: unknown) => {
      this.engine = null;
      throw error;
    });
    return this.engine;
  }

  /** The engine and a chapter's validated scenario (the current one by default), loading either if needed; it becomes current. */
  async load(id: string = this.currentId): Promise<LoadedGame> {
    const engine = await this.loadEngine();
    const scenario = await this.validated(engine, id);
    this.currentId = id;
    return { engine, scenario };
  }

  /** Several chapters' validated scenarios, in the order asked (the current chapter stays as it was). */
  async loadAll(ids: readonly string[]): Promise<Scenario[]> {
    const engine = await this.loadEngine();
    return Promise.all(ids.map((id) => this.validated(engine, id)));
  }

  private async validated(engine: EngineModule, id: string): Promise<Scenario> {
    let scenario = this.scenarios.get(id);
    if (!scenario) {
      scenario = engine.openScenario(await this.chapterJson(id));
      this.scenarios.set(id, scenario);
    }
    return scenario;
  }
}
