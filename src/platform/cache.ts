// Small in-process caches for public, non-personal read models (search results, rendered public
// pages). Each app instance keeps its own; entries expire after a minute and are dropped at once when
// this instance changes the directory. Never use these for anything personal.
const listeners = new Set<() => void>();

/** Called by every write path of the directory (import, districts, synonyms). */
export function directoryChanged() {
  for (const f of listeners) f();
}

export class TtlCache<V> {
  private entries = new Map<string, { at: number; value: V; size: number }>();
  private bytes = 0;
  /** Values being computed (`through`), and a counter that a change of the directory moves on. */
  private pending = new Map<string, Promise<V>>();
  private generation = 0;
  /**
   * At most `max` entries and, with `sizeOf`, at most `maxBytes` in all; the oldest go first. A value
   * larger than the whole budget is not kept.
   */
  constructor(private readonly ttlMs: number, private readonly max: number, private readonly budget?: { maxBytes: number; sizeOf: (v: V) => number }) {
    listeners.add(() => this.clear());
  }
  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (Date.now() - e.at >= this.ttlMs) { this.remove(key); return undefined; }
    return e.value;
  }
  set(key: string, value: V) {
    const size = this.budget ? this.budget.sizeOf(value) : 0;
    this.remove(key);
    if (this.budget && size > this.budget.maxBytes) return;
    while (this.entries.size && (this.entries.size >= this.max || (this.budget && this.bytes + size > this.budget.maxBytes))) {
      this.remove(this.entries.keys().next().value!);
    }
    this.entries.set(key, { at: Date.now(), value, size });
    this.bytes += size;
  }
  /**
   * The cached value, or the one `compute` makes (then kept). Requests for a key that is being computed
   * wait for that computation instead of starting their own: when a popular entry expires, sixteen
   * visitors asking at once cost one search, not sixteen. A value computed while the directory changed
   * is answered but not kept.
   */
  async through(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const running = this.pending.get(key);
    if (running) return running;
    const generation = this.generation;
    const promise = compute().then((value) => {
      if (generation === this.generation) this.set(key, value);
      return value;
    }).finally(() => { if (this.pending.get(key) === promise) this.pending.delete(key); });
    this.pending.set(key, promise);
    return promise;
  }
  clear() { this.entries.clear(); this.bytes = 0; this.pending.clear(); this.generation++; }
  /** Entries and bytes held (for tests and the benchmark's notes). */
  get usage() { return { entries: this.entries.size, bytes: this.bytes }; }
  private remove(key: string) {
    const e = this.entries.get(key);
    if (!e) return;
    this.bytes -= e.size;
    this.entries.delete(key);
  }
}
