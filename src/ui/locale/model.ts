/**
 * The words of the negotiation model's views (the package per side, the
 * model explained, the computer's reasons, the teacher's settings). Part of
 * the locale table as `t.model`.
 */

export const model = {
  // The package, per side (ending and debrief)
  packageHeading: 'What each side came away with',
  packageIntro: 'The talks end in a package: what was agreed, item by item. Each side wanted some items in it and others kept out; each is scored by its own interests.',
  secured: { us: 'What the US secured', china: 'What China secured' },
  gaveUp: { us: 'What the US gave up', china: 'What China gave up' },
  securedNothing: 'Nothing it asked for.',
  gaveUpNothing: 'Nothing it wanted kept out.',
  score: (percent: number) => `Interests met: ${percent}%, by its own weights (what it kept out counts too)`,
  climateHeading: 'What it means for the climate',
  climateAgreed: 'Agreed for the climate:',
  climateNone: 'Nothing was agreed for the climate.',
  climateLeftOut: 'Left out:',
  walkedAway: { us: 'The US walked away: the talks ended with no package.', china: 'China walked away: the talks ended with no package.' },
  hostage: {
    us: (issue: string) => `The US kept ${issue} linked after China refused it there: that refusal blocked the whole package.`,
    china: (issue: string) => `China kept ${issue} linked after the US refused it there: that refusal blocked the whole package.`,
  } as Record<'us' | 'china', (issue: string) => string>,

  // How the model works (debrief)
  modelHeading: 'How the game works',
  modelPoints: [
    { term: 'Interests.', text: 'Each side wants some items in the final package and others kept out. The package is scored for each side by its own interests, so an ending can be good for one side and bad for the other.' },
    { term: 'Linking has two faces.', text: 'Linking trade, technology or Taiwan to climate puts that issue in the package: it can buy what the other side wants, but a refusal there can block everything. Keeping issues separate shields climate from shocks elsewhere, but gives up that currency.' },
    { term: 'The other side reacts.', text: 'The computer remembers your moves: it answers linking with linking and refusals with coldness, rewards concessions, loses patience, and may walk away at the end.' },
  ],
  counterpartLine: (temperament: string, unpredictability: string) => `This game's computer: ${temperament}; unpredictability: ${unpredictability}.`,

  // The computer's reasons (debrief)
  reasonsHeading: 'Why the computer did what it did',
  reasonsIntro: {
    us: 'Round by round: what the US computer chose, and what weighed most for and against it. The numbers are points of its score for each option; the highest total wins.',
    china: 'Round by round: what China\'s computer chose, and what weighed most for and against it. The numbers are points of its score for each option; the highest total wins.',
  },
  reasonsNone: 'Two people played: no computer chose for either side.',
  roundNumber: (n: number) => `Round ${n}.`,
  chose: (option: string) => `Chose: ${option}`,
  nextBest: (option: string, behind: number) =>
    behind === 0 ? `(tied with ${option}: chance decided)` : `(next best: ${option}, ${behind} ${behind === 1 ? 'point' : 'points'} behind)`,
  forIt: 'For it:',
  againstIt: 'Against it:',
  points: (points: number) => `(${points > 0 ? '+' : '\u2212'}${Math.abs(points)})`,
  /** What each part of the computer's score means, when it counts for the option (up) or against it (down). */
  part: {
    measures: { up: 'it expected the measures it cares about to improve', down: 'it expected the measures it cares about to suffer' },
    package: { up: 'it puts on the table something it wants', down: 'it gives up something it wanted kept out' },
    insist: { up: 'it insists on linking issues to climate', down: 'it prefers to keep issues separate' },
    reciprocity: { up: 'it answers your last move in kind', down: 'it does not answer your last move in kind' },
    goodwill: { up: 'it rewards your concessions with warmth', down: 'it answers your refusals with coldness' },
    patience: { up: 'your refusals used up its patience: it hardened', down: 'having hardened, it turned from this' },
    'walk-away': { up: 'trust had fallen to its walk-away point', down: 'it was not ready to walk away' },
    history: { up: 'it leans toward what the real delegation did', down: 'it leans away from what the real delegation did' },
    noise: { up: 'chance: how unpredictable it is', down: 'chance: how unpredictable it is' },
  } as Record<string, { up: string; down: string }>,

  // The teacher's settings (title)
  teacherLegend: 'For teachers: the computer side',
  temperamentLabel: 'Temperament',
  temperamentHint: 'Hard-line insists on linkage and walks away sooner; pragmatic trades and is patient; as in history leans toward what the real delegation did. Applies to new games and is saved in their replay codes.',
  temperament: { drawn: 'Drawn each game', 'hard-line': 'Hard-line', pragmatic: 'Pragmatic', history: 'As in history' } as Record<string, string>,
  unpredictabilityLabel: 'Unpredictability',
  unpredictability: { none: 'None', low: 'Low', normal: 'Normal', high: 'High' } as Record<string, string>,

  // Class results
  goodForSidePlayed: (good: number, games: number) => `${good} of ${games} one-player games ended well for the side played.`,
};
