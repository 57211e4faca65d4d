/**
 * The printable pages' screen: waits for the teachers' own scenarios (a role
 * sheet may be for one), loads the chapter's validated scenario and the print
 * code (src/ui/print/), then shows the page, unless the route moved on meanwhile.
 */
import type { ChapterChoice } from '../chapter-choice.ts';
import type { PrintRoute } from '../print/index.ts';
import { parseRoute } from '../router.ts';

export async function showPrintable(route: PrintRoute, choice: ChapterChoice, show: (view: HTMLElement) => void, fail: () => void): Promise<void> {
  try {
    const known = route.name !== 'memo' && (await choice.idsOnceRead()).includes(route.chapter);
    const [print, scenarios] = await Promise.all([
      import('../print/index.ts'),
      known ? choice.games.loadAll([route.chapter]) : Promise.resolve([]),
    ]);
    if (parseRoute(location.hash).name !== route.name) return;
    show(print.buildPrintPage(route, scenarios[0] ?? null));
  } catch (error) {
    console.warn('Linkage: the printable page could not load.', error);
    fail();
  }
}
