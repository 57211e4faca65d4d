/** Player-facing words about the installed, offline game and its updates. */
export const enOffline = {
  updateReady: 'A new version of Linkage is ready. It starts at the next screen; your game carries on where it is.',
  updating: 'Updating Linkage…',
};
