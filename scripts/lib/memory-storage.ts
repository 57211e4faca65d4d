/** Web Storage in memory, for the save tests and the save bench: a Map behind getItem/setItem/removeItem/key/length. */
import type { StorageLike } from '../../src/persistence/saves.ts';

export class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}
