/**
 * Every player-facing string the interface itself shows (scenario text comes
 * from the scenario). Functions take the variable parts, so a translation can
 * reorder words.
 */
export const en = {
  appName: 'Linkage',
  pageTitle: (screen: string) => `${screen} · Linkage`,
  tagline: 'Climate talks, and everything tied to them.',
  loading: 'Loading…',
  loadFailed: 'The game could not load. Check your connection and reload the page.',

  // Title
  scenarioHeading: 'Scenario',
  minutes: (min: number, max: number) => `${min}–${max} minutes`,
  modeHeading: 'Choose how to play',
  modeUs: 'Play as the United States',
  modeUsHint: 'You lead the US delegation; the computer plays China.',
  modeChina: 'Play as China',
  modeChinaHint: 'You lead the Chinese delegation; the computer plays the US.',
  modeTwo: 'Two players on one device',
  modeTwoHint: 'One person plays each side, passing the device between turns.',
  openReplay: 'Open a replay',
  forTeachers: 'For teachers',

  // Settings
  settingsHeading: 'Settings',
  sound: 'Sound',
  volume: 'Volume',
  reducedMotion: 'Reduce motion',
  largeText: 'Larger text',
  settingsNotSaved: 'Settings cannot be saved in this browser; they apply until you close the page.',

  // Briefing
  briefingHeading: 'Briefing',
  whereThingsStand: 'Where things stand',
  yourGoals: (side: string) => `Goals: ${side}`,
  measuresHeading: 'What the measures mean',
  issuesHeading: 'The issues that can be linked to climate',
  start: 'Start the talks',
  source: 'Source',
  sourceOf: (label: string) => `Source: ${label}`,
  opensInNewTab: '(opens in a new tab)',

  // Round
  roundOf: (n: number, total: number) => `Round ${n} of ${total}`,
  dialogueHeading: 'What is said',
  headlinesHeading: 'Headlines',
  pauseHeadlines: 'Pause headlines',
  playHeadlines: 'Play headlines',
  measuresShort: 'Measures',
  yourOptions: 'Your options',
  optionsFor: (side: string) => `Your options: ${side}`,
  optionKey: (n: number) => `Key ${n}`,
  stanceLink: (issue: string) => `Links ${issue}`,
  stanceSeparate: (issue: string) => `Keeps ${issue} separate`,
  stanceAcknowledge: (issue: string) => `Acknowledges ${issue}`,
  likelyMoves: 'Likely to move:',
  up: 'up',
  down: 'down',
  waitingOther: (side: string) => `${side} has decided. Make your choice.`,
  stageUnavailable: 'The animated stage is not available on this device; everything is shown below.',

  // Pass the device
  passHeading: (side: string) => `Pass the device: ${side}`,
  passText: (side: string) => `Hand the device to the player for ${side}. The other side's choice stays hidden until both have chosen.`,
  passReady: (side: string) => `Show the options for ${side}`,

  // Report
  reportHeading: (round: string) => `What happened: ${round}`,
  theirAnswer: (side: string) => `${side} answered`,
  yourAnswer: (side: string) => `${side} chose`,
  changesHeading: 'How the measures moved',
  noChanges: 'No measure moved.',
  eventHeading: 'Meanwhile',
  continue: 'Continue',
  toEnding: 'See how it ends',

  // Ending
  endingHeading: 'The outcome',
  tone: { good: 'Good outcome', mixed: 'Mixed outcome', bad: 'Bad outcome' } as Record<'good' | 'mixed' | 'bad', string>,
  toneIcon: { good: '✓', mixed: '≈', bad: '✗' } as Record<'good' | 'mixed' | 'bad', string>,
  whatHappenedReally: 'How history actually went',
  sourcesHeading: 'Sources',
  finalMeasures: 'Final measures',
  pathHeading: 'Your path',
  pathRound: 'Round',
  playAgain: 'Play again',

  // Menu
  menu: 'Menu',
  menuHeading: 'Menu',
  resume: 'Resume',
  backToTitle: 'Back to the title',
  backToTitleWarning: 'Leaving ends this game.',

  // Live region and captions
  saidBy: (name: string, text: string) => `${name}: ${text}`,
  changeLine: (measure: string, delta: string, to: number, why: string) => `${measure} ${delta} (now ${to}): ${why}`,
  captionUp: 'Sound: a rising chime (a measure went up)',
  captionDown: 'Sound: a falling tone (a measure went down)',
  captionEvent: 'Sound: a news sting (an event)',
  captionEnding: { good: 'Sound: a warm closing chord', mixed: 'Sound: an unresolved closing chord', bad: 'Sound: a low closing tone' } as Record<'good' | 'mixed' | 'bad', string>,
  endingAnnounce: (title: string, tone: string) => `The game has ended. ${tone}: ${title}`,
  refused: 'That choice is not available now.',
};

export type Locale = typeof en;
export const t: Locale = en;
