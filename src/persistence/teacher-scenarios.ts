/**
 * Teachers' own scenario files, kept in this browser (IndexedDB) once they
 * pass the check. Capped in number and total size; any failure (no IndexedDB,
 * a private window, a full disk) is a result, never an exception.
 */
export interface StoredScenario {
  id: string;
  title: string;
  /** The file's text, as checked. */
  text: string;
  savedAt: number;
}

export const MAX_STORED_FILES = 12;
export const MAX_STORED_CHARS = 8 * 1024 * 1024;
const DB_NAME = 'linkage-scenarios';
const STORE = 'files';

export type StoreResult = 'stored' | 'full' | 'unavailable';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

async function open(): Promise<IDBDatabase | null> {
  try {
    if (typeof indexedDB === 'undefined') return null;
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    return await request(req);
  } catch {
    return null;
  }
}

function valid(x: unknown): x is StoredScenario {
  const s = x as Partial<StoredScenario> | null;
  return typeof s === 'object' && s !== null && typeof s.id === 'string' && /^[a-z0-9-]{1,64}$/.test(s.id)
    && typeof s.title === 'string' && typeof s.text === 'string' && typeof s.savedAt === 'number';
}

/** Every kept file, oldest first; nothing if storage is unavailable. */
export async function listStored(): Promise<StoredScenario[]> {
  const db = await open();
  if (!db) return [];
  try {
    const all: unknown[] = await request(db.transaction(STORE).objectStore(STORE).getAll());
    return all.filter(valid).sort((a, b) => a.savedAt - b.savedAt);
  } catch {
    return [];
  } finally {
    db.close();
  }
}

/** Keeps a checked file (replacing one with the same id) if it fits the caps. */
export async function storeScenario(file: StoredScenario): Promise<StoreResult> {
  const kept = (await listStored()).filter((s) => s.id !== file.id);
  const chars = kept.reduce((n, s) => n + s.text.length, file.text.length);
  if (kept.length + 1 > MAX_STORED_FILES || chars > MAX_STORED_CHARS) return 'full';
  const db = await open();
  if (!db) return 'unavailable';
  try {
    await request(db.transaction(STORE, 'readwrite').objectStore(STORE).put(file));
    return 'stored';
  } catch {
    return 'unavailable';
  } finally {
    db.close();
  }
}

export async function removeStored(id: string): Promise<void> {
  const db = await open();
  if (!db) return;
  try {
    await request(db.transaction(STORE, 'readwrite').objectStore(STORE).delete(id));
  } catch {
    // nothing to remove, or storage went away: the list shows what is left
  } finally {
    db.close();
  }
}
