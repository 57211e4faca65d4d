/** Problems found in a file, each with the path inside it, as authors read it: `rounds[3].options.us[1].effects.trust`. */

export interface Problem {
  path: string;
  message: string;
}

/** Longest key or value echoed back: a hostile file must not flood a terminal or a page. */
export const ECHO_LIMIT = 80;

/** Text cut to `max` characters with "…" added, never between the halves of a surrogate pair. */
export function clip(text: string, max = ECHO_LIMIT): string {
  if (text.length <= max) return text;
  let end = max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = clip(String(key));
      // Keys that are not plain identifiers are quoted, so the path stays unambiguous.
      const part = /^[A-Za-z_$][\w$-]*$/.test(name) ? name : JSON.stringify(name);
      out += out === '' ? part : `.${part}`;
    }
  }
  return out;
}
