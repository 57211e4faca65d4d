/**
 * The words of the learning check (before the briefing, after the debrief,
 * and on the class page) and of team mode (role cards, the discussion timer),
 * and the teacher's settings for both. Part of the locale table as
 * `t.check` and `t.team`; the questions themselves are in the teacher's guide.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 minutes", "1 minute 30 seconds", "45 seconds". */
export function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return plural(s, 'second', 'seconds');
  return s === 0 ? plural(m, 'minute', 'minutes') : `${plural(m, 'minute', 'minutes')} ${plural(s, 'second', 'seconds')}`;
}

export const check = {
  // Teacher's setting (title)
  settingLabel: 'Five-question check before and after',
  settingHint: 'Students answer five questions before the briefing and again after the debrief; either can be skipped. The results travel in the replay link to the class page.',
  // The check itself
  preHeading: 'Before you play: five questions',
  postHeading: 'After the debrief: the same five questions',
  preIntro: 'Answer what you think now; you are not expected to know yet. Your answers are not shown until the end. You may skip a question, or the whole check.',
  postIntro: 'The same questions as before the game. Your answers, right or wrong, go into the replay link, so your teacher can compare the class before and after.',
  questionN: (n: number, total: number) => `Question ${n} of ${total}`,
  submit: 'Done: save my answers',
  skip: 'Skip the check',
  saved: (right: number, total: number) => `Answers saved: ${right} of ${total} right.`,
  savedPre: 'Answers saved. The game begins with the briefing.',
  skipped: 'Check skipped.',
  scoreLine: (before: number | null, after: number, total: number) =>
    before === null ? `You got ${after} of ${total} right.` : `You got ${after} of ${total} right; before the game, ${before} of ${total}.`,
  answersHeading: 'The answers',
  yourAnswer: (choice: string) => `Your answer: ${choice}`,
  noAnswer: 'Your answer: none',
  replayUpdated: 'The replay link below now includes your answers.',
  // Class page
  classHeading: 'The five-question check: before and after',
  classIntro: (pre: number, post: number, paired: number) =>
    `${plural(pre, 'student', 'students')} took the check before the game, ${post} after the debrief; ${paired} took both.`,
  improved: (improved: number, paired: number) => `Of the ${plural(paired, 'student', 'students')} who took both, ${improved} scored higher after.`,
  otherSet: (lines: string) => `Left out, because their check had other questions: ${lines}.`,
  questionCol: 'Question',
  beforeCol: 'Right before',
  afterCol: 'Right after',
  changeCol: 'Change',
  overallRow: 'All questions',
  meanRow: 'Mean score (out of 5)',
  rightOf: (right: number, taken: number, percent: number) => `${right} of ${taken} (${percent}%)`,
  notTaken: 'not taken',
  points: (change: number) => `${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change)} points`,
  chartTitle: 'Bar chart: the share of right answers per question, before (plain bars) and after (striped bars)',
  chartBefore: 'Before',
  chartAfter: 'After',
  qShort: (n: number) => `Q${n}`,
  qConcept: ['Linkage', 'When linking gives leverage', 'BATNA', 'Two-level game', 'Policy and principle'] as readonly string[],
};

export const team = {
  /** A discussion length in words, e.g. for the timer choices. */
  duration,
  // Teacher's settings (title)
  classroomLegend: 'For teachers: the lesson',
  settingLabel: 'Team mode: three students per side',
  settingHint: 'One device per team. Before each choice the team discusses, each student in a role, while a timer runs; then the envoy enters the team\'s choice.',
  timerLabel: 'Discussion time',
  timerHint: 'Short times suit a demonstration; two minutes suits a class.',
  // The discussion on the round screen
  heading: 'Team discussion',
  rolesHeading: 'Your roles',
  roles: [
    { name: 'Envoy', text: 'Chairs the discussion, reads the other side\'s words aloud, and enters the team\'s choice when time is up.' },
    { name: 'Foreign-ministry adviser', text: 'Watches the issues: which options link trade, technology or Taiwan to climate, and what the other side wants in the package.' },
    { name: 'Domestic-politics adviser', text: 'Watches home support: what your public and legislature will accept, and which option they could not live with.' },
  ] as ReadonlyArray<{ name: string; text: string }>,
  left: (time: string) => `Time left: ${time}`,
  paused: (time: string) => `Paused: ${time} left`,
  started: (time: string, side: string) => `Team discussion for ${side}: ${time}. The options are shown; the envoy enters the choice when time is up.`,
  warning: (time: string) => `${time} left in the discussion.`,
  ended: 'Time is up. Envoy: enter the team\'s choice.',
  endedEarly: 'Discussion ended. Envoy: enter the team\'s choice.',
  pause: 'Pause the timer',
  resume: 'Resume the timer',
  pausedSaid: 'Timer paused.',
  resumedSaid: 'Timer resumed.',
  skip: 'End the discussion now',
  optionsLocked: 'The options unlock when the discussion ends.',
};
