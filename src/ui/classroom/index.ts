/** The classroom screens (the debrief, the teacher's guide, class results), loaded on demand by the app. */
export { buildDebrief, type DebriefOptions } from './debrief.ts';
export { buildGuide, teachersGuide, useGuideLanguage, type GuideOptions } from './guide.ts';
export { buildClassPage, type ClassPageOptions } from './class-page.ts';
export { postCheckSection } from '../check/post-check.ts';
export { traceCauses, measureSeries, pathBesideHistory, keyMeasures } from './causes.ts';
