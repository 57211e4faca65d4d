/**
 * The words of the printed materials (src/ui/print/): the confidential role
 * sheets, the source packets and the position-memo page. Part of the locale
 * table as `t.print`. What the sheets say about a side comes from the scenario;
 * these are only the labels around it.
 */
import type { SideId } from '../../engine/schema.ts';

export const print = {
  // Links to the printed materials (chapter cards, "Your scenarios", the teacher's guide)
  materialsHeading: 'Printed materials',
  materialsIntro: 'Hand-outs for a class, generated from each chapter\u2019s data: a confidential role sheet per side (one page each), a source packet of what both governments said, and a position-memo template.',
  roleSheetLink: (side: string) => `Role sheet: ${side}`,
  roleSheetLinkFor: (side: string, chapter: string) => `Role sheet, ${side}: ${chapter}`,
  packetLink: 'Source packet',
  packetLinkFor: (chapter: string) => `Source packet: ${chapter}`,
  memoLink: 'Position-memo template',
  /** A side's name where no scenario is loaded yet (sides are always the US and China). */
  sideName: { us: 'United States', china: 'China' } as Record<SideId, string>,
  printThis: 'Print',
  back: 'Back',
  notFound: (what: string) => `There is nothing to print for \u201c${what}\u201d. Choose a chapter on the title or in the teacher\u2019s guide.`,

  // The role sheet
  confidential: 'Confidential: for this delegation only',
  roleSheetTitle: (side: string) => `Role sheet: ${side}`,
  chapterLine: (title: string, dates: string, place: string) => `${title} \u00b7 ${dates} \u00b7 ${place}`,
  delegationHeading: 'Your delegation',
  youSpeakAs: (name: string, role: string) => `You speak as ${name}, ${role}.`,
  alsoAtTable: 'Also at the table:',
  wantsHeading: 'What you want',
  wantsIntro: 'Items you want in the final package. The weight (1\u201310) is how much each counts in your score.',
  weight: (n: number) => `weight ${n}`,
  mustNotHeading: 'What you must not give up',
  mustNotIntro: 'Items you want kept out of the package: each one agreed costs you its weight.',
  mustNotNone: 'Nothing in the package counts against you.',
  hostage: (issue: string) => `${issue} is a hard issue: if it is linked, and one side refused it earlier, linking it again in the last round blocks the whole package.`,
  batnaHeading: 'Your best alternative if the talks fail',
  noDealEndings: 'In the game, talks that fail end in:',
  noDealEnding: (title: string, tone: string) => `${title} (${tone})`,
  /** How an ending reads for the sheet's side. */
  toneForYou: { good: 'good for you', mixed: 'mixed for you', bad: 'bad for you' } as Record<'good' | 'mixed' | 'bad', string>,
  homeHeading: 'What your public at home will accept',
  homeMeasure: (label: string, start: number) => `${label}: starts at ${start} of 100.`,
  homeUndone: (at: number, ending: string) => `At ${at} or below when the talks end: ${ending}.`,
  excerptsHeading: 'What your side said (primary sources)',
  excerptsNone: 'This scenario gives no sourced lines for this side.',
  sourceLine: (label: string) => `Source: ${label}`,

  // The source packet
  packetTitle: 'Source packet',
  packetIntro: (us: string, china: string) => `What the two governments and their envoys said, in short excerpts, round by round: ${us} and ${china}. Every excerpt is dated and names where it was read; check the wording at the link.`,
  packetNone: 'This scenario has no sourced lines to print.',

  // The memo page
  rubricHeading: 'Rubric',
  nameLine: 'Name / team:',
  sideLine: 'Side:',
};
