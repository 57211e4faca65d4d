/**
 * The words of "Your scenarios" on the title: loading a teacher's scenario
 * file, its check in the worker, and the list kept in this browser
 * (src/ui/teacher/). Part of the locale table as `t.teacher`.
 */
export const teacher = {
  heading: 'Your scenarios',
  intro: 'For teachers: load a scenario file you wrote or adapted (JSON in the game\'s scenario format, up to 1 MiB). It is checked here and kept only in this browser.',
  fileLabel: 'Load a scenario file',
  checking: 'Checking the file',
  checkingStep: {
    read: 'Checking the file: its format and ids',
    walk: 'Checking the file: playing its games to every ending',
    balance: 'Checking the file: its balance (can both sides do well?)',
  },
  warnings: (n: number) => `It has ${n} balance warning${n === 1 ? '' : 's'}; it plays, but you may want to look:`,
  tooBig: (name: string) => `“${name}” is larger than 1 MiB; a scenario should be far smaller.`,
  unreadable: (name: string) => `“${name}” could not be read.`,
  problems: (name: string, n: number) => `“${name}” has ${n} problem${n === 1 ? '' : 's'}; it was not kept:`,
  whole: '(the whole file)',
  takenId: (id: string) => `the id “${id}” is already a chapter of the game; give your scenario another id`,
  stored: (title: string) => `“${title}” passed the check and is kept in this browser. Choose it below to play.`,
  notStored: (title: string) => `“${title}” passed the check, but this browser could not keep it (storage is full or blocked): it is here until the page closes.`,
  full: (title: string) => `“${title}” passed the check, but there is no room to keep it: remove a scenario first.`,
  none: 'No scenarios of your own yet.',
  choose: 'Choose',
  remove: (title: string) => `Remove “${title}”`,
  removeShort: 'Remove',
  removed: (title: string) => `“${title}” was removed from this browser.`,
  checkFailed: 'The file could not be checked in this browser.',
};
