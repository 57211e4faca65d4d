/** Chapters in other languages: the keys of a scenario's words, the translation file's format, the overlay and its check. */
export { scenarioTextKeys } from './keys.ts';
export { ScenarioTranslation, TranslationEntry, entryText } from './format.ts';
export { overlayScenario } from './overlay.ts';
export { HALF_WIDTH_BESIDE_HAN, translationProblems, type TranslationProblem, type TranslationCheckOptions } from './check.ts';
