// Small in-process caches for public, non-personal read models (search results, rendered public
// pages). Each app instance keeps its own; entries expire after a minute and are dropped at once when
// this instance changes the directory. Never use these for anything personal.
const listeners = new Set<() => void>();

/** Called by every write path of the directory (import, districts, synonyms). */
export function directoryChanged() {
  for (const f of listeners) f();
}

export class TtlCache<V> {
  private entries = new Map<string, { at: number; value: V }>();
  constructor(private readonly ttlMs: number, private readonly max: number) {
    listeners.add(() => this.entries.clear());
  }
  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (Date.now() - e.at >= this.ttlMs) { this.entries.delete(key); return undefined; }
    return e.value;
  }
  set(key: string, value: V) {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { at: Date.now(), value });
  }
  clear() { this.entries.clear(); }
}
