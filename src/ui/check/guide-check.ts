/**
 * The check's questions from the teacher's guide JSON, for the game's own
 * screens. Loaded with import() when a check is about to be shown, so the
 * guide stays out of the first bundle.
 */
import guideJson from '../guide/teaching-guide.en.json';
import { checkQuestions, type CheckQuestion } from './questions.ts';

let cached: CheckQuestion[] | null = null;

export function guideCheckQuestions(): CheckQuestion[] {
  cached ??= checkQuestions(guideJson);
  return cached;
}
