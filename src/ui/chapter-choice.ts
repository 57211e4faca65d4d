/**
 * Which chapter the title offers: the built-in chapters and the teachers' own
 * scenarios kept in this browser, the one chosen, and the title's parts that
 * show them (the timeline of cards and "Your scenarios").
 */
import type { ChapterCard } from '../scenarios/chapters.ts';
import { playedChapters } from '../persistence/played.ts';
import { GameLoader, type ChapterJson, type ChapterText } from './game-loader.ts';
import { CustomChapters } from './teacher/custom-chapters.ts';
import type { TitleContext } from './screens/title.ts';

export class ChapterChoice {
  readonly games: GameLoader;
  /** Teachers' own scenarios, kept in this browser: chapters too, listed apart on the title. */
  readonly custom: CustomChapters;

  constructor(private readonly chapters: readonly ChapterCard[], chapterJson: ChapterJson, changed: () => void, chapterText?: ChapterText) {
    this.custom = new CustomChapters(changed, (id) => this.games.forget(id));
    // A teacher's own file has no translation: it plays in the words it was written in.
    const text: ChapterText = (id) => (this.custom.json(id) || !chapterText ? Promise.resolve(null) : chapterText(id));
    // The built-in chapters are written in English; a teacher's file may be in any language.
    const source = (id: string): string | null => (this.custom.json(id) ? null : 'en');
    this.games = new GameLoader((id) => this.custom.json(id) ?? chapterJson(id), chapters[0]?.id ?? '', text, source);
  }

  all(): ChapterCard[] {
    return [...this.chapters, ...this.custom.cards];
  }

  /** Ids of every chapter, the teachers' included. */
  ids(): string[] {
    return this.all().map((c) => c.id);
  }

  /** Ids of every chapter once the teachers' files have been read (class results count their codes too). */
  async idsOnceRead(): Promise<string[]> {
    await this.custom.ready;
    return this.ids();
  }

  /** Chooses chapter `id` for the next game; false when no chapter has that id (yet). */
  choose(id: string): boolean {
    if (!this.all().some((c) => c.id === id)) return false;
    this.games.choose(id);
    return true;
  }

  /** The title's chapter parts: the chosen card, the timeline, and "Your scenarios"; null with no chapter at all. */
  titleParts(announce: (text: string) => void): Pick<TitleContext, 'card' | 'chapters' | 'teacherSlot'> | null {
    const card = this.all().find((c) => c.id === this.games.chapter) ?? this.chapters[0];
    if (!card) return null;
    return {
      card,
      chapters: { chapters: this.chapters, chosen: card.id, played: playedChapters() },
      teacherSlot: () => this.custom.slot(new Set(this.chapters.map((c) => c.id)), announce),
    };
  }
}
