/** Games in progress, finished games, and what is said when storage fails (src/ui/saves/). */
export const saves = {
  inProgressHeading: 'Games in progress',
  moreGames: (count: number) => (count === 1 ? '1 more game in progress' : `${count} more games in progress`),
  resume: (round: number, total: number) => `Resume (round ${round} of ${total})`,
  meta: (mode: string, when: string) => `Playing ${mode} · saved ${when}`,
  metaUndated: (mode: string) => `Playing ${mode}`,
  finishedHeading: 'Finished games',
  finishedItem: (ending: string, mode: string, when: string) => `${ending} (${mode}, ${when})`,
  watch: 'Watch',
  noticeLabel: 'About your saved games',
  dismiss: 'Dismiss',
  dismissLabel: 'Dismiss this notice',
  notKept: 'This browser is not keeping your progress; keep the replay link.',
  linkNow: 'Replay link of the game so far',
  kept: 'The game you were playing is kept: resume it from the title.',
  dropped: (count: number, max: number) => count === 1
    ? `Only the ${max} latest games in progress are kept, so the oldest was removed. Its replay link:`
    : `Only the ${max} latest games in progress are kept, so the ${count} oldest were removed. Their replay links:`,
  problem: {
    unreadable: 'A saved game could not be read',
    newer: 'A saved game was made by a newer version of Linkage (reload the page to update)',
    code: 'A saved game could not be resumed',
    ended: 'A saved game claims to resume after its last round, which cannot be',
  } as Record<'unreadable' | 'newer' | 'code' | 'ended', string>,
  setAside: 'It was set aside, and you can start a new game.',
  notSetAside: 'This browser could not set it aside (its storage may be full), so it is still there. Its text is below: copy it if you want to keep it.',
  savedText: 'The saved game\'s text',
  discard: 'Remove this saved game',
};
