/**
 * Wires the pieces together. The first load is only the interface and the
 * chapters' cards; each chapter's scenario data and the engine (xstate, zod)
 * are imported when a game, a save or a replay needs them, and the stage
 * (Phaser) and the sound (howler) when the player picks a mode. A language
 * other than English loads its words first (page-language.ts), before any
 * screen is built.
 */
import { chapterCards, chapterJson, chapterText } from './scenarios/chapters.ts';
import { startApp } from './ui/app.ts';
import { t } from './ui/locale/current.ts';
import { startPageLanguage } from './ui/locale/page-language.ts';

const root = document.getElementById('app');
if (root) {
  void startPageLanguage().then(async (language) => {
    const chapters = await chapterCards(language);
    if (chapters.length > 0) {
      startApp({ root, chapters, chapterJson, chapterText: (id) => chapterText(id, language) });
    } else {
      const message = document.createElement('p');
      message.textContent = t.loadFailed;
      root.replaceChildren(message);
    }
  });
}
