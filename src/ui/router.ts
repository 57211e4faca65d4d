/**
 * Hash routes. Everything after "#" stays in the browser: replay codes are
 * never sent to a server.
 *   #/ or nothing          the title
 *   #/play/SCENARIO-ID     the title with that chapter chosen
 *   #/replay/CODE          the replay viewer
 *   #/compare/CODE/CODE    two runs side by side
 *   #/class                the class results page (classroom)
 *   #/teachers             the teacher's guide (classroom)
 *   #/roles/ID/SIDE        a side's printable role sheet for chapter ID (SIDE: us or china)
 *   #/sources/ID           chapter ID's printable source packet
 *   #/memo                 the printable position-memo template
 */
export type Route =
  | { name: 'title' }
  | { name: 'play'; chapter: string }
  | { name: 'replay'; code: string }
  | { name: 'compare'; a: string; b: string }
  | { name: 'class' }
  | { name: 'teachers' }
  | { name: 'roles'; chapter: string; side: 'us' | 'china' }
  | { name: 'sources'; chapter: string }
  | { name: 'memo' };

/** Codes are base64url: anything else is cut away by the decoder's own checks, not here. */
function part(text: string | undefined): string {
  if (!text) return '';
  try {
    return decodeURIComponent(text).trim();
  } catch {
    return text.trim();
  }
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '');
  const [head = '', ...rest] = path.split('/');
  switch (head.toLowerCase()) {
    case 'play':
      return { name: 'play', chapter: part(rest[0]).toLowerCase() };
    case 'replay':
      return { name: 'replay', code: part(rest.join('/')) };
    case 'compare':
      return { name: 'compare', a: part(rest[0]), b: part(rest.slice(1).join('/')) };
    case 'class':
      return { name: 'class' };
    case 'teachers':
      return { name: 'teachers' };
    case 'roles':
      return { name: 'roles', chapter: part(rest[0]).toLowerCase(), side: part(rest[1]).toLowerCase() === 'china' ? 'china' : 'us' };
    case 'sources':
      return { name: 'sources', chapter: part(rest[0]).toLowerCase() };
    case 'memo':
      return { name: 'memo' };
    default:
      return { name: 'title' };
  }
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'play':
      return `#/play/${encodeURIComponent(route.chapter)}`;
    case 'replay':
      return `#/replay/${route.code}`;
    case 'compare':
      return `#/compare/${route.a}/${route.b}`;
    case 'class':
      return '#/class';
    case 'teachers':
      return '#/teachers';
    case 'roles':
      return `#/roles/${encodeURIComponent(route.chapter)}/${route.side}`;
    case 'sources':
      return `#/sources/${encodeURIComponent(route.chapter)}`;
    case 'memo':
      return '#/memo';
    default:
      return '';
  }
}

/** Takes the route out of the address without a hashchange, so that a reload does not reopen it. */
export function dropRoute(): void {
  history.replaceState(null, '', location.href.split('#')[0] ?? '');
}
