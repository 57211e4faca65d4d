/**
 * Teachers' scenario files for the browser tests: a built-in chapter adapted
 * with other measure ids (as a teacher might), and loading a file through the
 * title's "Your scenarios" control as a person does.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The ids the adapted file gives the four measures, and the stage part each plays. */
export const RENAMED = { confidence: 'trust', 'emissions-deal': 'climate', congress: 'us', politburo: 'china' } as const;

/** Beijing 2023 with every measure renamed, the stage roles said in the file, and an id of its own. */
export function renamedScenario(id = 'my-beijing', title = 'Beijing, adapted by a teacher'): string {
  const ids: Record<string, string> = { trust: 'confidence', climate: 'emissions-deal', 'us-home': 'congress', 'china-home': 'politburo' };
  const text = readFileSync('src/scenarios/beijing-2023.json', 'utf8').replace(/"(trust|climate|us-home|china-home)"/g, (_, old: string) => `"${ids[old]}"`);
  const json = JSON.parse(text) as { id: string; title: string; measures: { id: string; role?: string }[]; briefing: { intro: string } };
  json.id = id;
  json.briefing.intro = `Adapted for my class. ${json.briefing.intro}`;
  json.title = title;
  for (const m of json.measures) if (m.id === 'confidence' || m.id === 'emissions-deal') m.role = m.id === 'confidence' ? 'trust' : 'climate';
  return JSON.stringify(json);
}

/** Loads `text` as file `name` on the title and waits until the check has passed and the file is listed. */
export async function loadTeacherFile(page: Page, name: string, text: string, id: string): Promise<void> {
  await page.setInputFiles('#teacher-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect.poll(() => page.locator(`.your-scenarios li[data-scenario="${id}"]`).count(), { timeout: 30_000 }).toBe(1);
}

/** Every record in the page's IndexedDB databases, as `database/store: count`. */
export async function storedRecords(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const counts: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error ?? new Error('IndexedDB open failed'));
      });
      for (const store of db.objectStoreNames) {
        const n = await new Promise<number>((ok, fail) => {
          const count = db.transaction(store).objectStore(store).count();
          count.onsuccess = () => ok(count.result);
          count.onerror = () => fail(count.error ?? new Error('IndexedDB count failed'));
        });
        if (n > 0) counts.push(`${info.name}/${store}: ${n}`);
      }
      db.close();
    }
    return counts;
  });
}
