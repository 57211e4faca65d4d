/**
 * Links to the sources a scenario cites by id. A citation the table lacks
 * (a file the check has not passed) shows nothing rather than a broken link.
 */
import type { Scenario } from '../engine/schema.ts';
import { sourceOf } from '../engine/sources.ts';
import { sourceLink } from './dom.ts';
import { t } from './locale/current.ts';

/** A link to the cited source; `caption` words its label (e.g. "Source: …"). */
export function citeLink(scenario: Pick<Scenario, 'sources'>, id: string, caption: (label: string) => string = (l) => l): HTMLAnchorElement | null {
  const source = sourceOf(scenario, id);
  return source ? sourceLink(caption(source.label), source.url, t.opensInNewTab) : null;
}
