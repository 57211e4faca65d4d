/**
 * Teachers' own scenarios as chapters: read from this browser's storage at
 * start, added after the check, removed on request. Each plays, replays and
 * compares like a chapter of the game; the title lists them under "Your scenarios".
 */
import { listStored, removeStored, storeScenario, type StoredScenario } from '../../persistence/teacher-scenarios.ts';
import type { ChapterCard } from '../../scenarios/chapters.ts';
import { t } from '../locale/current.ts';
import { teacherSlot, type Said } from './slot.ts';

/** The card fields of a checked file; null if the text is not what the check passed (e.g. storage altered). */
export function cardOf(text: string): ChapterCard | null {
  try {
    const j = JSON.parse(text) as Partial<ChapterCard> | null;
    const str = (v: unknown): v is string => typeof v === 'string';
    if (!j || !str(j.id) || !str(j.title) || !str(j.subtitle) || !str(j.dates) || !str(j.place) || !str(j.premise)) return null;
    const m = j.minutes;
    if (!m || typeof m.min !== 'number' || typeof m.max !== 'number') return null;
    return { id: j.id, title: j.title, subtitle: j.subtitle, dates: j.dates, place: j.place, premise: j.premise, minutes: { min: m.min, max: m.max } };
  } catch {
    return null;
  }
}

export class CustomChapters {
  private files: { file: StoredScenario; card: ChapterCard }[] = [];
  /** What the last load or removal said, for the section built after the title shows again. */
  private said: Said = { text: '', warnings: [] };
  /** Settles once the stored files have been read (or storage failed). */
  readonly ready: Promise<void>;

  constructor(
    /** The list changed: the title shows it again. */
    private readonly changed: () => void,
    /** A file with this id was replaced or removed: drop its validated copy. */
    private readonly forget: (id: string) => void,
  ) {
    this.ready = listStored().then((list) => {
      for (const file of list) this.put(file);
      if (list.length) this.changed();
    });
  }

  get cards(): ChapterCard[] {
    return this.files.map((f) => f.card);
  }

  /** A teacher's scenario JSON by id, or null if there is none with that id. */
  json(id: string): Promise<unknown> | null {
    const found = this.files.find((f) => f.file.id === id);
    return found ? Promise.resolve(JSON.parse(found.file.text)) : null;
  }

  slot(builtIn: ReadonlySet<string>, announce: (text: string) => void): HTMLElement {
    const title = (id: string) => this.files.find((f) => f.file.id === id)?.card.title ?? id;
    return teacherSlot({
      stored: this.cards,
      builtIn,
      announce,
      said: this.take(),
      add: async (file, warnings) => {
        if (!this.put(file)) return { text: t.teacher.checkFailed, warnings: [] };
        const kept = await storeScenario(file);
        const text = kept === 'stored' ? t.teacher.stored(file.title) : kept === 'full' ? t.teacher.full(file.title) : t.teacher.notStored(file.title);
        this.said = { text, warnings };
        announce(warnings.length ? `${text} ${t.teacher.warnings(warnings.length)}` : text);
        this.changed();
        return this.said;
      },
      remove: async (id) => {
        const name = title(id);
        await removeStored(id);
        this.files = this.files.filter((f) => f.file.id !== id);
        this.forget(id);
        this.said = { text: t.teacher.removed(name), warnings: [] };
        announce(this.said.text);
        this.changed();
      },
    });
  }

  private take(): Said {
    const said = this.said;
    this.said = { text: '', warnings: [] };
    return said;
  }

  private put(file: StoredScenario): boolean {
    const card = cardOf(file.text);
    if (!card || card.id !== file.id) return false;
    this.files = [...this.files.filter((f) => f.file.id !== file.id), { file, card }];
    this.forget(file.id);
    return true;
  }
}
