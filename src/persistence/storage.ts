/**
 * localStorage, wrapped: private windows, full disks and blocked storage throw,
 * and none of that may stop the game. Every access goes through here.
 */
export interface SafeStorage {
  get(key: string): string | null;
  /** True when the value was stored. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** Every key stored (empty when storage is unavailable), to find the saves of each game. */
  keys(): string[];
}

function resolveStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function safeStorage(storage: Storage | null = resolveStorage()): SafeStorage {
  return {
    get(key) {
      try {
        return storage ? storage.getItem(key) : null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        if (!storage) return false;
        storage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        // nothing to do: storage is unavailable
      }
    },
    keys() {
      try {
        if (!storage || typeof storage.key !== 'function') return [];
        const keys: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key !== null) keys.push(key);
        }
        return keys;
      } catch {
        return [];
      }
    },
  };
}
