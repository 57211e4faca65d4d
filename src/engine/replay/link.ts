/** Replay links keep the code in the URL fragment, so it never reaches a server. */

export const REPLAY_HASH_PREFIX = '#/replay/';

/** `${base}#/replay/${code}`; any fragment already on the base is replaced. */
export function replayLink(baseUrl: string, code: string): string {
  const hash = baseUrl.indexOf('#');
  const base = hash < 0 ? baseUrl : baseUrl.slice(0, hash);
  return `${base}${REPLAY_HASH_PREFIX}${code}`;
}

/** The code in a location.hash (or a whole link), or null when it is not a replay route. */
export function codeFromHash(hash: string): string | null {
  const at = hash.lastIndexOf(REPLAY_HASH_PREFIX);
  return at < 0 ? null : hash.slice(at + REPLAY_HASH_PREFIX.length).trim();
}

/**
 * What the decoder reads from pasted text: the code after the last "#/replay/"
 * if there is one, else the whole text; trimmed, as pasting often adds spaces.
 */
export function stripLink(text: string): string {
  return codeFromHash(text) ?? text.trim();
}
