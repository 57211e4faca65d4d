/**
 * The engine chunk and the validated chapters, each loaded once on first need.
 * A failed load is forgotten, so the next need tries again.
 */
import type { Scenario } from '../engine/schema.ts';
import { markTextLanguage } from './locale/text-language.ts';
import { loadEngine, type EngineModule, type LoadedGame } from './ports.ts';

/** A chapter's scenario JSON by id (not yet validated). */
export type ChapterJson = (id: string) => Promise<unknown>;
/** A chapter's translation into the page's language (not yet validated), or null. */
export type ChapterText = (id: string) => Promise<unknown>;
/** The language a chapter's own words are in ('en' for the built-in ones), or null when unknown (a teacher's file). */
export type ChapterSource = (id: string) => string | null;

export class GameLoader {
  private engine: Promise<EngineModule> | null = null;
  private readonly scenarios = new Map<string, Scenario>();
  private currentId: string;

  constructor(
    private readonly chapterJson: ChapterJson,
    firstChapter: string,
    private readonly chapterText: ChapterText = () => Promise.resolve(null),
    private readonly chapterSource: ChapterSource = () => null,
  ) {
    this.currentId = firstChapter;
  }

  /** The chapter a new game plays: the one chosen last, or loaded last. */
  get chapter(): string {
    return this.currentId;
  }

  choose(id: string): void {
    this.currentId = id;
  }

  /** Drops a chapter's validated scenario (a teacher replaced or removed the file). */
  forget(id: string): void {
    this.scenarios.delete(id);
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

  /**
   * The engine and a chapter's validated scenario, loading either if needed:
   * the current chapter, or the one named, which then becomes current (a
   * replay's chapter). Only a named load changes the current chapter, so a
   * slow load of the old one cannot undo a choice made meanwhile.
   */
  async load(id?: string): Promise<LoadedGame> {
    const chapter = id ?? this.currentId;
    const engine = await this.loadEngine();
    const scenario = await this.validated(engine, chapter);
    if (id !== undefined) this.currentId = id;
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
      const [json, text] = await Promise.all([this.chapterJson(id), this.chapterText(id).catch(() => null)]);
      const opened = engine.openTranslated(json, text);
      scenario = opened.scenario;
      const language = opened.language ?? this.chapterSource(id);
      if (language) markTextLanguage(scenario, language);
      this.scenarios.set(id, scenario);
    }
    return scenario;
  }
}
