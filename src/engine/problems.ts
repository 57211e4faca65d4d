/** Problems found in a file, each with the path inside it, as authors read it: `rounds[3].options.us[1].effects.trust`. */

export interface Problem {
  path: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      // Keys that are not plain identifiers are quoted, so the path stays unambiguous.
      const part = /^[A-Za-z_$][\w$-]*$/.test(name) ? name : JSON.stringify(name);
      out += out === '' ? part : `.${part}`;
    }
  }
  return out;
}
